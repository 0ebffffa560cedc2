"""A counterexample as a ready YAML test (the expected output is what the spec demands) and the
explanation of the decision under each system of the property."""

import ast
import re
from pathlib import Path

import yaml
from openfisca_core import periods

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.kern.register import (
    HUIDIG_RECHT,
    REFORM_PAKKET,
    WIJZIGINGEN_NAAM,
    beschikbare_hervormingen,
    beschikbare_interpretaties,
)
from openfisca_arbeidsmigratie.tools.specs.rekenen import (
    BUITENLAND,
    BUITENLAND2,
    DOEL,
    GESCHIEDENIS,
    MAANDEN,
    VANAF,
    VANAF2,
)


def _invoer(tv) -> dict:
    invoer = {n: w for n, w in tv.invoer.items() if n not in GESCHIEDENIS and "(" not in n}
    if DOEL in tv.invoer:
        maand = periods.period(tv.datum).first_month
        aantal = int(tv.invoer.get(MAANDEN, 0))
        if aantal:
            invoer["verblijfsdoel"] = {f"month:{maand.offset(-aantal)}:{aantal}": tv.invoer[DOEL]}
        weg = {}
        for buiten, vanaf in ((BUITENLAND, VANAF), (BUITENLAND2, VANAF2)):
            duur, terug = int(tv.invoer.get(buiten, 0)), int(tv.invoer.get(vanaf, 1))
            if duur:
                weg[f"month:{maand.offset(-(terug + duur - 1))}:{duur}"] = True
        if weg:
            invoer["buiten_nederland"] = weg
    return invoer


def _atomen(knoop):
    """`{(system, variable): value}` a condition demands, when it is a conjunction of
    `var`, `not var`, `var == 'lid'` and `var == getal`; otherwise None."""
    if isinstance(knoop, ast.BoolOp) and isinstance(knoop.op, ast.And):
        delen = [_atomen(k) for k in knoop.values]
        return None if None in delen else {k: v for d in delen for k, v in d.items()}
    naam = _naam(knoop)
    if naam:
        return {naam: True}
    if isinstance(knoop, ast.UnaryOp) and isinstance(knoop.op, ast.Not) and _naam(knoop.operand):
        return {_naam(knoop.operand): False}
    if (
        isinstance(knoop, ast.Compare)
        and len(knoop.ops) == 1
        and isinstance(knoop.ops[0], ast.Eq)
        and _naam(knoop.left)
        and isinstance(knoop.comparators[0], ast.Constant)
    ):
        return {_naam(knoop.left): knoop.comparators[0].value}
    return None


def _naam(knoop):
    if isinstance(knoop, ast.Name) and knoop.id not in ("true", "false", "True", "False"):
        return (None, knoop.id)
    if isinstance(knoop, ast.Attribute) and isinstance(knoop.value, ast.Name):
        return (knoop.value.id, knoop.attr)
    return None


def geeist(spec, tv) -> dict | None:
    """`{system: {variable: value}}` the spec demands for the counterexample, or None."""
    e = tv.eigenschap
    eerste = next(iter(spec.systemen))
    if e.soort == "ongewijzigd":
        a, b = e.tussen
        return {
            b: {
                n: tv.waarden[(a, n)]
                for n in e.variabelen
                if tv.waarden[(a, n)] != tv.waarden[(b, n)]
            }
        }
    if e.soort in ("altijd", "als", "niemand_verliest"):
        atomen = _atomen(e.voorwaarde.boom)
        if atomen is None:
            return None
        onder = e.tussen[1] if e.soort == "niemand_verliest" else eerste
        uit = {}
        for (alias, naam), waarde in atomen.items():
            if naam in tv.invoer:
                return None
            uit.setdefault(alias or onder, {})[naam] = waarde
        return uit
    return None


def _hervormingen(spec, alias) -> list | None:
    naam = spec.systemen[alias][0]
    if naam == HUIDIG_RECHT:
        return []
    uit = []
    gebundeld = {**beschikbare_hervormingen(), **beschikbare_interpretaties()}
    wijzigingen = regelmap("reforms") / "wijzigingen"
    for deel in naam.split("+"):
        if deel in gebundeld:
            uit.append(f"{REFORM_PAKKET}.{deel}.{deel}")
        elif Path(deel).resolve().parent == wijzigingen.resolve():
            uit.append(f"{WIJZIGINGEN_NAAM}.{Path(deel).stem}")
        else:
            return None
    return uit


def _slak(tekst: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", tekst.lower()).strip("_")[:60]


def schrijf(spec, tv, map_: Path) -> tuple[Path, bool]:
    """Write the counterexample; returns the file and whether it is a YAML test (else a case)."""
    map_.mkdir(parents=True, exist_ok=True)
    e = tv.eigenschap
    demand = geeist(spec, tv)
    kop = (
        f"# Counterexample to spec '{spec.naam}' ({spec.pad.name}), property '{e.naam}' "
        f"(line {e.regel}).\n# Source: {spec.bron}\n"
        f"# Computed: {', '.join(f'{a}.{n} = {w}' for (a, n), w in tv.waarden.items())}\n"
    )
    gevallen, test = [], bool(demand)
    for alias, uitvoer in (demand or {next(iter(spec.systemen)): None}).items():
        hervormingen = _hervormingen(spec, alias)
        geval = {"name": f"Spec {spec.naam}: {e.naam} ({alias})", "period": tv.datum}
        if hervormingen:
            geval["reforms"] = hervormingen
        geval["input"] = _invoer(tv)
        if uitvoer is None or hervormingen is None:
            test = False
        else:
            geval["output"] = uitvoer
        gevallen.append(geval)
    if not test:
        kop += (
            "# Not a YAML test: the demand is not a set of values or the system is not bundled.\n"
        )
        for geval in gevallen:
            geval.pop("output", None)
    bestand = map_ / f"{_slak(spec.pad.name.removesuffix('.spec.yaml'))}__{_slak(e.naam)}.yaml"
    tekst = kop + yaml.safe_dump(gevallen, allow_unicode=True, sort_keys=False, width=100)
    tijdelijk = bestand.with_suffix(".yaml.tmp")
    tijdelijk.write_text(tekst, encoding="utf-8")
    tijdelijk.replace(bestand)
    return bestand, test


def _eerste_variabele(e, tv) -> str:
    """The first variable the failing condition reads (in the order written)."""
    berekend = {n for (_, n) in tv.waarden}
    for expressie in (e.voorwaarde, e.als):
        if expressie is None:
            continue
        for knoop in sorted(ast.walk(expressie.boom), key=lambda k: getattr(k, "col_offset", 0)):
            naam = _naam(knoop)
            if naam and naam[1] in berekend:
                return naam[1]
    return next(iter(berekend), "toelatingsroute")


def uitleg(spec, tv) -> str:
    """The short explanation of the property's first variable under each of its systems."""
    from openfisca_arbeidsmigratie.tools.geval.uitleg import als_tekst, beslissend, leg_uit

    e = tv.eigenschap
    variabele = e.variabelen[0] if e.variabelen else _eerste_variabele(e, tv)
    systemen = list(e.tussen or spec.systemen)
    geval = {"period": tv.datum, "input": _invoer(tv)}
    teksten = []
    for alias in systemen:
        naam, systeem = spec.systemen[alias]
        kop = f"{variabele} on {tv.datum} under {alias} ({naam})"
        teksten.append(
            als_tekst(beslissend(leg_uit(systeem, geval, variabele, tv.datum)), kop, False)
        )
    return "\n\n".join(teksten)
