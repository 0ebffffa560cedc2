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


def voorbeelden(_argumenten) -> int:
    systeem = CountryTaxBenefitSystem()
    namen = [naam for naam, _ in VOORBEELD_KOLOMMEN]
    rijen = []
    for geval in laad_voorbeelden():
        uitkomst = bereken_geval(systeem, geval, namen)
        rijen.append([geval["name"], str(geval["period"])] + [uitkomst[n] for n in namen])
    koppen = ["case", "date"] + [kop for _, kop in VOORBEELD_KOLOMMEN]
    print("Who may work, and by which route: the bundled example cases\n")
    print(tekst_tabel(koppen, rijen))
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
