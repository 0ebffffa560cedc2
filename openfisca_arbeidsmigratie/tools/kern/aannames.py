"""Assumptions ("aannames"): the inputs a decision read that the case left at their default.

Taken from OpenFisca's tracer, not from a list: the case is computed with tracing on, and every
traced step of an input variable (one without a formula) whose period the case did not give is
an assumption: the engine used the variable's default value there. The periods the case gave are
the holders' known periods before the computation. A variable given for one period and read (in
the trace) for another is an assumption too; a history the model reads past the tracer (the
residence history's vectorised walk) is not seen here.
"""

import textwrap
from dataclasses import dataclass
from datetime import date

from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.motor import lege_simulatie, rekenbomen
from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_in, simulatie_voor_geval


@dataclass(frozen=True)
class Aanname:
    """An input read at its default value: the variable, its label and that default."""

    variabele: str
    label: str
    standaard: object

    def tekst(self) -> str:
        return f"{self.variabele} ({self.standaard})"

    def als_dict(self) -> dict:
        return {"variable": self.variabele, "label": self.label, "default": self.standaard}


@dataclass
class Spoor:
    """A traced computation: the values per id, the assumptions, the variables the first one read.

    `gelezen` holds every variable in the computation tree of the first variable asked for (the
    decision), `invoer` the input variables among them (given or not).
    """

    waarden: dict
    aannames: list
    gelezen: set
    invoer: set


def _standaard(definitie):
    """The default as a plain value: an enum member's name, a date as YYYY-MM-DD."""
    standaard = definitie.default_value
    if isinstance(standaard, date):
        return standaard.isoformat()
    return getattr(standaard, "name", standaard)


def bekende_perioden(simulatie) -> dict[str, set[str]]:
    """Per variable, the periods the simulation holds a value for (before computing: the input)."""
    uit = {}
    for naam in simulatie.tax_benefit_system.variables:
        perioden = simulatie.get_holder(naam).get_known_periods()
        if perioden:
            uit[naam] = {str(p) for p in perioden}
    return uit


def volg(simulatie) -> dict[str, set[str]]:
    """Turn tracing on and note what the case gave; pass the result to `aannames`."""
    bekend = bekende_perioden(simulatie)
    simulatie.trace = True
    return bekend


def _knopen(knoop):
    yield knoop
    for kind in knoop.children:
        yield from _knopen(kind)


def is_invoer(definitie) -> bool:
    """An input variable: one without any formula (a computed value is never an assumption)."""
    return not definitie.formulas


def aannames(simulatie, bekend: dict[str, set[str]], bomen=None) -> list[Aanname]:
    """The inputs the traced computation read at a period the case did not give, in trace order."""
    variabelen = simulatie.tax_benefit_system.variables
    gevonden = {}
    for boom in rekenbomen(simulatie) if bomen is None else bomen:
        for knoop in _knopen(boom):
            definitie = variabelen[knoop.name]
            if knoop.name in gevonden or not is_invoer(definitie):
                continue
            if str(knoop.period) not in bekend.get(knoop.name, ()):
                gevonden[knoop.name] = Aanname(
                    knoop.name, definitie.label or knoop.name, _standaard(definitie)
                )
    return list(gevonden.values())


VOORSTELLEN = "/variables/voorstellen/"


def is_voorstel(definitie) -> bool:
    """A variable of a proposal only (variables/voorstellen/): no part of current law."""
    bron = definitie.get_introspection_data()[0] or ""
    return VOORSTELLEN in bron.replace("\\", "/")


def bereken_met_aannames(systeem, geval: dict, variabelen: list[str]) -> Spoor:
    """`variabelen` for a case on its date (`{variable: {id: value}}`), traced (see `Spoor`).

    The assumptions are those of the decision (the first variable) and of every other variable
    that applies in this system: a proposal's variable that the decision does not read is left
    out (under current law the points of a points test are not computed for anyone).
    """
    simulatie = simulatie_voor_geval(systeem, geval)
    bekend = volg(simulatie)
    waarden = bereken_in(simulatie, str(geval["period"]), variabelen)
    bomen = rekenbomen(simulatie)
    gelezen = {k.name for k in _knopen(bomen[0])} if bomen else set()
    geldend = [b for b in bomen if b.name in gelezen or not is_voorstel(systeem.variables[b.name])]
    return Spoor(
        waarden=waarden,
        aannames=aannames(simulatie, bekend, geldend),
        gelezen=gelezen,
        invoer={n for n in gelezen if is_invoer(systeem.variables[n])},
    )


