"""Argument types and options that several subcommands share."""

import argparse
import math
from datetime import date

VANDAAG = date.today().isoformat()


def datum(tekst: str) -> str:
    try:
        return date.fromisoformat(tekst).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date '{tekst}': expected YYYY-MM-DD") from None


def positief(tekst: str) -> int:
    if not tekst.isdigit() or int(tekst) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got '{tekst}'")
    return int(tekst)


def eindig(tekst: str) -> float:
    try:
        waarde = float(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got '{tekst}'") from None
    if not math.isfinite(waarde):
        raise argparse.ArgumentTypeError(f"expected a finite number, got '{tekst}'")
    return waarde


def percentage(tekst: str) -> float:
    try:
        waarde = float(tekst.rstrip("%")) / 100
    except ValueError:
        waarde = math.nan
    if not math.isfinite(waarde):
        raise argparse.ArgumentTypeError(f"expected a percentage such as -20%, got '{tekst}'")
    return waarde


def bevolkingsopties(opdracht, standaard_aantal):
    bron = opdracht.add_mutually_exclusive_group()
    bron.add_argument("--invoer", metavar="FILE", help="persons table (.csv or .parquet)")
    bron.add_argument(
        "--aantal",
        type=positief,
        default=standaard_aantal,
        help=f"size of the generated population (default {standaard_aantal:,})",
    )
    opdracht.add_argument(
        "--werkgevers",
        metavar="FILE",
        help="employers table joined by werkgever_id (.csv or .parquet)",
    )
    opdracht.add_argument(
        "--geschiedenis",
        metavar="FILE",
        help="long history table: persoon_id, maand, verblijfsdoel, buiten_nederland",
    )
    opdracht.add_argument(
        "--datum", type=datum, default=VANDAAG, help="judge everyone on this date (default: today)"
    )
    opdracht.add_argument(
        "--scheiding",
        choices=[",", ";", "tab"],
        metavar="SEP",
        help="separator of the CSV files: ',', ';' or 'tab' (default: the one the header uses)",
    )
    opdracht.add_argument("--zaad", type=int, default=2026, help="seed of the generator")
    opdracht.add_argument(
        "--blokgrootte", type=positief, default=100_000, help="persons per chunk (bounds memory)"
    )
    opdracht.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster: a scheduler address (tcp://host:8786), or 'lokaal' for a "
        "LocalCluster on this machine; needs the [dask] extra and Parquet input on storage "
        "every worker can read",
    )


def werkers(argumenten) -> int:
    """--processen, or every core this process may use."""
    from openfisca_arbeidsmigratie.tools.bevolking.pool import beschikbare_kernen

    return getattr(argumenten, "processen", None) or beschikbare_kernen()


def lijst(tekst: str) -> list[str]:
    return [deel.strip() for deel in tekst.split(",") if deel.strip()]


def bevolkingsbron(argumenten, systeem):
    """The persons, employers and long history of a run: a file, or the generator."""
    from openfisca_arbeidsmigratie.model.bereik import controleer_datum
    from openfisca_arbeidsmigratie.tools.bevolking import lezen
    from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron

    controleer_datum(argumenten.datum)
    scheiding = argumenten.scheiding
    werkgevers = lang = None
    if argumenten.werkgevers:
        werkgevers = lezen.lees_tabel(argumenten.werkgevers, scheiding)
    if argumenten.geschiedenis:
        lang = lezen.lees_tabel(argumenten.geschiedenis, scheiding)
    if argumenten.invoer:
        pad = lezen.controleer_pad(argumenten.invoer)
        return Bron(str(argumenten.invoer), pad=pad, scheiding=scheiding), (werkgevers, lang)
    personen, gegenereerd = genereer(systeem, argumenten.aantal, argumenten.zaad, argumenten.datum)
    bron = Bron(f"generated population ({argumenten.aantal:,} persons, seed {argumenten.zaad})")
    bron.tabel = personen
    return bron, (werkgevers if werkgevers is not None else gegenereerd, lang)


def toon(waarde) -> str:
    if waarde is None:
        return "(none)"
    if isinstance(waarde, list):
        return "[" + ", ".join(map(str, waarde)) + "]"
    return str(waarde)
