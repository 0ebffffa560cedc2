"""Why a case comes out as it does: the decision explained from OpenFisca's tracer.

The computation is traced, not re-implemented: each step is a variable OpenFisca computed, in the
order the formulas asked for it (the order of the law), with its value, its label and legal
reference, and the parameters it read with their value on the date, the date that value took
effect and its source.
"""

import textwrap
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from openfisca_arbeidsmigratie.model.motor import rekenboom
from openfisca_arbeidsmigratie.tools.geval.vergelijking import GevalFout
from openfisca_arbeidsmigratie.tools.kern.aannames import aannames, aannames_tekst, volg
from openfisca_arbeidsmigratie.tools.kern.gevallen import (
    als_python,
    per_entiteit,
    simulatie_voor_geval,
)
from openfisca_arbeidsmigratie.tools.kern.register import geldende_waarde, parameter_object

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
    aannames: list = field(default_factory=list)
    vergelijking: str | None = None  # the deciding comparison, in one line (werkbank)
    bepaling: str | None = None  # the clause (lid, onderdeel) its parameters cite

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
        if self.aannames:
            uitkomst["assumptions"] = [a.als_dict() for a in self.aannames]
        if self.daarnaast:
            uitkomst["alongside"] = [s.als_dict() for s in self.daarnaast]
        return uitkomst


def _waarde(array, index: int, definitie):
    waarde = als_python(array[index : index + 1], definitie)[0]
    return waarde.isoformat() if isinstance(waarde, date) else waarde


def _plaatsen(simulatie, persoon: str | None) -> dict[str, int]:
    """Per entity key, the index of the chosen person and of the entities they belong to."""
    personen = simulatie.persons
    beschikbaar = [str(i) for i in personen.ids]
    if persoon is None:
        if len(beschikbaar) > 1:
            raise GevalFout(
                f"the case has {len(beschikbaar)} persons: choose one with --persoon ID "
                f"(one of: {', '.join(beschikbaar)})"
            )
        index = 0
    elif persoon in beschikbaar:
        index = beschikbaar.index(persoon)
    else:
        raise GevalFout(
            f"no person '{persoon}' in the case (the persons are: {', '.join(beschikbaar)})"
        )
    return {
        sleutel: index if populatie.entity.is_person else int(populatie.members_entity_id[index])
        for sleutel, populatie in simulatie.populations.items()
    }


def _parameteruitleg(systeem, naam, waarde, datum) -> Parameteruitleg:
    try:
        parameter = parameter_object(systeem, naam)
    except ValueError:
        return Parameteruitleg(naam, waarde, None)
    geldend = geldende_waarde(parameter, datum)
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


def _invoernamen(systeem, invoer: dict, persoon: str | None) -> set[str]:
    """The variables the case gives for the person explained (and for their employer)."""
    meervouden = {e.plural for e in systeem.entities}
    if not any(sleutel in meervouden for sleutel in invoer):
        return set(invoer)
    namen = set()
    for leden in invoer.values():
        for id_, waarden in (leden or {}).items():
            waarden = waarden or {}
            lid = persoon is None or str(id_) == persoon or persoon in map(str, _leden(waarden))
            if lid:
                namen |= set(waarden)
    return namen


def _leden(waarden: dict) -> list:
    return [i for rol in waarden.values() if isinstance(rol, list) for i in rol]


