"""Single cases: build a simulation from a case and compute chosen variables on its date.

A case is a YAML test case: `period` and `input`, where the input is either flat (one person and
one employer: `{variable: value}`) or by entity (`personen: {id: {...}}`, `werkgevers: {id:
{werknemers: [...], ...}}`), as `openfisca test` reads it.
"""

import difflib

import numpy as np
from openfisca_core.errors import PeriodMismatchError
from openfisca_core.periods import InstantError, PeriodError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.maandreeks import koppel_maandreeks, maandreeks_van
from openfisca_arbeidsmigratie.model.motor import neem_op, neem_over, opname, voeg_samen
from openfisca_arbeidsmigratie.tools.kern.hergebruik import verschil


class GevalFout(ValueError):
    """A case file that cannot be read or a case without a date."""


def als_python(waarden, variabele=None) -> list:
    """Computed values as plain Python values, as a person reads them.

    OpenFisca stores amounts as float32: 6536.2 comes back as 6536.2001953125. Each float is
    given as the shortest decimal that is the same float32, and an amount in euros to the cent.
    """
    if hasattr(waarden, "decode_to_str"):
        return [str(w) for w in waarden.decode_to_str()]
    waarden = np.asarray(waarden)
    if waarden.dtype.kind != "f":
        return waarden.tolist()
    uit = [float(np.format_float_positional(w, unique=True, trim="-")) for w in waarden]
    if variabele is not None and getattr(variabele, "unit", None) == "currency-EUR":
        uit = [round(w, 2) for w in uit]
    return uit


def _waarden(simulatie, naam: str, datum: str) -> list:
    return als_python(
        simulatie.calculate(naam, datum), simulatie.tax_benefit_system.variables[naam]
    )


def per_entiteit(systeem, geval: dict) -> bool:
    """Whether the case's input is given per entity (`personen:`, `werkgevers:`)."""
    meervouden = {entiteit.plural for entiteit in systeem.entities}
    return any(sleutel in meervouden for sleutel in geval.get("input", {}))


def simulatie_voor_geval(systeem, geval: dict):
    """A simulation from a case (`period` and `input`, as in a YAML test).

    A plain value is set on the case's date; a mapping of periods (a monthly history such as
    `{month:2020-03:60: arbeid_kennismigrant}`) is set as given.
    """
    try:
        return _bouw(systeem, geval)
    except (PeriodMismatchError, PeriodError, InstantError) as fout:
        # OpenFisca's own message, first line: the variable and the period it cannot take.
        raise GevalFout(f"the case's input: {str(fout).splitlines()[0]}") from None


def _bouw(systeem, geval: dict):
    datum = str(geval["period"])
    bouwer = SimulationBuilder()
    bouwer.set_default_period(datum)
    invoer = geval.get("input", {})
    if per_entiteit(systeem, geval):
        return bouwer.build_from_entities(systeem, invoer)
    onbekend = [str(naam) for naam in invoer if naam not in systeem.variables]
    if onbekend:
        voorstel = difflib.get_close_matches(onbekend[0], list(systeem.variables), n=3)
        raise GevalFout(
            f"unknown input variable(s) in the case: {', '.join(onbekend)}"
            + (f" (did you mean {', '.join(voorstel)}?)" if voorstel else "")
        )
    invoer = {
        naam: waarde if isinstance(waarde, dict) else {datum: waarde}
        for naam, waarde in invoer.items()
    }
    return bouwer.build_from_variables(systeem, invoer)


def ids(simulatie, naam: str) -> list[str]:
    """The ids of the entity that `naam` belongs to, in the simulation's order."""
    entiteit = simulatie.tax_benefit_system.variables[naam].entity
    return [str(i) for i in simulatie.populations[entiteit.key].ids]


def bereken_per_id(systeem, geval: dict, variabelen: list[str]) -> dict[str, dict[str, object]]:
    """`{variable: {entity id: value}}` for the case on its date, as plain Python values."""
    return bereken_in(simulatie_voor_geval(systeem, geval), str(geval["period"]), variabelen)


def bereken_in(simulatie, datum: str, variabelen: list[str]) -> dict[str, dict[str, object]]:
    """`{variable: {entity id: value}}` computed in a simulation on `datum`."""
    return {
        naam: dict(zip(ids(simulatie, naam), _waarden(simulatie, naam, datum), strict=True))
        for naam in variabelen
    }


def bereken_geval(systeem, geval: dict, variabelen: list[str]) -> dict:
    """The values of `variabelen` for a one-person case on its date, as plain Python values."""
    uitkomst = bereken_per_id(systeem, geval, variabelen)
    meer = sorted({id_ for waarden in uitkomst.values() if len(waarden) > 1 for id_ in waarden})
    if meer:
        raise ValueError(
            f"the case has several persons or employers ({', '.join(meer)}): "
            "compute it with bereken_per_id"
        )
    return {naam: next(iter(waarden.values())) for naam, waarden in uitkomst.items()}


