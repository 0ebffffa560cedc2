"""The catalogue: every variable and parameter of the model, as the OpenFisca legislation
explorer shows them (label, law, formula periods, references; each parameter's dated values with
their sources and a chart). Read from the tax-benefit system, so it lists what the model has."""

from dataclasses import dataclass, field

from openfisca_core.parameters import ParameterScale

from openfisca_arbeidsmigratie.tools.geval.tijdlijn import tijdlijn
from openfisca_arbeidsmigratie.tools.kern.aannames import is_invoer, is_voorstel
from openfisca_arbeidsmigratie.tools.kern.register import _bladeren
from openfisca_arbeidsmigratie.tools.web.werkbank import grafiek

EENHEDEN = {
    "currency-EUR": "€",
    "month": "maanden",
    "week": "weken",
    "year": "jaar",
    "hour": "uur",
    "punten": "punten",
    "/1": "fractie",
}
SOORTEN = {bool: "ja/nee", int: "geheel getal", float: "getal", str: "tekst"}


@dataclass
class Variabelekaart:
    naam: str
    label: str
    soort: str
    entiteit: str
    periode: str
    eenheid: str
    invoer: bool
    voorstel: bool
    formules: list = field(default_factory=list)  # (from, to) per dated formula
    verwijzingen: list = field(default_factory=list)
    toelichting: str = ""


@dataclass
class Parameterkaart:
    pad: str
    label: str
    eenheid: str
    verwijzingen: list
    waarden: list
    svg: str = ""


def _soort(variabele) -> str:
    if getattr(variabele, "possible_values", None) is not None:
        return "keuze: " + ", ".join(str(lid.value) for lid in variabele.possible_values)
    return SOORTEN.get(variabele.value_type, getattr(variabele.value_type, "__name__", "datum"))


def _formuleperioden(variabele) -> list[tuple[str, str]]:
    begins = sorted(variabele.formulas)
    if not begins:
        return []
    eindes = [*begins[1:], str(variabele.end) if variabele.end else ""]
    return [("" if b == "0001-01-01" else b, e) for b, e in zip(begins, eindes, strict=True)]


def variabelen(systeem) -> list[Variabelekaart]:
    """Every variable, alphabetically."""
    uit = []
    for naam in sorted(systeem.variables):
        v = systeem.variables[naam]
        uit.append(
            Variabelekaart(
                naam=naam,
                label=v.label or naam,
                soort=_soort(v),
                entiteit=v.entity.label or v.entity.key,
                periode=str(v.definition_period),
                eenheid=EENHEDEN.get(getattr(v, "unit", None) or "", ""),
                invoer=is_invoer(v),
                voorstel=is_voorstel(v),
                formules=_formuleperioden(v),
                verwijzingen=list(v.reference or []),
                toelichting=" ".join((v.documentation or "").split()),
            )
        )
    return uit


def _verwijzingen(metadata) -> list[dict]:
    bronnen = (metadata or {}).get("reference") or []
    if isinstance(bronnen, dict):
        bronnen = [bronnen]
    return [b for b in bronnen if isinstance(b, dict) and b.get("href")]


def parameters(systeem) -> list[Parameterkaart]:
    """Every parameter (each leaf, a scale as one), with its dated values and a step chart."""
    uit = []
    for pad, parameter in _bladeren(systeem.parameters):
        waarden = tijdlijn(systeem, pad)
        getallen = [
            (w.datum, w.waarde)
            for w in waarden
            if isinstance(w.waarde, int | float) and not isinstance(w.waarde, bool)
        ]
        metadata = parameter.metadata or {}
        uit.append(
            Parameterkaart(
                pad=pad,
                label=metadata.get("label") or parameter.description or pad,
                eenheid=EENHEDEN.get(metadata.get("unit") or "", metadata.get("unit") or ""),
                verwijzingen=_verwijzingen(metadata),
                waarden=waarden,
                svg=grafiek.trapgrafiek(pad, getallen)
                if len(getallen) > 1 and not isinstance(parameter, ParameterScale)
                else "",
            )
        )
    return uit
