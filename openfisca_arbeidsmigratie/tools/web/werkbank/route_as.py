"""For one case: the route against the wage (and against age) under each system, with the
criteria it is compared with marked: the one-person counterpart of `arbeidsmigratie drempel`.

The case is computed once per system for a row of copies that differ only in the wage (or the
age), with OpenFisca's axes; the criteria are the case's own amounts under current law."""

from dataclasses import dataclass

import numpy as np
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_geval

STAPPEN = 81
ASSEN = {
    "bruto_maandloon": ("Bruto maandloon (€)", 0.0, 8000.0),
    "leeftijd": ("Leeftijd (jaar)", 16, 70),
}
# The amounts a wage is compared with, marked on the wage axis.
CRITERIA = {
    "bruto_maandloon": (
        "minimumloon_bruto_maand",
        "kennismigrant_salarisnorm",
        "blauwe_kaart_salarisnorm",
    ),
    "leeftijd": (),
}


@dataclass
class Routeas:
    variabele: str
    label: str
    waarden: list  # the axis
    routes: dict  # {system title: [route member name per axis value]}
    criteria: list  # (value, label)


def _langs(systeem, geval: dict, variabele: str, laag, hoog) -> list[str]:
    datum = str(geval["period"])
    invoer = {k: v for k, v in geval["input"].items() if k != variabele}
    if variabele == "leeftijd":
        invoer.pop("geboortedatum", None)
    situatie = {
        "personen": {"persoon": {}},
        "werkgevers": {"werkgever": {"werknemers": ["persoon"]}},
    }
    for naam, waarde in invoer.items():
        entiteit = "persoon" if systeem.variables[naam].entity.is_person else "werkgever"
        plural = "personen" if entiteit == "persoon" else "werkgevers"
        situatie[plural][entiteit][naam] = waarde if isinstance(waarde, dict) else {datum: waarde}
    situatie["axes"] = [
        [{"count": STAPPEN, "name": variabele, "min": laag, "max": hoog, "period": datum}]
    ]
    simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
    routes = simulatie.calculate("toelatingsroute", datum)
    return [str(naam) for naam in routes.decode_to_str()]


def route_as(systemen: dict, geval: dict, variabele: str) -> Routeas:
    """The route along the axis of `variabele` for each system (`{title: system}`)."""
    label, laag, hoog = ASSEN[variabele]
    basis = next(iter(systemen.values()))
    bedragen = bereken_geval(basis, geval, list(CRITERIA[variabele]))
    criteria = [
        (float(bedragen[naam]), basis.variables[naam].label.split(",")[0])
        for naam in CRITERIA[variabele]
        if laag <= float(bedragen[naam]) <= hoog
    ]
    return Routeas(
        variabele=variabele,
        label=label,
        waarden=np.linspace(laag, hoog, STAPPEN).tolist(),
        routes={t: _langs(s, geval, variabele, laag, hoog) for t, s in systemen.items()},
        criteria=criteria,
    )


def routelabel(naam: str) -> str:
    return str(Toelatingsroute[naam].value)


# One colour per route in every chart; no route is grey.
GEEN_ROUTE = "#9e9e9e"
PALET = ["#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#843c0c", "#0f7b7b"]
ROUTEKLEUREN = {
    naam: GEEN_ROUTE if naam == "geen" else PALET[i % len(PALET)]
    for i, naam in enumerate(n for n in Toelatingsroute.__members__ if n != "geen")
} | {"geen": GEEN_ROUTE}
