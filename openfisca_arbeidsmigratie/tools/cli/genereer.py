"""`arbeidsmigratie genereer`: the synthetic population as a table."""

from pathlib import Path

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.cli.opties import VANDAAG, datum, positief


def registreer(sub) -> None:
    genereer = sub.add_parser("genereer", help="write the synthetic population to Parquet")
    genereer.add_argument("--aantal", type=positief, default=100_000)
    genereer.add_argument("--zaad", type=int, default=2026)
    genereer.add_argument("--datum", type=datum, default=VANDAAG)
    genereer.add_argument("--uitvoer", metavar="FILE.parquet", default="uitvoer/bevolking.parquet")
    genereer.set_defaults(uitvoeren=genereer_opdracht)


def genereer_opdracht(argumenten) -> int:
    import pyarrow.parquet as pq

    from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer

    systeem = CountryTaxBenefitSystem()
    personen, werkgevers = genereer(systeem, argumenten.aantal, argumenten.zaad, argumenten.datum)
    pad = Path(argumenten.uitvoer)
    pad.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(personen, pad)
    werkgeverpad = pad.with_name(pad.stem + "_werkgevers.parquet")
    pq.write_table(werkgevers, werkgeverpad)
    print(
        f"Written: {pad} ({personen.num_rows:,} persons), {werkgeverpad} "
        f"({werkgevers.num_rows:,} employers)"
    )
    return 0
