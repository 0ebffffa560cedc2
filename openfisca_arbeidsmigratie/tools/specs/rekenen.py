"""One vectorised simulation per system over a chunk of combinations (one person each)."""

import numpy as np
from openfisca_core import periods
from openfisca_core.indexed_enums import Enum

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.motor import lege_simulatie
from openfisca_arbeidsmigratie.tools.specs.expressie import Waarde
from openfisca_arbeidsmigratie.tools.specs.opname import Gevolgd, Opname, opnemen, volg

# Pseudo-inputs of a residence history by pattern (see `domein.GESCHIEDENIS`).
DOEL, MAANDEN, BUITENLAND, VANAF, BUITENLAND2, VANAF2 = (
    "geschiedenis_doel",
    "geschiedenis_maanden",
    "geschiedenis_buitenland",
    "geschiedenis_buitenland_vanaf",
    "geschiedenis_buitenland_2",
    "geschiedenis_buitenland_2_vanaf",
)
GESCHIEDENIS = (DOEL, MAANDEN, BUITENLAND, VANAF, BUITENLAND2, VANAF2)


def _geschiedenis(simulatie, invoer: dict, datum: str) -> None:
    """The months before the date: `maanden` months of purpose `doel` directly before it, of
    which `buitenland` consecutive months abroad, starting `vanaf` months back (1: the last),
    and a second absence of `buitenland_2` months from `buitenland_2_vanaf` back."""
    aantal = len(next(iter(invoer.values())))

    def getallen(naam, standaard):
        return np.asarray(invoer.get(naam, np.full(aantal, standaard)), dtype=np.int64)

    doel = invoer.get(DOEL, np.full(aantal, Verblijfsdoel.geen.index))
    maanden = getallen(MAANDEN, 0)
    blokken = [(getallen(BUITENLAND, 0), getallen(VANAF, 1))]
    blokken.append((getallen(BUITENLAND2, 0), getallen(VANAF2, 1)))
    verst = max(int((v + b).max(initial=0)) for b, v in blokken)
    venster = max(int(maanden.max(initial=0)), verst) + 1
    maand = periods.period(datum).first_month
    for terug in range(1, venster + 1):
        periode = str(maand.offset(-terug))
        doelen = np.where(terug <= maanden, doel, Verblijfsdoel.geen.index).astype(np.int16)
        simulatie.set_input("verblijfsdoel", periode, doelen)
        weg = np.logical_or.reduce([(terug >= v) & (terug < v + b) for b, v in blokken])
        simulatie.set_input("buiten_nederland", periode, weg)


def _zet(simulatie, systeem, invoer: dict, datum: str, opname: Opname | None) -> None:
    for naam, waarden in invoer.items():
        if naam in GESCHIEDENIS or naam not in systeem.variables:
            continue
        variabele = systeem.variables[naam]
        periode = datum if variabele.definition_period != "eternity" else None
        if opname is not None and naam in opname.stappen:
            waarden = volg(waarden, naam)
        simulatie.set_input(naam, periode, waarden)
    if any(naam in invoer for naam in GESCHIEDENIS):
        _geschiedenis(simulatie, invoer, datum)


def waarde(systeem, naam: str, array, gevolgd: bool = False) -> Waarde:
    """A computed value; `gevolgd` keeps the recorded form of a value derived from an input, so
    that a property's own comparisons with it are recorded too."""
    variabele = systeem.variables[naam]
    if variabele.value_type == Enum:
        return Waarde(np.asarray(array.view(np.ndarray)), variabele.possible_values)
    if gevolgd and isinstance(array, Gevolgd):
        return Waarde(array)
    return Waarde(np.asarray(array.view(np.ndarray) if hasattr(array, "view") else array))


def bereken(systemen: dict, invoer: dict, datum: str, nodig: dict, opname=None) -> dict:
    """`{(system, variable): Waarde}` for the combinations in `invoer` (arrays of equal length).

    `systemen` maps a spec's system names to tax-benefit systems; `nodig` maps a system name to
    the variables to compute under it. With `opname`, the comparisons are recorded.
    """
    aantal = len(next(iter(invoer.values()))) if invoer else 1
    uit = {}
    for alias, namen in nodig.items():
        systeem = systemen[alias]
        simulatie = lege_simulatie(systeem, aantal)
        _zet(simulatie, systeem, invoer, datum, opname)
        for naam in sorted(namen):
            if opname is None:
                array = simulatie.calculate(naam, datum)
            else:
                with opnemen(opname):
                    array = simulatie.calculate(naam, datum)
            uit[(alias, naam)] = waarde(systeem, naam, array, opname is not None)
    return uit
