"""Why a case comes out as it does: the decision explained from OpenFisca's tracer.

The computation is traced, not re-implemented: each step is a variable OpenFisca computed, in the
order the formulas asked for it (the order of the law), with its value, its label and legal
reference, and the parameters it read with their value on the date, the date that value took
effect and its source.
"""

from dataclasses import dataclass, field

import numpy as np

from openfisca_arbeidsmigratie.model.motor import rekenboom
from openfisca_arbeidsmigratie.tools.gevallen import simulatie_voor_geval
from openfisca_arbeidsmigratie.tools.register import parameter_object

LIJST_KORT = 6

# Findings shown beside a decision when true: another law's verdict on the same work that leaves
# the decision itself unchanged (a hirer's fine under the Wtta does not touch the permit question).
DAARNAAST = {
    "toelatingsroute": ("inlener_beboetbaar_wtta", "meldplicht_uwv_overtreden"),
}


@dataclass
class Parameteruitleg:
    naam: str
    waarde: object
    sinds: str | None
    bron: list = field(default_factory=list)
    zekerheid: str | None = None


@dataclass
class Stap:
    variabele: str
    label: str
    waarde: object
    verwijzing: list
    soort: str  # "formula", "input", "default" or "see above"
    parameters: list = field(default_factory=list)
    stappen: list = field(default_factory=list)
    daarnaast: list = field(default_factory=list)

    def als_dict(self) -> dict:
        uitkomst = {
            "variable": self.variabele,
            "label": self.label,
            "value": self.waarde,
            "kind": self.soort,
            "reference": self.verwijzing,
            "parameters": [
                {
                    "name": p.naam,
                    "value": p.waarde,
                    "since": p.sinds,
                    "source": p.bron,
                    "confidence": p.zekerheid,
                }
                for p in self.parameters
            ],
            "steps": [s.als_dict() for s in self.stappen],
        }
        if self.daarnaast:
            uitkomst["alongside"] = [s.als_dict() for s in self.daarnaast]
        return uitkomst


def _waarde(array):
    if hasattr(array, "decode_to_str"):
        return str(array.decode_to_str()[0])
    waarde = np.asarray(array)[0]
    if isinstance(waarde, np.datetime64):
        return str(waarde.astype("datetime64[D]"))
    return waarde.item() if hasattr(waarde, "item") else waarde


def _parameteruitleg(systeem, naam, waarde, datum) -> Parameteruitleg:
    try:
        parameter = parameter_object(systeem, naam)
    except ValueError:
        return Parameteruitleg(naam, waarde, None)
    geldend = next((w for w in parameter.values_list if w.instant_str <= datum), None)
    metadata = geldend.metadata if geldend is not None else parameter.metadata
    bron = metadata.get("reference") or parameter.metadata.get("reference") or []
    if isinstance(bron, dict):
        bron = [bron]
    return Parameteruitleg(
        naam,
        waarde,
        geldend.instant_str if geldend is not None else None,
        [{"title": b.get("title"), "href": b.get("href")} for b in bron if isinstance(b, dict)],
        metadata.get("confidence"),
    )


def leg_uit(systeem, geval: dict, variabele: str = "toelatingsroute", datum=None) -> Stap:
    """The traced explanation of `variabele` for a flat case on its date (or `datum`)."""
    datum = str(datum or geval["period"])
    if variabele not in systeem.variables:
        raise ValueError(f"unknown variable '{variabele}'")
    simulatie = simulatie_voor_geval(systeem, {**geval, "period": datum})
    simulatie.trace = True
    simulatie.calculate(variabele, datum)
    invoer = set(geval.get("input", {}))
    gezien = set()

    def stap(knoop) -> Stap:
        definitie = systeem.variables[knoop.name]
        sleutel = (knoop.name, str(knoop.period))
        basis = dict(
            variabele=knoop.name,
            label=definitie.label or knoop.name,
            waarde=_waarde(knoop.value),
            verwijzing=list(definitie.reference or []),
        )
        if sleutel in gezien:
            return Stap(**basis, soort="see above")
        gezien.add(sleutel)
        if knoop.name in invoer:
            soort = "input"
        elif not knoop.children and not knoop.parameters and not definitie.formulas:
            soort = "default"
        else:
            soort = "formula"
        return Stap(
            **basis,
            soort=soort,
            parameters=[
                _parameteruitleg(systeem, p.name, _parameterwaarde(p.value), datum)
                for p in knoop.parameters
            ],
            stappen=[stap(kind) for kind in knoop.children],
        )

    uitleg = stap(rekenboom(simulatie))
    for naam in DAARNAAST.get(variabele, ()):
        if naam in systeem.variables:
            bevinding = leg_uit(systeem, geval, naam, datum)
            if bevinding.waarde is True:
                uitleg.daarnaast.append(bevinding)
    return uitleg


def gebruikte_parameters(uitleg: Stap) -> set[str]:
    """The names of the parameters the explained computation read."""
    namen = {p.naam for p in uitleg.parameters}
    for kind in uitleg.stappen:
        namen |= gebruikte_parameters(kind)
    return namen


def _parameterwaarde(waarde):
    if isinstance(waarde, np.generic):
        return waarde.item()
    return waarde


def _kort(waarde) -> str:
    if isinstance(waarde, list):
        if len(waarde) > LIJST_KORT:
            return "[" + ", ".join(map(str, waarde[:LIJST_KORT])) + f", ... {len(waarde)} in all]"
        return "[" + ", ".join(map(str, waarde)) + "]"
    if isinstance(waarde, bool):
        return "yes" if waarde else "no"
    if isinstance(waarde, float):
        return f"{waarde:,.2f}"
    return str(waarde)


def als_tekst(uitleg: Stap, kop: str) -> str:
    regels = [kop, ""]

    def schrijf(s: Stap, diepte: int):
        inspringing = "  " * diepte
        toevoeging = {"input": " (input)", "default": " (default)", "see above": " (see above)"}
        regels.append(
            f"{inspringing}{s.variabele} = {_kort(s.waarde)}"
            f"{toevoeging.get(s.soort, '')} - {s.label}"
        )
        if s.soort == "see above":
            return
        for verwijzing in s.verwijzing:
            regels.append(f"{inspringing}    law: {verwijzing}")
        for p in s.parameters:
            sinds = f" (since {p.sinds})" if p.sinds else ""
            zeker = f", {p.zekerheid}" if p.zekerheid else ""
            regels.append(f"{inspringing}    parameter {p.naam} = {_kort(p.waarde)}{sinds}{zeker}")
            for bron in p.bron:
                regels.append(f"{inspringing}      source: {bron['title']} <{bron['href']}>")
        for kind in s.stappen:
            schrijf(kind, diepte + 1)

    schrijf(uitleg, 0)
    if uitleg.daarnaast:
        regels += ["", "Alongside, without effect on this decision:"]
        for bevinding in uitleg.daarnaast:
            schrijf(bevinding, 1)
    return "\n".join(regels)
