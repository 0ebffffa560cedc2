"""A mutation score (issue 22, item 7): a fixed, seeded set of mutants of `variables/` and
`parameters/`, each killed or not by the YAML suite alone and by the YAML suite plus the specs.

Mutants: a comparison operator flipped in a formula (`>=` and `>`, `<=` and `<`, `==` and `!=`),
a boolean operator swapped (`&` and `|`), and one dated value of a numeric parameter moved one
unit (1, or 0.01 for a value below 1). Each mutant is a copy of the two rule trees with one
change; the system is built from the copy, the YAML tests run on it (stopping at the first
failure) and the bundled specs are checked on it within the test budget.
"""

import ast
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml, yaml_tekst

VERGELIJKING = {ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Lt: ast.LtE, ast.LtE: ast.Lt}
VERGELIJKING.update({ast.Eq: ast.NotEq, ast.NotEq: ast.Eq})
LOGISCH = {ast.BitAnd: ast.BitOr, ast.BitOr: ast.BitAnd}


@dataclass(frozen=True)
class Mutant:
    bestand: str  # relative to the rule folder's parent: variables/... or parameters/...
    soort: str  # "comparison", "boolean" or "parameter"
    plek: object  # the node's number in the file's formulas, or (date, old value)
    beschrijving: str

    def __str__(self) -> str:
        return f"{self.bestand}: {self.beschrijving}"


def _formuleknopen(boom):
    for functie in ast.walk(boom):
        if isinstance(functie, ast.FunctionDef) and functie.name.startswith("formula"):
            for knoop in ast.walk(functie):
                if isinstance(knoop, ast.Compare) and len(knoop.ops) == 1:
                    if type(knoop.ops[0]) in VERGELIJKING:
                        yield knoop, "comparison"
                elif isinstance(knoop, ast.BinOp) and type(knoop.op) in LOGISCH:
                    yield knoop, "boolean"


def _code_mutanten(map_: Path):
    for bestand in sorted(map_.rglob("*.py")):
        boom = ast.parse(bestand.read_text(encoding="utf-8"))
        for nummer, (knoop, soort) in enumerate(_formuleknopen(boom)):
            oud = knoop.ops[0] if soort == "comparison" else knoop.op
            nieuw = (VERGELIJKING if soort == "comparison" else LOGISCH)[type(oud)]
            yield Mutant(
                str(bestand.relative_to(map_.parent)),
                soort,
                nummer,
                f"line {knoop.lineno}: {type(oud).__name__} -> {nieuw.__name__} in "
                f"`{ast.unparse(knoop)[:70]}`",
            )


def _getal(waarde) -> bool:
    return isinstance(waarde, int | float) and not isinstance(waarde, bool)


def _parameter_mutanten(map_: Path):
    for bestand in sorted(map_.rglob("*.yaml")):
        data = laad_yaml(bestand, soort="specs")
        waarden = data.get("values") if isinstance(data, dict) else None
        if not isinstance(waarden, dict):
            continue
        for datum, inhoud in sorted(waarden.items(), key=lambda p: str(p[0])):
            waarde = inhoud.get("value") if isinstance(inhoud, dict) else inhoud
            if _getal(waarde):
                eenheid = 1 if abs(waarde) >= 1 or isinstance(waarde, int) else 0.01
                yield Mutant(
                    str(bestand.relative_to(map_.parent)),
                    "parameter",
                    (str(datum), waarde),
                    f"{datum}: {waarde} -> {round(waarde + eenheid, 6)}",
                )


def alle_mutanten() -> list[Mutant]:
    return [*_code_mutanten(regelmap("variables")), *_parameter_mutanten(regelmap("parameters"))]


def kies(aantal: int, zaad: int = 2026) -> list[Mutant]:
    """The fixed, seeded selection of `aantal` mutants."""
    alle = alle_mutanten()
    index = np.random.default_rng(zaad).choice(
        len(alle), size=min(aantal, len(alle)), replace=False
    )
    return [alle[i] for i in sorted(index)]


def _pas_toe(mutant: Mutant, bestand: Path) -> None:
    tekst = bestand.read_text(encoding="utf-8")
    if mutant.soort == "parameter":
        data = yaml_tekst(tekst, soort="specs", naam=str(bestand))
        datum, waarde = mutant.plek
        eenheid = 1 if abs(waarde) >= 1 or isinstance(waarde, int) else 0.01
        for sleutel, inhoud in data["values"].items():
            if str(sleutel) == datum:
                if isinstance(inhoud, dict):
                    inhoud["value"] = round(waarde + eenheid, 6)
                else:
                    data["values"][sleutel] = round(waarde + eenheid, 6)
        bestand.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return
    boom = ast.parse(tekst)
    knoop, soort = list(_formuleknopen(boom))[mutant.plek]
    if soort == "comparison":
        knoop.ops[0] = VERGELIJKING[type(knoop.ops[0])]()
    else:
        knoop.op = LOGISCH[type(knoop.op)]()
    bestand.write_text(ast.unparse(boom), encoding="utf-8")


