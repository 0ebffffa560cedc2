"""`arbeidsmigratie voorbeelden`: the bundled example cases as tables."""

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tools.geval.vergelijking import met_status
from openfisca_arbeidsmigratie.tools.kern.beslissing import catalogus
from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_gevallen
from openfisca_arbeidsmigratie.tools.kern.register import (
    HUIDIG_RECHT,
    beschikbare_hervormingen,
    beschikbare_interpretaties,
)
from openfisca_arbeidsmigratie.tools.kern.register import systemen as bouw_systemen
from openfisca_arbeidsmigratie.tools.kern.tabel import opmaak, tekst_tabel

VOORBEELD_KOLOMMEN = catalogus().tabelkolommen("beslissing")


VERBLIJF_KOLOMMEN = catalogus().tabelkolommen("verblijf")


def registreer(sub) -> None:
    demo = sub.add_parser(
        "voorbeelden", help="decide the bundled example cases and print them as a table"
    )
    demo.set_defaults(uitvoeren=voorbeelden)


def beslissingstabel(systeem, gevallen, kolommen) -> str:
    namen = [naam for naam, _ in kolommen]
    rijen = []
    uitkomsten = bereken_gevallen({HUIDIG_RECHT: systeem}, gevallen, namen)[HUIDIG_RECHT]
    for geval, uitkomst in zip(gevallen, uitkomsten, strict=True):
        rijen.append([geval["name"], str(geval["period"])] + [uitkomst[n] for n in namen])
    return tekst_tabel(["case", "date"] + [kop for _, kop in kolommen], rijen)


def hervormingstabel(systeem, gevallen) -> str:
    """The route of every case under current law and under each bundled reform, with a legend."""
    namen = list(beschikbare_hervormingen())
    systemen = bouw_systemen(systeem, namen)
    uitkomsten = bereken_gevallen(systemen, gevallen, ["toelatingsroute"])
    rijen = []
    for i, geval in enumerate(gevallen):
        routes = [uitkomsten[s][i]["toelatingsroute"] for s in systemen]
        gewijzigd = any(route != routes[0] for route in routes)
        rijen.append([("* " if gewijzigd else "  ") + geval["name"], *routes])
    koppen = ["case", HUIDIG_RECHT, *[f"R{nummer}" for nummer in range(1, len(namen) + 1)]]
    legenda = "\n".join(f"R{nummer}: {met_status(naam)}" for nummer, naam in enumerate(namen, 1))
    return f"{tekst_tabel(koppen, rijen)}\n\n{legenda}\n* the route changes under a reform"


def interpretatietabel(systeem, gevallen) -> str:
    """Permanent permit and EU status of every case under current law and each interpretation."""
    namen = list(beschikbare_interpretaties())
    systemen = bouw_systemen(systeem, namen)
    variabelen = ["vvo_regulier_toelaatbaar", "eu_langdurig_ingezetene_toelaatbaar"]
    per_systeem = bereken_gevallen(systemen, gevallen, variabelen)
    rijen = []
    for i, geval in enumerate(gevallen):
        uitkomsten = [per_systeem[s][i] for s in systemen]
        cellen = [" / ".join(opmaak(u[v]) for v in variabelen) for u in uitkomsten]
        gewijzigd = any(cel != cellen[0] for cel in cellen)
        rijen.append([("* " if gewijzigd else "  ") + geval["name"], *cellen])
    koppen = ["case", HUIDIG_RECHT, *[f"I{nummer}" for nummer in range(1, len(namen) + 1)]]
    legenda = "\n".join(f"I{nummer}: {met_status(naam)}" for nummer, naam in enumerate(namen, 1))
    return (
        f"{tekst_tabel(koppen, rijen)}\n\n{legenda}\n"
        "cells: permanent permit / EU long-term; * the outcome changes under a reading"
    )


def voorbeelden(_argumenten) -> int:
    systeem = CountryTaxBenefitSystem()
    gevallen = laad_voorbeelden()
    print("Who may work, and by which route (toelatingsroute): the bundled example cases\n")
    print(beslissingstabel(systeem, gevallen, VOORBEELD_KOLOMMEN))
    met_geschiedenis = [g for g in gevallen if "verblijfsdoel" in g["input"]]
    print("\nPermanent residence after five years (verblijf voor onbepaalde tijd)\n")
    print(beslissingstabel(systeem, met_geschiedenis, VERBLIJF_KOLOMMEN))
    print(
        "\nPermanent residence under each interpretation variant (other readings of current law "
        "where the sources disagree, not proposals)\n"
    )
    print(interpretatietabel(systeem, met_geschiedenis))
    print("\nThe route under current law and under each reform (proposals, not law)\n")
    print(hervormingstabel(systeem, gevallen))
    return 0
