"""Reading population tables (CSV or Parquet) in chunks, and turning columns into model arrays.

A CSV file is read with the separator its header uses (`,`, `;` or a tab) unless one is given;
a spreadsheet in a Dutch locale writes `;` with a decimal comma (`4000,50`). With `;` or a tab as
separator a comma inside a number can only be a decimal comma, and it is read as one when the
file does not also write decimal points.
"""

import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from openfisca_core.indexed_enums import EnumArray

from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID, WERKGEVER_ID, Kolom

FORMATEN = (".csv", ".parquet")
SCHEIDINGSTEKENS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}
PROEF = 1 << 20
BESTAND = b"arbeidsmigratie.bestand"
EXPORT = (
    "export the sheet as 'CSV UTF-8 (comma delimited)' with a decimal point, or give the "
    "separator with --scheiding"
)


class BestandFout(ValueError):
    """A population file that does not exist or has an unknown format."""


def controleer_pad(pad) -> Path:
    pad = Path(pad)
    if not pad.is_file():
        raise BestandFout(f"file not found: {pad}")
    if pad.suffix.lower() not in FORMATEN:
        raise BestandFout(f"{pad}: unknown format '{pad.suffix}'; accepted: .csv, .parquet")
    return pad


def scheidingsteken(pad, gegeven: str | None = None) -> str:
    """The separator of a CSV file: the one given, else the one its header line uses most."""
    if gegeven is not None:
        if gegeven not in SCHEIDINGSTEKENS:
            raise BestandFout(f"unknown separator {gegeven!r}; accepted: ',', ';', 'tab'")
        return SCHEIDINGSTEKENS[gegeven]
    with open(pad, encoding="utf-8-sig", errors="replace") as bestand:
        kop = bestand.readline()
    aantallen = {teken: kop.count(teken) for teken in (",", ";", "\t")}
    teken = max(aantallen, key=aantallen.get)
    return teken if aantallen[teken] else ","


def decimaalteken(pad, scheiding: str) -> str:
    """`,` when the file writes numbers with a decimal comma (only possible without `,` as
    separator) and never with a decimal point; else `.`."""
    if scheiding == ",":
        return "."
    with open(pad, encoding="utf-8-sig", errors="replace") as bestand:
        proef = bestand.read(PROEF)
    s = re.escape(scheiding)
    cel = r"(?:^|(?<={s})) *-?\d+{d}\d+ *(?=$|{s})"
    komma = re.search(cel.format(s=s, d=","), proef, re.MULTILINE)
    punt = re.search(cel.format(s=s, d=r"\."), proef, re.MULTILINE)
    if komma and punt:
        raise BestandFout(
            f"{pad}: numbers are written both with a decimal comma ({komma.group().strip()!r}) "
            f"and with a decimal point ({punt.group().strip()!r}); {EXPORT}"
        )
    return "," if komma else "."


def _csv_opties(pad, scheiding: str):
    kop = _open_csv(pad, scheiding).schema.names
    tekst = {naam: pa.string() for naam in kop if naam in (PERSOON_ID, WERKGEVER_ID)}
    return pacsv.ConvertOptions(
        column_types=tekst,
        true_values=["true", "True", "TRUE"],
        false_values=["false", "False", "FALSE"],
        strings_can_be_null=True,
        decimal_point=decimaalteken(pad, scheiding),
    )


def _open_csv(pad, scheiding, **opties):
    try:
        return pacsv.open_csv(pad, parse_options=pacsv.ParseOptions(delimiter=scheiding), **opties)
    except pa.ArrowInvalid as fout:
        raise _leesfout(pad, scheiding, fout) from None


def _leesfout(pad, scheiding, fout) -> BestandFout:
    naam = {",": "','", ";": "';'", "\t": "a tab"}[scheiding]
    return BestandFout(
        f"{pad}: cannot be read as CSV with {naam} as separator: {fout}. A row with more cells "
        f"than the header often means a decimal comma in a comma-separated file; {EXPORT}"
    )


def kolomnamen(pad, scheiding: str | None = None) -> list[str]:
    pad = controleer_pad(pad)
    if pad.suffix.lower() == ".parquet":
        return pq.ParquetFile(pad).schema_arrow.names
    return _open_csv(pad, scheidingsteken(pad, scheiding)).schema.names


def aantal_rijen(pad) -> int | None:
    pad = controleer_pad(pad)
    if pad.suffix.lower() == ".parquet":
        return pq.ParquetFile(pad).metadata.num_rows
    return None


def lees_blokken(pad, blokgrootte: int, scheiding: str | None = None):
    """Yield the table in chunks of at most `blokgrootte` rows, as pyarrow Tables."""
    pad = controleer_pad(pad)
    if pad.suffix.lower() == ".parquet":
        for batch in pq.ParquetFile(pad).iter_batches(batch_size=blokgrootte):
            yield pa.Table.from_batches([batch])
        return
    scheiding = scheidingsteken(pad, scheiding)
    lezer = _open_csv(
        pad,
        scheiding,
        read_options=pacsv.ReadOptions(block_size=1 << 24),
        convert_options=_csv_opties(pad, scheiding),
    )
    buffer, rijen = [], 0
    while True:
        try:
            batch = lezer.read_next_batch()
        except StopIteration:
            break
        except pa.ArrowInvalid as fout:
            raise _leesfout(pad, scheiding, fout) from None
        buffer.append(batch)
        rijen += batch.num_rows
        while rijen >= blokgrootte:
            tabel = pa.Table.from_batches(buffer)
            yield tabel.slice(0, blokgrootte)
            rest = tabel.slice(blokgrootte)
            buffer, rijen = rest.to_batches(), rest.num_rows
    if rijen:
        yield pa.Table.from_batches(buffer)


def lees_tabel(pad, scheiding: str | None = None) -> pa.Table:
    """A whole table, labelled with the file it came from (see `bestandsnaam`)."""
    pad = controleer_pad(pad)
    if pad.suffix.lower() == ".parquet":
        tabel = pq.read_table(pad)
    else:
        scheiding = scheidingsteken(pad, scheiding)
        try:
            tabel = pacsv.read_csv(
                pad,
                parse_options=pacsv.ParseOptions(delimiter=scheiding),
                convert_options=_csv_opties(pad, scheiding),
            )
        except pa.ArrowInvalid as fout:
            raise _leesfout(pad, scheiding, fout) from None
    return tabel.replace_schema_metadata({**(tabel.schema.metadata or {}), BESTAND: str(pad)})


def bestandsnaam(tabel: pa.Table, standaard: str) -> str:
    """The file a table was read from, for messages; `standaard` for a table built in memory."""
    metadata = tabel.schema.metadata or {}
    return metadata[BESTAND].decode() if BESTAND in metadata else standaard


def naar_model(kolom: Kolom, array) -> np.ndarray:
    """A validated column as the array the model takes: enum indices, bools or numbers."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if kolom.soort == "enum":
        codes = array if pa.types.is_dictionary(array.type) else array.dictionary_encode()
        leden = kolom.variabele.possible_values
        index = np.array([leden[c].index for c in codes.dictionary.to_pylist()], dtype=np.int16)
        waarden = index[np.asarray(codes.indices)] if len(index) else np.zeros(0, dtype=np.int16)
        return EnumArray(waarden, leden)
    if kolom.soort == "bool":
        return np.asarray(array, dtype=bool)
    return np.asarray(array, dtype=np.int32 if kolom.soort == "int" else np.float32)
