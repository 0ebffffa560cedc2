"""The population panel's overview of a finished run: admitted labour migrants per route and per
group under each system, the gains and losses against current law, the charts."""

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.model.landen import NEDERLANDSE_NAMEN
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES
from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT
from openfisca_arbeidsmigratie.tools.web.werkbank import grafiek
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import (
    GEWICHT,
    GROEPERINGEN,
    Bevolkingstaak,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.opmaak import getal

MAX_GROEPEN = 15


def overzicht(werkbank, taak: Bevolkingstaak) -> dict:
    """What the population panel shows of `taak`; column titles from `werkbank.titel`."""
    telling = taak.telling
    sleutels = [HUIDIG_RECHT, *taak.kolommen[1:]]
    tellingen = {s: telling.per_route(s) for s in sleutels}
    per_route_toegelaten = {s: telling.toegelaten_per_route(s) for s in sleutels}
    rijen = [
        {
            "code": r,
            "label": Toelatingsroute[r].value,
            "aantallen": [tellingen[s][r] for s in sleutels],
        }
        for r in ROUTES
        if any(tellingen[s][r] for s in sleutels)
    ]
    toegelaten = [sum(per_route_toegelaten[s].values()) for s in sleutels]
    routes = [r for r in ROUTES if any(per_route_toegelaten[s][r] for s in sleutels)]
    svg = grafiek.staafdiagram(
        f"Toegelaten arbeidsmigranten per route, steekproef van {getal(telling.aantal)} personen",
        routes,
        {
            werkbank.titel(titel): [per_route_toegelaten[s][r] for r in routes]
            for titel, s in zip(taak.kolommen, sleutels, strict=True)
        },
    )
    return {
        "taak": taak,
        "groepen": groepsoverzicht(werkbank, taak, sleutels),
        "ontbrekend": [
            (taak.kolommen[i], telling.ontbrekend.get(s, []))
            for i, s in enumerate(sleutels)
            if telling.ontbrekend.get(s)
        ],
        "kolommen": taak.kolommen,
        "rijen": rijen,
        "toegelaten": toegelaten,
        "vergelijkingen": _vergelijkingen(taak, sleutels, toegelaten),
        "svg": svg,
    }


def _vergelijkingen(taak: Bevolkingstaak, sleutels: list, toegelaten: list) -> list[dict]:
    """Each system against current law: admitted, the difference, who gains and who loses."""
    vergelijkingen = []
    for i, sleutel in enumerate(sleutels[1:], 1):
        winst, verlies = taak.telling.winst_en_verlies(sleutel)
        verschil = toegelaten[i] - toegelaten[0]
        vergelijkingen.append(
            {
                "titel": taak.kolommen[i],
                "aantal": toegelaten[i],
                "verschil": verschil,
                "procent": 100 * verschil / toegelaten[0] if toegelaten[0] else 0.0,
                "winst": winst,
                "verlies": verlies,
            }
        )
    return vergelijkingen


def groepsoverzicht(werkbank, taak: Bevolkingstaak, sleutels: list) -> dict | None:
    """Admitted labour migrants per group under each system, counted by the population loop
    (`Telling.groepstabel`): weighted by the table's weight column, else one per person; the
    largest groups (age bands in order), a chart (routes by their codes, as in the route chart)."""
    if not taak.per:
        return None
    telling = taak.telling
    aantallen = _groepsaantallen(telling, taak.per)
    namen = sorted(
        {groep for _, groep in aantallen}, key=lambda g: (-aantallen.get((HUIDIG_RECHT, g), 0), g)
    )
    if taak.per == "leeftijdsgroep":
        namen.sort(key=lambda g: int(g.split("-")[0].rstrip("+")))
    namen = namen[:MAX_GROEPEN]
    rijen = [
        {
            "groep": _groepslabel(taak.per, g),
            "as": g if taak.per == "toelatingsroute" else _groepslabel(taak.per, g),
            "aantallen": [aantallen.get((s, g), 0) for s in sleutels],
        }
        for g in namen
    ]
    per = GROEPERINGEN[taak.per].lower()
    gewogen = "gewogen" if telling.gewogen else "ongewogen"
    svg = grafiek.staafdiagram(
        f"Toegelaten arbeidsmigranten per {per} ({gewogen})",
        [r["as"] for r in rijen],
        {
            werkbank.titel(k): [r["aantallen"][i] for r in rijen]
            for i, k in enumerate(taak.kolommen)
        },
    )
    return {"titel": GROEPERINGEN[taak.per], "rijen": rijen, "svg": svg, "weging": _weging(telling)}


def _groepsaantallen(telling, groepering: str) -> dict:
    """{(system, group): admitted}: the weights' sum (whole numbers) with a weight column, else
    the number of persons."""
    uit = {}
    for rij in telling.groepstabel().to_pylist():
        if rij["groepering"] == groepering:
            waarde = round(rij["gewogen_toegelaten"]) if telling.gewogen else rij["toegelaten"]
            uit[(rij["systeem"], rij["groep"])] = waarde
    return uit


def _groepslabel(groepering: str, groep: str) -> str:
    if groepering == "nationaliteit":
        return NEDERLANDSE_NAMEN.get(groep, groep)
    if groepering == "toelatingsroute" and groep in Toelatingsroute.__members__:
        return Toelatingsroute[groep].value
    return groep


def _weging(telling) -> str:
    if telling.gewogen:
        return f"gewogen naar de kolom '{GEWICHT}' (afgerond op hele personen)"
    return f"ongewogen: de steekproef heeft geen kolom '{GEWICHT}', dus elke persoon telt als 1"
