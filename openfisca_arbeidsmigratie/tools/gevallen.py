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