def geldt(systeem, naam: str, spoor: Spoor) -> bool:
    """Whether a variable applies in the system of `spoor`: not a proposal's, or read by it."""
    return naam in spoor.gelezen or not is_voorstel(systeem.variables[naam])


def enkel(spoor: Spoor) -> dict:
    """The values of a one-person case: `{variable: value}`."""
    meer = sorted({i for w in spoor.waarden.values() if len(w) > 1 for i in w})
    if meer:
        raise ValueError(
            f"the case has several persons or employers ({', '.join(meer)}): "
            "compute it with bereken_per_id"
        )
    return {naam: next(iter(w.values())) for naam, w in spoor.waarden.items()}


def aannames_tekst(lijst: list[Aanname]) -> str:
    """`leeftijd (0), bruto_maandloon (0)`, or `none` when every input read was given."""
    return ", ".join(a.tekst() for a in lijst) or "none"


def gevraagd(situatie: dict) -> list[tuple[str, str]]:
    """The (variable, period) pairs a Web API situation asks for (a value of null)."""
    uit = []
    for instanties in situatie.values():
        for waarden in (instanties or {}).values() if isinstance(instanties, dict) else ():
            for naam, perioden in (waarden or {}).items() if isinstance(waarden, dict) else ():
                if isinstance(perioden, dict):
                    uit += [(naam, str(p)) for p, w in perioden.items() if w is None]
    return list(dict.fromkeys(uit))


def aannames_van_situatie(systeem, situatie: dict) -> list[dict]:
    """The assumptions of a Web API `/calculate` situation, for a field beside its result."""
    simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
    bekend = volg(simulatie)
    for naam, periode in gevraagd(situatie):
        simulatie.calculate(naam, periode)
    return [a.als_dict() for a in aannames(simulatie, bekend)]


def ontbrekende_invoer(
    systeem, kolommen, datum: str, variabele: str = "toelatingsroute"
) -> list[Aanname]:
    """The inputs a system's decision reads that a population table has no column for.

    The decision is traced for one person without input: every input it reads is an assumption
    there; those the table gives (a column, an employer's column, a history column) are not. A
    population is computed for all persons at once, so each person's decision reads them all.
    """
    kolommen = set(kolommen)
    simulatie = lege_simulatie(systeem, 1)
    for naam in kolommen & set(systeem.variables):
        definitie = systeem.variables[naam]
        if definitie.formulas:  # given, so its formula (and what that reads) is not computed
            periode = _periode(definitie, datum)
            simulatie.set_input(naam, periode, simulatie.get_holder(naam).default_array())
    bekend = volg(simulatie)
    simulatie.calculate(variabele, datum)
    return [a for a in aannames(simulatie, bekend) if a.variabele not in kolommen]


def _periode(definitie, datum: str):
    """The period of `definitie` that contains the day `datum`."""
    dag = periods.period(datum)
    return {
        periods.ETERNITY: periods.period(periods.ETERNITY),
        periods.YEAR: dag.this_year,
        periods.MONTH: dag.first_month,
    }.get(definitie.definition_period, dag)


def ontbrekend_per_systeem(systemen: dict, kolommen, datum: str) -> dict[str, list[Aanname]]:
    """`ontbrekende_invoer` for each system of a population run."""
    return {naam: ontbrekende_invoer(s, kolommen, datum) for naam, s in systemen.items()}


def ontbrekend_regels(ontbrekend: dict[str, list[Aanname]], aantal: int) -> list[str]:
    """Per system, how many persons' decisions read an input the table lacks, and which."""
    regels = []
    for naam, lijst in ontbrekend.items():
        if lijst:
            regels += textwrap.wrap(
                f"{naam}: the decisions of all {aantal:,} persons read inputs the table lacks "
                f"(default used): {aannames_tekst(lijst)}",
                width=100,
                subsequent_indent="    ",
            )
    return regels
