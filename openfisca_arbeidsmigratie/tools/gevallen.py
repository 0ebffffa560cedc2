"""Single cases: build a simulation from a flat case and compute chosen variables on its date."""

from openfisca_core.simulation_builder import SimulationBuilder


def simulatie_voor_geval(systeem, geval: dict):
    """A one-person simulation from a flat case (`period` and `input`, as in a YAML test).

    A plain value is set on the case's date; a mapping of periods (a monthly history such as
    `{month:2020-03:60: arbeid_kennismigrant}`) is set as given.
    """
    datum = str(geval["period"])
    invoer = {
        naam: waarde if isinstance(waarde, dict) else {datum: waarde}
        for naam, waarde in geval.get("input", {}).items()
    }
    return SimulationBuilder().build_from_variables(systeem, invoer)


def bereken_geval(systeem, geval: dict, variabelen: list[str]) -> dict:
    """The values of `variabelen` for the case on its date, as plain Python values."""
    simulatie = simulatie_voor_geval(systeem, geval)
    datum = str(geval["period"])
    uitkomst = {}
    for naam in variabelen:
        waarde = simulatie.calculate(naam, datum)
        if hasattr(waarde, "decode_to_str"):
            uitkomst[naam] = waarde.decode_to_str()[0]
        else:
            uitkomst[naam] = waarde[0].item()
    return uitkomst
