"""Reading population tables (CSV or Parquet) in chunks, and turning columns into model arrays."""

import contextlib
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from openfisca_core.indexed_enums import EnumArray

from openfisca_arbeidsmigratie.tools.bevolking.schema import Kolom

FORMATEN = (".csv", ".parquet")


class BestandFout(ValueError):
    """A population file that does not exist, has an unknown format or cannot be read."""


@contextlib.contextmanager
def leesfouten(pad):
    """Turn what pyarrow raises on a malformed file into one BestandFout naming the file."""
    soort = "Parquet" if Path(pad).suffix.lower() == ".parquet" else "CSV"
    try:
        yield
    except BestandFout:
        raise
    except (pa.ArrowException, OSError, UnicodeDecodeError, KeyError) as fout:
        tekst = str(fout).strip("'\"") or type(fout).__name__
        if isinstance(fout, UnicodeDecodeError):
            tekst = "not UTF-8 text (save the file as CSV UTF-8)"
        raise BestandFout(f"{pad}: cannot read as {soort}: {tekst}") from None


def _unieke_namen(pad, namen) -> list[str]:
    dubbel = [naam for naam, aantal in Counter(namen).items() if aantal > 1]
    if dubbel:
        raise BestandFout(f"{pad}: column(s) given more than once: {', '.join(dubbel)}")
    return list(namen)


def controleer_pad(pad) -> Path:
    pad = Path(pad)
    if not pad.is_file():
        raise BestandFout(f"file not found: {pad}")
    if pad.suffix.lower() not in FORMATEN:
        raise BestandFout(f"{pad}: unknown format '{pad.suffix}'; accepted: .csv, .parquet")
    return pad


def _csv_opties(pad):
    """Every CSV column as text: the schema decides the types (`typeer`), so that a value that is
    not a number in a later chunk is a problem with its row, not a reader error, and `NA` is text
    (Namibia), not a missing value; only a truly empty cell is empty."""
    kop = pacsv.open_csv(pad).schema.names
    return pacsv.ConvertOptions(
        column_types=dict.fromkeys(kop, pa.string()),
        strings_can_be_null=True,
        null_values=[""],
    )


TEKST = {b"bron": b"csv"}


def is_tekst(tabel: pa.Table) -> bool:
    """Whether a table was read from CSV, every column as text (see `typeer`)."""
    return (tabel.schema.metadata or {}).get(b"bron") == b"csv"


WAAR, ONWAAR = ["true", "True", "TRUE"], ["false", "False", "FALSE"]
GETAL = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$"


def typeer(kolom: Kolom, array):
    """A text column of a CSV file as the type of its variable: (typed array, mask of the cells
    that are neither empty nor of that type), or (array, None) when it is not text."""
    if not pa.types.is_string(array.type) or kolom.soort == "enum":
        return array, None
    aanwezig = array.is_valid()
    if kolom.soort == "bool":
        waar = pc.is_in(array, value_set=pa.array(WAAR))
        goed = pc.or_(waar, pc.is_in(array, value_set=pa.array(ONWAAR)))
        getypt = pc.if_else(goed, waar, pa.scalar(None, pa.bool_()))
    else:
        goed = pc.match_substring_regex(array, GETAL).fill_null(False)
        getypt = pc.if_else(goed, array, pa.scalar(None, pa.string())).cast(pa.float64())
    fout = np.asarray(pc.and_(aanwezig, pc.invert(goed)).fill_null(False))
    return getypt, fout


def kolomnamen(pad) -> list[str]:
    pad = controleer_pad(pad)
    with leesfouten(pad):
        if pad.suffix.lower() == ".parquet":
            return _unieke_namen(pad, pq.ParquetFile(pad).schema_arrow.names)
        return _unieke_namen(pad, pacsv.open_csv(pad).schema.names)


def aantal_rijen(pad) -> int | None:
    pad = controleer_pad(pad)
    if pad.suffix.lower() == ".parquet":
        with leesfouten(pad):
            return pq.ParquetFile(pad).metadata.num_rows
    return None


def lees_blokken(pad, blokgrootte: int):
    """Yield the table in chunks of at most `blokgrootte` rows, as pyarrow Tables."""
    pad = controleer_pad(pad)
    kolomnamen(pad)
    with leesfouten(pad):
        yield from _lees_blokken(pad, blokgrootte)


def _lees_blokken(pad, blokgrootte: int):
    if pad.suffix.lower() == ".parquet":
        for batch in pq.ParquetFile(pad).iter_batches(batch_size=blokgrootte):
            yield pa.Table.from_batches([batch])
        return
    lezer = pacsv.open_csv(
        pad,
        read_options=pacsv.ReadOptions(block_size=1 << 22),
        convert_options=_csv_opties(pad),
    )
    buffer, rijen = [], 0
    for batch in lezer:
        buffer.append(batch)
        rijen += batch.num_rows
        while rijen >= blokgrootte:
            tabel = pa.Table.from_batches(buffer)
            yield tabel.slice(0, blokgrootte).replace_schema_metadata(TEKST)
            rest = tabel.slice(blokgrootte)
            buffer, rijen = rest.to_batches(), rest.num_rows
    if rijen:
        yield pa.Table.from_batches(buffer).replace_schema_metadata(TEKST)


def lees_tabel(pad) -> pa.Table:
    pad = controleer_pad(pad)
    kolomnamen(pad)
    with leesfouten(pad):
        if pad.suffix.lower() == ".parquet":
            return pq.read_table(pad)
        tabel = pacsv.read_csv(pad, convert_options=_csv_opties(pad))
        return tabel.replace_schema_metadata(TEKST)


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
    array, _ = typeer(kolom, array)
    if kolom.soort == "bool":
        return np.asarray(array, dtype=bool)
    return np.asarray(array, dtype=np.int32 if kolom.soort == "int" else np.float32)