def leg_uit(
    systeem, geval: dict, variabele: str = "toelatingsroute", datum=None, persoon=None
) -> Stap:
    """The traced explanation of `variabele` for a case on its date (or `datum`).

    A case with several persons needs `persoon`, the id of the person to explain; an employer's
    values are those of that person's employer.
    """
    datum = str(datum or geval["period"])
    if variabele not in systeem.variables:
        raise GevalFout(f"unknown variable '{variabele}'")
    if persoon is not None and not per_entiteit(systeem, geval):
        raise GevalFout(
            f"--persoon {persoon}: the case gives one person, not several by id "
            "(personen: {ID: ...}); leave --persoon out"
        )
    simulatie = simulatie_voor_geval(systeem, {**geval, "period": datum})
    plaatsen = _plaatsen(simulatie, None if persoon is None else str(persoon))
    bekend = volg(simulatie)
    simulatie.calculate(variabele, datum)
    invoer = _invoernamen(systeem, geval.get("input", {}), persoon)
    gezien = set()

    def stap(knoop) -> Stap:
        definitie = systeem.variables[knoop.name]
        sleutel = (knoop.name, str(knoop.period))
        basis = dict(
            variabele=knoop.name,
            label=definitie.label or knoop.name,
            waarde=_waarde(knoop.value, plaatsen[definitie.entity.key], definitie),
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
    uitleg.aannames = aannames(simulatie, bekend)
    for naam in DAARNAAST.get(variabele, ()):
        if naam in systeem.variables:
            bevinding = leg_uit(systeem, geval, naam, datum, persoon)
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
    if isinstance(waarde, np.floating):
        return als_python(np.asarray([waarde]))[0]
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


def beslissend(uitleg: Stap) -> Stap:
    """The short explanation: only the conditions that decide the outcome (see `_beslissend`).

    A step shown earlier in the full tree ("see above") may be the first one shown in the short
    one: it is given the kind (input, default, formula) it has where it was first explained.
    """
    soorten = {}

    def verzamel(s: Stap):
        if s.soort != "see above":
            soorten.setdefault(s.variabele, s.soort)
        for kind in s.stappen:
            verzamel(kind)

    verzamel(uitleg)
    kort = _beslissend(uitleg)

    def soort(s: Stap) -> Stap:
        eigen = soorten.get(s.variabele, s.soort) if s.soort == "see above" else s.soort
        return replace(s, soort=eigen, stappen=[soort(k) for k in s.stappen])

    return soort(kort)


def _beslissend(uitleg: Stap) -> Stap:
    """The short explanation: the path to the conditions that decide the outcome.

    Each condition (yes/no) shows the conditions it is made of, one line each, and is followed
    further only into those with its own value: a conjunction that fails into the ones that fail,
    one that holds into all, a disjunction that holds into the ones that hold. A negated condition
    (one that decides by being yes under a no) is shown, not followed. Amounts, categories and
    inputs are shown beside them, one line each; the parameters only where nothing is followed
    further (where an amount or a category is compared with them). Under a decision that is not
    yes/no (the route), the conditions that hold are followed, or all when none holds.
    """
    ja_nee = [k for k in uitleg.stappen if isinstance(k.waarde, bool)]
    if isinstance(uitleg.waarde, bool):
        volgen = [k for k in ja_nee if k.waarde == uitleg.waarde]
    else:
        volgen = [k for k in ja_nee if k.waarde] or ja_nee
    getoond = [
        _beslissend(k) if k in volgen else replace(k, parameters=[], stappen=[])
        for k in uitleg.stappen
        if k in volgen or isinstance(uitleg.waarde, bool) or not isinstance(k.waarde, bool)
    ]
    parameters = [] if volgen else uitleg.parameters
    return replace(uitleg, parameters=parameters, stappen=getoond)


def als_tekst(uitleg: Stap, kop: str, volledig: bool = True) -> str:
    """The explanation as indented text; `volledig=False` leaves out the sources and the law."""
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
        if volledig:
            for verwijzing in s.verwijzing:
                regels.append(f"{inspringing}    law: {verwijzing}")
        for p in s.parameters:
            sinds = f" (since {p.sinds})" if p.sinds else ""
            zeker = f", {p.zekerheid}" if p.zekerheid else ""
            regels.append(f"{inspringing}    parameter {p.naam} = {_kort(p.waarde)}{sinds}{zeker}")
            if volledig:
                for bron in p.bron:
                    regels.append(f"{inspringing}      source: {bron['title']} <{bron['href']}>")
        for kind in s.stappen:
            schrijf(kind, diepte + 1)

    schrijf(uitleg, 0)
    regels += [
        "",
        *textwrap.wrap(
            f"Not given, default used (assumptions): {aannames_tekst(uitleg.aannames)}",
            width=100,
            subsequent_indent="  ",
        ),
    ]
    if uitleg.daarnaast:
        regels += ["", "Alongside, without effect on this decision:"]
        for bevinding in uitleg.daarnaast:
            schrijf(bevinding, 1)
    return "\n".join(regels)
