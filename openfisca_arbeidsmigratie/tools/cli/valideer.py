"""`arbeidsmigratie valideer`: check a population table without computing anything."""

import time

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.cli.opties import positief


def registreer(sub) -> None:
    valideer = sub.add_parser(
        "valideer",
        help="check a population table (and its employers and history) without computing",
        description=(
            "Read the tables in chunks, as `bevolking` does, and report every problem with its "
            "first rows (exit status 2), or how many rows were checked. Memory stays bounded by "
            "the chunk size, whatever the size of the file."
        ),
    )
    valideer.add_argument("invoer", metavar="FILE", help="persons table (.csv or .parquet)")
    valideer.add_argument("--werkgevers", metavar="FILE", help="employers table")
    valideer.add_argument("--geschiedenis", metavar="FILE", help="long history table")
    valideer.add_argument(
        "--gewicht",
        metavar="COLUMN",
        help="a column of weights, checked as `bevolking --gewicht` checks it (a finite number "
        ">= 0 per person)",
    )
    valideer.add_argument(
        "--blokgrootte",
        type=positief,
        default=20_000,
        help="rows per chunk (bounds memory; default 20,000)",
    )
    valideer.set_defaults(uitvoeren=valideer_opdracht)


def valideer_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.bevolking import lezen
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, valideer

    systeem = CountryTaxBenefitSystem()
    begin = time.perf_counter()
    bron = Bron(str(argumenten.invoer), pad=lezen.controleer_pad(argumenten.invoer))
    werkgevers = lezen.lees_tabel(argumenten.werkgevers) if argumenten.werkgevers else None
    lang = lezen.lees_tabel(argumenten.geschiedenis) if argumenten.geschiedenis else None
    rijen = valideer(
        systeem,
        bron,
        werkgevers,
        lang,
        [],
        argumenten.blokgrootte,
        tel=True,
        gewicht=argumenten.gewicht,
    )
    print(
        f"{bron.naam}: {rijen:,} rows, {len(bron.kolomnamen())} columns, no problems "
        f"({time.perf_counter() - begin:.1f} s)"
    )
    return 0