def gemuteerde_systeem(mutant: Mutant | None, map_: Path):
    """Current law built from copies of the rule trees in `map_`, with `mutant` applied."""
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem

    from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
    from openfisca_arbeidsmigratie.model import bereik, entities, motor

    for naam in ("variables", "parameters"):
        if not (map_ / naam).exists():
            shutil.copytree(
                regelmap(naam), map_ / naam, ignore=shutil.ignore_patterns("__pycache__")
            )
    if mutant is not None:
        _pas_toe(mutant, map_ / mutant.bestand)

    class Gemuteerd(CountryTaxBenefitSystem):
        def __init__(self):
            motor.sta_lege_sleutels_toe()
            TaxBenefitSystem.__init__(self, entities.entities)
            self.add_variables_from_directory(str(map_ / "variables"))
            self.load_parameters(str(map_ / "parameters"))
            bereik.leg_vast(self)

    return Gemuteerd()


def yaml_doodt(systeem, paden) -> bool:
    """Whether a YAML test fails on the system (stops at the first failure)."""
    import pytest
    from openfisca_core.tools.test_runner import OpenFiscaPlugin

    from openfisca_arbeidsmigratie.model.motor import veilige_yaml_tests

    veilige_yaml_tests()
    plugin = OpenFiscaPlugin(systeem, {})
    code = pytest.main(["-x", "-qq", "-p", "no:cacheprovider", *map(str, paden)], plugins=[plugin])
    return code != 0


def specs_doden(systeem, budget: int, uitgezonderd=()) -> list[str]:
    """The bundled specs that fail on the system as current law (those in `uitgezonderd`, which
    fail on the unmutated rules, are left out)."""
    from openfisca_arbeidsmigratie.tools.specs import Systemen, bundelspecs, laad
    from openfisca_arbeidsmigratie.tools.specs.zoeken import controleer_spec

    class MetMutant(Systemen):
        def __init__(self):
            super().__init__()
            self._gebouwd["huidig_recht"] = systeem

    paden = [p for p in bundelspecs() if p.name not in uitgezonderd]
    return [s.pad.name for s in laad(paden, MetMutant()) if not controleer_spec(s, budget).geldt]


@dataclass
class Uitslag:
    mutant: Mutant
    yaml: bool
    specs: list


def draai(mutanten, yaml_paden, budget: int, meld=lambda tekst: None) -> tuple[list, list]:
    """Per mutant its result; first the unmutated rules (YAML must pass; failing specs are left
    out of the score and returned)."""
    with tempfile.TemporaryDirectory() as map_:
        basis = gemuteerde_systeem(None, Path(map_))
        if yaml_doodt(basis, yaml_paden):
            raise RuntimeError("the YAML suite fails on the unmutated rules")
        uitgezonderd = specs_doden(basis, budget)
    meld(f"unmutated: YAML passes; specs failing already (left out): {uitgezonderd or 'none'}")
    uitslagen = []
    for nummer, mutant in enumerate(mutanten, 1):
        with tempfile.TemporaryDirectory() as map_:
            try:
                systeem = gemuteerde_systeem(mutant, Path(map_))
                uitslag = Uitslag(
                    mutant,
                    yaml_doodt(systeem, yaml_paden),
                    specs_doden(systeem, budget, uitgezonderd),
                )
            except Exception as fout:  # a mutant that breaks the build is killed by any test
                uitslag = Uitslag(mutant, True, [f"build fails: {type(fout).__name__}"])
        uitslagen.append(uitslag)
        yaml_uitslag = "kills" if uitslag.yaml else "survives"
        meld(
            f"[{nummer}/{len(mutanten)}] {mutant}: YAML {yaml_uitslag}, "
            f"specs {uitslag.specs or '-'}"
        )
    return uitslagen, uitgezonderd


def verslag(uitslagen, uitgezonderd, zaad: int) -> str:
    """The score as Markdown: killed by YAML alone, by YAML plus specs, and the survivors."""
    n = len(uitslagen)
    yaml_alleen = sum(u.yaml for u in uitslagen)
    samen = sum(u.yaml or bool(u.specs) for u in uitslagen)
    regels = [
        f"{n} mutants (seed {zaad}): killed by the YAML suite alone {yaml_alleen} "
        f"({yaml_alleen / max(n, 1):.0%}), by the YAML suite plus the specs {samen} "
        f"({samen / max(n, 1):.0%}). Specs failing on the unmutated rules, left out: "
        f"{', '.join(uitgezonderd) or 'none'}.",
        "",
        "| file | mutant | YAML suite | specs |",
        "|---|---|---|---|",
    ]
    for u in uitslagen:
        specs = ", ".join(u.specs) or "survives"
        beschrijving = u.mutant.beschrijving.replace("|", "\\|")
        regels.append(
            f"| `{u.mutant.bestand}` | {beschrijving} | {'killed' if u.yaml else 'survives'} "
            f"| {specs} |"
        )
    overleven = [u for u in uitslagen if not u.yaml and not u.specs]
    regels += ["", f"Survivors of the YAML suite plus the specs: {len(overleven)}."]
    regels += [f"- `{u.mutant.bestand}`: {u.mutant.beschrijving}" for u in overleven]
    return "\n".join(regels)
