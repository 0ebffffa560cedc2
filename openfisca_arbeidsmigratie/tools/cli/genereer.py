"""`arbeidsmigratie genereer`: the synthetic population as a table."""

import os
from pathlib import Path

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bereik import controleer_datum
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


def schrijf(blokken, pad: Path) -> int:
    """Chunks of one table as CSV or Parquet by the file's extension, streamed into a temporary
    file beside `pad` (one Parquet row group per chunk) and moved into place whole, or not at all.
    Returns the number of rows."""
    tijdelijk = pad.with_name(f".{pad.name}.{os.getpid()}.tmp")
    rijen = 0
    schrijver = None
    try:
        for blok in blokken:
            blok = _als_tekst(blok) if pad.suffix.lower() == ".csv" else blok
            if schrijver is None:
                schrijver = _schrijver(blok.schema, tijdelijk, pad.suffix.lower())
            schrijver.write_table(blok)
            rijen += blok.num_rows
        schrijver.close()
        os.replace(tijdelijk, pad)
    finally:
        tijdelijk.unlink(missing_ok=True)
    return rijen


def _schrijver(schema, pad: Path, soort: str):
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    if soort == ".csv":
        return pacsv.CSVWriter(pad, schema)
    return pq.ParquetWriter(pad, schema)


def _als_tekst(tabel):
    """Dictionary-encoded columns as plain text: CSV has no dictionaries."""
    import pyarrow as pa

    tekst = pa.schema(
        [
            veld.with_type(pa.string()) if pa.types.is_dictionary(veld.type) else veld
            for veld in tabel.schema
        ]
    )
    return tabel.cast(tekst)


def genereer_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer_blokken
    from openfisca_arbeidsmigratie.tools.bevolking.lezen import FORMATEN, BestandFout

    pad = Path(argumenten.uitvoer)
    if pad.suffix.lower() not in FORMATEN:
        raise BestandFout(f"{pad}: unknown format '{pad.suffix}'; accepted: {', '.join(FORMATEN)}")
    systeem = CountryTaxBenefitSystem()
    controleer_datum(argumenten.datum)
    werkgevers, personen = genereer_blokken(
        systeem, argumenten.aantal, argumenten.zaad, argumenten.datum
    )
    pad.parent.mkdir(parents=True, exist_ok=True)
    werkgeverpad = pad.with_name(f"{pad.stem}_werkgevers{pad.suffix}")
    aantal = schrijf(personen, pad)
    schrijf([werkgevers], werkgeverpad)
    print(
        f"Written: {pad} ({aantal:,} persons), {werkgeverpad} ({werkgevers.num_rows:,} employers)"
    )
    return 0
