"""The mutants of the mutation score (issue 22, item 7): a fixed, seeded set of changes to
`variables/` and `parameters/`.

Mutants: a comparison operator flipped in a formula (`>=` and `>`, `<=` and `<`, `==` and `!=`),
a boolean operator swapped (`&` and `|`), and one dated value of a numeric parameter moved one
unit (1, or 0.01 for a value below 1). A mutant is built as a copy of the two rule trees with one
change (`gemuteerde_systeem`); `mutatiedraai` judges it, `mutatieverslag` reports the score.
Each mutant has a `sleutel` without line numbers, so a reviewed judgement of a survivor
outlives edits elsewhere in its file.
"""

import ast
import shutil
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
    sleutel: str = ""  # file and change without the line: stable across unrelated edits

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
        naam, gezien = str(bestand.relative_to(map_.parent)), {}
        for nummer, (knoop, soort) in enumerate(_formuleknopen(boom)):
            oud = knoop.ops[0] if soort == "comparison" else knoop.op
            nieuw = (VERGELIJKING if soort == "comparison" else LOGISCH)[type(oud)]
            wijziging = f"{type(oud).__name__} -> {nieuw.__name__} in `{ast.unparse(knoop)[:70]}`"
            gezien[wijziging] = gezien.get(wijziging, 0) + 1
            herhaling = f" (#{gezien[wijziging]})" if gezien[wijziging] > 1 else ""
            yield Mutant(
                naam,
                soort,
                nummer,
                f"line {knoop.lineno}: {wijziging}",
                f"{naam}: {wijziging}{herhaling}",
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
                naam = str(bestand.relative_to(map_.parent))
                beschrijving = f"{datum}: {waarde} -> {round(waarde + eenheid, 6)}"
                yield Mutant(
                    naam, "parameter", (str(datum), waarde), beschrijving, f"{naam}: {beschrijving}"
                )


def regelbron() -> Path:
    """The folder holding the rule trees `variables/` and `parameters/`."""
    return regelmap("variables").parent


def alle_mutanten(bron: Path | None = None) -> list[Mutant]:
    """Every candidate mutant of the rule trees in `bron` (default: the package's)."""
    bron = bron or regelbron()
    return [*_code_mutanten(bron / "variables"), *_parameter_mutanten(bron / "parameters")]


def kies(aantal: int, zaad: int = 2026, bron: Path | None = None) -> list[Mutant]:
    """The fixed, seeded selection of `aantal` mutants."""
    alle = alle_mutanten(bron)
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


def gemuteerde_systeem(mutant: Mutant | None, map_: Path, bron: Path | None = None):
    """Current law built from copies in `map_` of the rule trees in `bron` (default: the
    package's), with `mutant` applied."""
    from openfisca_core.taxbenefitsystems import TaxBenefitSystem

    from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
    from openfisca_arbeidsmigratie.model import bereik, entities, motor

    for naam in ("variables", "parameters"):
        if not (map_ / naam).exists():
            shutil.copytree(
                (bron or regelbron()) / naam,
                map_ / naam,
                ignore=shutil.ignore_patterns("__pycache__"),
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
