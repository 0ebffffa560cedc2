"""`arbeidsmigratie genereer`: the synthetic population as a table."""

import os
from pathlib import Path

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bereik import controleer_datum
from openfisca_arbeidsmigratie.tools.bevolking.lezen import FORMATEN, BestandFout
from openfisca_arbeidsmigratie.tools.cli.opties import VANDAAG, datum, positief


def registreer(sub) -> None:
    genereer = sub.add_parser(
        "genereer",
        help="write the synthetic population to CSV or Parquet",
        description=(
            "Write the synthetic population the other commands use when no --invoer is given: "
            "the persons to FILE and their employers to FILE_werkgevers, in the format of the "
            "file name's extension (.csv or .parquet)."
        ),
    )
    genereer.add_argument("--aantal", type=positief, default=100_000)
    genereer.add_argument("--zaad", type=int, default=2026)
    genereer.add_argument("--datum", type=datum, default=VANDAAG)
    genereer.add_argument(
        "--uitvoer",
        metavar="FILE",
        default="uitvoer/bevolking.parquet",
        help="the persons file, .csv or .parquet (default: uitvoer/bevolking.parquet)",
    )
    genereer.set_defaults(uitvoeren=genereer_opdracht)


def schrijf(tabel, pad: Path):
    """A table as CSV or Parquet by the file's extension, written whole or not at all."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    tijdelijk = pad.with_name(f".{pad.name}.{os.getpid()}.tmp")
    try:
        if pad.suffix.lower() == ".csv":
            tekst = pa.schema(
                [
                    veld.with_type(pa.string()) if pa.types.is_dictionary(veld.type) else veld
                    for veld in tabel.schema
                ]
            )
            pacsv.write_csv(tabel.cast(tekst), tijdelijk)
        else:
            pq.write_table(tabel, tijdelijk)
        os.replace(tijdelijk, pad)
    finally:
        tijdelijk.unlink(missing_ok=True)


def genereer_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer

    pad = Path(argumenten.uitvoer)
    if pad.suffix.lower() not in FORMATEN:
        raise BestandFout(f"{pad}: unknown format '{pad.suffix}'; accepted: {', '.join(FORMATEN)}")
    systeem = CountryTaxBenefitSystem()
    controleer_datum(argumenten.datum)
    personen, werkgevers = genereer(systeem, argumenten.aantal, argumenten.zaad, argumenten.datum)
    pad.parent.mkdir(parents=True, exist_ok=True)
    werkgeverpad = pad.with_name(f"{pad.stem}_werkgevers{pad.suffix}")
    schrijf(personen, pad)
    schrijf(werkgevers, werkgeverpad)
    print(
        f"Written: {pad} ({personen.num_rows:,} persons), {werkgeverpad} "
        f"({werkgevers.num_rows:,} employers)"
    )
    return 0
