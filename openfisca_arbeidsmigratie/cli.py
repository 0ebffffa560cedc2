"""The `arbeidsmigratie` command line."""

import argparse
import sys

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.gevallen import bereken_geval
from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tabel import tekst_tabel

VOORBEELD_KOLOMMEN = [
    ("toelatingsroute", "route"),
    ("twv_vereist", "TWV needed"),
    ("twv_toekenbaar", "TWV grantable"),
    ("twv_maximale_geldigheid_maanden", "TWV months"),
    ("minimumloon_bruto_maand", "WML/month"),
    ("kennismigrant_toelaatbaar", "HSM"),
    ("kennismigrant_salarisnorm", "HSM criterion"),
    ("blauwe_kaart_toelaatbaar", "Blue Card"),
    ("blauwe_kaart_salarisnorm", "BC criterion"),
]


VERBLIJF_KOLOMMEN = [
    ("verblijfsduur_maanden_vvo", "months (national)"),
    ("verblijfsduur_maanden_eu", "months (EU)"),
    ("vvo_regulier_toelaatbaar", "permanent permit"),
    ("eu_langdurig_ingezetene_toelaatbaar", "EU long-term"),
    ("maanden_tot_verblijfsduur_vervuld", "months to go"),
    ("inburgering_vereist_taalniveau", "integration level"),
]


def beslissingstabel(systeem, gevallen, kolommen) -> str:
    namen = [naam for naam, _ in kolommen]
    rijen = []
    for geval in gevallen:
        uitkomst = bereken_geval(systeem, geval, namen)
        rijen.append([geval["name"], str(geval["period"])] + [uitkomst[n] for n in namen])
    return tekst_tabel(["case", "date"] + [kop for _, kop in kolommen], rijen)


def voorbeelden(_argumenten) -> int:
    systeem = CountryTaxBenefitSystem()
    gevallen = laad_voorbeelden()
    print("Who may work, and by which route (toelatingsroute): the bundled example cases\n")
    print(beslissingstabel(systeem, gevallen, VOORBEELD_KOLOMMEN))
    met_geschiedenis = [g for g in gevallen if "verblijfsdoel" in g["input"]]
    print("\nPermanent residence after five years (verblijf voor onbepaalde tijd)\n")
    print(beslissingstabel(systeem, met_geschiedenis, VERBLIJF_KOLOMMEN))
    return 0


def parser() -> argparse.ArgumentParser:
    hoofd = argparse.ArgumentParser(
        prog="arbeidsmigratie",
        description="Dutch labour-migration law as code (openfisca-arbeidsmigratie).",
    )
    sub = hoofd.add_subparsers(dest="opdracht", required=True)
    demo = sub.add_parser(
        "voorbeelden", help="decide the bundled example cases and print them as a table"
    )
    demo.set_defaults(uitvoeren=voorbeelden)
    return hoofd


def main(argv=None) -> int:
    argumenten = parser().parse_args(argv)
    return argumenten.uitvoeren(argumenten)


if __name__ == "__main__":
    sys.exit(main())
