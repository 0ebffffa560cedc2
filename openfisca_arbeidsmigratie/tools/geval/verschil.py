"""Which statutory test cases change under a reform: every YAML case, before and after."""

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from openfisca_arbeidsmigratie.model.regelmap import PAKKET_MAP
from openfisca_arbeidsmigratie.tools.geval.vergelijking import GevalFout
from openfisca_arbeidsmigratie.tools.kern.gevallen import als_python, ids, simulatie_voor_geval
from openfisca_arbeidsmigratie.tools.kern.register import hervorming, pas_toe, testhervorming
from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml

MARGE = 1e-6


@dataclass
class Wijziging:
    bestand: str
    naam: str
    variabele: str
    periode: str
    voor: object
    na: object


def standaard_tests() -> Path:
    """The package's own YAML suite: `tests/` beside the package in a checkout."""
    map_ = PAKKET_MAP.parent / "tests"
    if not map_.is_dir():
        raise GevalFout(
            f"no test suite found at {map_} (an installed package has no tests): "
            "give the YAML files or folders to compare"
        )
    return map_


def yaml_bestanden(paden) -> list[Path]:
    bestanden = []
    for pad in map(Path, paden):
        if pad.is_dir():
            bestanden += sorted(pad.rglob("*.yaml"))
        elif pad.is_file():
            bestanden.append(pad)
        else:
            raise GevalFout(f"test file or folder not found: {pad}")
    return bestanden


def _waarden(simulatie, variabele, periode, id_=None):
    waarden = als_python(
        simulatie.calculate(variabele, periode), simulatie.tax_benefit_system.variables[variabele]
    )
    return waarden if id_ is None else [waarden[ids(simulatie, variabele).index(id_)]]


def _uitvoer(systeem, output: dict, periode: str):
    """(variable, period, entity id or None) for each expected output of a case.

    Outputs are given as `{variable: value}`, by entity (`persoon: {variable: value}`) or per
    entity id (`personen: {id: {variable: value}}`); a value may map periods to values.
    """
    enkelvoud = {e.key for e in systeem.entities}
    meervoud = {e.plural for e in systeem.entities}
    for sleutel, verwacht in output.items():
        if sleutel in meervoud:
            for id_, waarden in verwacht.items():
                for variabele, waarde in waarden.items():
                    for p in _perioden(waarde, periode):
                        yield variabele, p, str(id_)
        elif sleutel in enkelvoud:
            for variabele, waarde in verwacht.items():
                for p in _perioden(waarde, periode):
                    yield variabele, p, None
        else:
            for p in _perioden(verwacht, periode):
                yield sleutel, p, None


def _perioden(waarde, periode: str) -> list[str]:
    return [str(p) for p in waarde] if isinstance(waarde, dict) else [periode]


def _gelijk(a, b) -> bool:
    if all(isinstance(x, int | float) for x in (*a, *b)):
        return np.allclose(a, b, atol=MARGE, rtol=0)
    return a == b


def vergelijk_suite(systeem, reform: str, paden=None) -> tuple[list[Wijziging], int]:
    """(the outputs that change, the number of cases run) over every case in the files."""
    for deel in reform.split("+"):
        hervorming(deel.strip())
    hervormd_cache = {}
    wijzigingen, aantal = [], 0
    for bestand in yaml_bestanden(paden or [standaard_tests()]):
        gevallen = laad_yaml(bestand, "gevallen") or []
        for geval in gevallen if isinstance(gevallen, list) else [gevallen]:
            if not isinstance(geval, dict) or "output" not in geval:
                continue
            eigen = geval.get("reforms") or []
            eigen = [eigen] if isinstance(eigen, str) else eigen
            sleutel = tuple(eigen)
            if sleutel not in hervormd_cache:
                basis = systeem
                namen = [str(pad).rsplit(".", 1)[-1] for pad in eigen]
                for pad in eigen:
                    basis = testhervorming(pad)(basis)
                nieuw = [d for d in reform.split("+") if d.strip() not in namen]
                hervormd = pas_toe(basis, "+".join(nieuw)) if nieuw else basis
                hervormd_cache[sleutel] = (basis, hervormd)
            basis, hervormd = hervormd_cache[sleutel]
            aantal += 1
            periode = str(geval["period"])
            voor = simulatie_voor_geval(basis, {**geval, "period": periode})
            na = simulatie_voor_geval(hervormd, {**geval, "period": periode})
            for variabele, p, id_ in _uitvoer(basis, geval["output"], periode):
                a, b = _waarden(voor, variabele, p, id_), _waarden(na, variabele, p, id_)
                if not _gelijk(a, b):
                    wijzigingen.append(
                        Wijziging(
                            str(bestand),
                            str(geval.get("name", "")),
                            variabele if id_ is None else f"{variabele} [{id_}]",
                            p,
                            a[0] if len(a) == 1 else a,
                            b[0] if len(b) == 1 else b,
                        )
                    )
    return wijzigingen, aantal