def bereken_gevallen(systemen: dict, gevallen: list[dict], variabelen) -> dict:
    """{system name: [{variable: value} per case]} for one-person cases, as `bereken_geval` gives.

    `variabelen`: a list of variables for every system, or {system name: list} (current law's
    columns of a table and one variable of each reform, say, computed in one pass).
    Per system one simulation of all cases (`motor.voeg_samen`), each computed on its own date;
    the systems after the first take its values where their changes do not reach (`hergebruik`).
    A system that changes an input's definition, cases that cannot be joined, or a joint
    simulation that fails, are computed case by case.
    """
    per_systeem = _per_systeem(systemen, variabelen)
    uit: dict = {}
    try:
        uit = samen_berekend(systemen, gevallen, per_systeem)
    except Exception:  # noqa: BLE001 - case by case gives each case's result or its own error
        uit = {}
    for naam, systeem in systemen.items():
        if naam not in uit:
            uit[naam] = [bereken_geval(systeem, geval, per_systeem[naam]) for geval in gevallen]
    return uit


def _per_systeem(systemen: dict, variabelen) -> dict[str, list[str]]:
    if isinstance(variabelen, dict):
        return {naam: list(variabelen[naam]) for naam in systemen}
    return {naam: list(variabelen) for naam in systemen}


def samen_berekend(systemen: dict, gevallen: list[dict], variabelen) -> dict:
    """`bereken_gevallen` in one simulation per system and group of cases that give the same
    inputs with a formula (a case that gives `leeftijd` and one that lets it follow from
    `geboortedatum` are computed apart), for the systems where every group could be joined."""
    variabelen = _per_systeem(systemen, variabelen)
    basissysteem = next(iter(systemen.values()))
    groepen: dict[frozenset, list[int]] = {}
    for i, geval in enumerate(gevallen):
        met_formule = frozenset(
            naam
            for naam in geval.get("input", {})
            if naam in basissysteem.variables and basissysteem.variables[naam].formulas
        )
        groepen.setdefault(met_formule, []).append(i)
    uit = {naam: [None] * len(gevallen) for naam in systemen}
    for wie in groepen.values():
        deel = _groep_samen_berekend(systemen, [gevallen[i] for i in wie], variabelen)
        for naam in list(uit):
            if naam not in deel:
                del uit[naam]
                continue
            for i, rij in zip(wie, deel[naam], strict=True):
                uit[naam][i] = rij
    return uit


def _groep_samen_berekend(systemen: dict, gevallen: list[dict], variabelen: dict) -> dict:
    """One simulation per system, for the systems where that is the same: not for a system that
    changes an input's definition, nor where a case's computation read a variable with a formula
    that other cases gave for that period and it did not."""
    basissysteem = next(iter(systemen.values()))
    losse = [simulatie_voor_geval(basissysteem, geval) for geval in gevallen]
    invoer = {naam for geval in gevallen for naam in geval.get("input", {})}
    datums: dict[str, list[int]] = {}
    for i, geval in enumerate(gevallen):
        datums.setdefault(str(geval["period"]), []).append(i)
    uit, basis = {}, None
    for naam, systeem in systemen.items():
        anders = verschil(basissysteem, systeem)
        samen = None if any(map(anders.variabele_anders, invoer)) else voeg_samen(systeem, losse)
        if samen is None:
            continue
        simulatie = neem_op(samen[0])
        if basis is None:
            basis, gelezen = simulatie, opname(simulatie)
            reeks = maandreeks_van(simulatie.persons)
        if reeks is not None and not anders.alles:
            koppel_maandreeks(simulatie.persons, reeks)
        if simulatie is not basis:
            neem_over(basis, simulatie, gelezen.namen() - anders.herberekenen(gelezen))
        rijen: list[dict] = [{} for _ in gevallen]
        for datum, wie in datums.items():
            for variabele in variabelen[naam]:
                waarden = _waarden(simulatie, variabele, datum)
                for i in wie:
                    rijen[i][variabele] = waarden[i]
        eigen = _eigen(simulatie, samen[1], datums)
        if simulatie is basis and not eigen:
            return {}
        if eigen:
            uit[naam] = rijen
    return uit


def _eigen(simulatie, deels: dict, datums: dict) -> bool:
    """Whether no computation on a case's date read a (variable, period) that the case did not
    give while others did (the variable has a formula: the case's own simulation computes it)."""
    namen = {variabele for variabele, _ in deels}
    for variabele, periode, eerste in opname(simulatie).perioden:
        if variabele in namen:
            gegeven = deels.get((variabele, str(periode)))
            if gegeven is not None and not set(datums.get(str(eerste), ())) <= gegeven:
                return False
    return True
