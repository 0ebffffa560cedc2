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


ROUTE = "toelatingsroute"
VERBLIJF = ["vvo_regulier_toelaatbaar", "eu_langdurig_ingezetene_toelaatbaar"]


def beslissingstabel(gevallen, uitkomsten, kolommen) -> str:
    """One row per case: its name, its date and the columns (current law's values)."""
    namen = [naam for naam, _ in kolommen]
    rijen = []
    for geval, uitkomst in zip(gevallen, uitkomsten, strict=True):
        rijen.append([geval["name"], str(geval["period"])] + [uitkomst[n] for n in namen])
    return tekst_tabel(["case", "date"] + [kop for _, kop in kolommen], rijen)


def hervormingstabel(gevallen, uitkomsten: dict) -> str:
    """The route of every case under current law and under each bundled reform, with a legend."""
    namen = [naam for naam in uitkomsten if naam != HUIDIG_RECHT]
    rijen = []
    for i, geval in enumerate(gevallen):
        routes = [uitkomsten[s][i][ROUTE] for s in uitkomsten]
        gewijzigd = any(route != routes[0] for route in routes)
        rijen.append([("* " if gewijzigd else "  ") + geval["name"], *routes])
    koppen = ["case", HUIDIG_RECHT, *[f"R{nummer}" for nummer in range(1, len(namen) + 1)]]
    legenda = "\n".join(f"R{nummer}: {met_status(naam)}" for nummer, naam in enumerate(namen, 1))
    return f"{tekst_tabel(koppen, rijen)}\n\n{legenda}\n* the route changes under a reform"


def interpretatietabel(gevallen, uitkomsten: dict) -> str:
    """Permanent permit and EU status of every case under current law and each interpretation."""
    namen = [naam for naam in uitkomsten if naam != HUIDIG_RECHT]
    rijen = []
    for i, geval in enumerate(gevallen):
        cellen = [" / ".join(opmaak(uitkomsten[s][i][v]) for v in VERBLIJF) for s in uitkomsten]
        gewijzigd = any(cel != cellen[0] for cel in cellen)
        rijen.append([("* " if gewijzigd else "  ") + geval["name"], *cellen])
    koppen = ["case", HUIDIG_RECHT, *[f"I{nummer}" for nummer in range(1, len(namen) + 1)]]
    legenda = "\n".join(f"I{nummer}: {met_status(naam)}" for nummer, naam in enumerate(namen, 1))
    return (
        f"{tekst_tabel(koppen, rijen)}\n\n{legenda}\n"
        "cells: permanent permit / EU long-term; * the outcome changes under a reading"
    )


def naast_huidig_recht(systeem, namen, gevallen, kolommen, eigen) -> dict:
    """{system: [values per case]}: current law's table columns (and `eigen`), and `eigen` under
    each named reform or interpretation, in one pass (the others reuse current law's values)."""
    huidig = list(dict.fromkeys([naam for naam, _ in kolommen] + eigen))
    variabelen = {HUIDIG_RECHT: huidig, **{naam: eigen for naam in namen}}
    return bereken_gevallen(bouw_systemen(systeem, namen), gevallen, variabelen)


def voorbeelden(_argumenten) -> int:
    systeem = CountryTaxBenefitSystem()
    gevallen = laad_voorbeelden()
    met_geschiedenis = [g for g in gevallen if "verblijfsdoel" in g["input"]]
    routes = naast_huidig_recht(
        systeem, list(beschikbare_hervormingen()), gevallen, VOORBEELD_KOLOMMEN, [ROUTE]
    )
    verblijf = naast_huidig_recht(
        systeem, list(beschikbare_interpretaties()), met_geschiedenis, VERBLIJF_KOLOMMEN, VERBLIJF
    )
    print("Who may work, and by which route (toelatingsroute): the bundled example cases\n")
    print(beslissingstabel(gevallen, routes[HUIDIG_RECHT], VOORBEELD_KOLOMMEN))
    print("\nPermanent residence after five years (verblijf voor onbepaalde tijd)\n")
    print(beslissingstabel(met_geschiedenis, verblijf[HUIDIG_RECHT], VERBLIJF_KOLOMMEN))
    print(
        "\nPermanent residence under each interpretation variant (other readings of current law "
        "where the sources disagree, not proposals)\n"
    )
    print(interpretatietabel(met_geschiedenis, verblijf))
    print("\nThe route under current law and under each reform (proposals, not law)\n")
    print(hervormingstabel(gevallen, routes))
    return 0
