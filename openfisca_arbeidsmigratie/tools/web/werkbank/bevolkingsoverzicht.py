"""The population panel's overview of a finished run: admitted labour migrants per route and per
group under each system, the gains and losses against current law, the charts."""

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.model.landen import NEDERLANDSE_NAMEN
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import HUIDIG
from openfisca_arbeidsmigratie.tools.web.werkbank import grafiek
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import GROEPERINGEN, Bevolkingstaak
from openfisca_arbeidsmigratie.tools.web.werkbank.opmaak import getal

MAX_GROEPEN = 15


def overzicht(werkbank, taak: Bevolkingstaak) -> dict:
    """What the population panel shows of `taak`; column titles from `werkbank.titel`."""
    telling = taak.telling
    sleutels = [HUIDIG, *taak.kolommen[1:]]
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
    """Admitted labour migrants per group under each system: the largest groups, a chart."""
    if not taak.per:
        return None
    namen = sorted(
        {groep for _, groep in taak.groepen},
        key=lambda g: (-taak.groepen[(HUIDIG, g)], g),
    )
    if taak.per == "leeftijdsgroep":
        namen.sort(key=lambda g: int(g.split("-")[0].rstrip("+")))
    namen = namen[:MAX_GROEPEN]
    label = (lambda g: NEDERLANDSE_NAMEN.get(g, g)) if taak.per == "nationaliteit" else str
    rijen = [
        {"groep": label(g), "aantallen": [taak.groepen[(s, g)] for s in sleutels]} for g in namen
    ]
    svg = grafiek.staafdiagram(
        f"Toegelaten arbeidsmigranten per {GROEPERINGEN[taak.per].lower()}",
        [r["groep"] for r in rijen],
        {
            werkbank.titel(k): [r["aantallen"][i] for r in rijen]
            for i, k in enumerate(taak.kolommen)
        },
    )
    return {"titel": GROEPERINGEN[taak.per], "rijen": rijen, "svg": svg}
