"""Reading population tables (CSV or Parquet) in chunks, and turning columns into model arrays.

A CSV file is read with the separator its header uses (`,`, `;` or a tab) unless one is given,
and its numbers by the file's dialect (`decimaalteken`), never guessed cell by cell:

- decimal comma: `4000,50`; a point only as a thousands separator in groups of three
  (`6.000`, `1.234.567,89`); any other point (`4000.25`) is refused with its row.
- decimal point: `4000.50`; no thousands separator (`"6,000"` is not a number).
- not settled: a cell that reads differently in the two (`6.000`: 6 or 6000) is refused with its
  row; every other number has one reading.

The dialect is settled by the file's own unambiguous numbers (`4000,50`, `5.000,50`, `1.234.567`
for the comma; `4000.5`, `0.125` for the point; both at once is refused). Without them a `;` file
has a decimal comma (a spreadsheet writes `;` exactly where the comma is the decimal sign); a `,`
or tab file is not settled. In a `,` file the comma is never a decimal sign.
"""

import contextlib
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from openfisca_arbeidsmigratie.tools.bevolking.kolom import EXPORT
from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID, WERKGEVER_ID

FORMATEN = (".csv", ".parquet")
SCHEIDINGSTEKENS = {",": ",", ";": ";", "tab": "\t", "\t": "\t"}
PROEF = 1 << 20
BESTAND = b"arbeidsmigratie.bestand"


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
    """The file's dialect: `,` (decimal comma), `.` (decimal point) or `?` (not settled), from
    the unambiguous numbers in its first part (see the module's docstring)."""
    with open(pad, encoding="utf-8-sig", errors="replace") as bestand:
        proef = bestand.read(PROEF)
    s = re.escape(scheiding)
    cel = r"(?:^|(?<={s}))[ \t]*(?:{c})[ \t]*(?=$|{s})"
    komma = re.search(cel.format(s=s, c=KOMMA_BEWIJS), proef, re.MULTILINE)
    punt = re.search(cel.format(s=s, c=PUNT_BEWIJS), proef, re.MULTILINE)
    if scheiding == ",":
        komma = None
    if komma and punt:
        raise BestandFout(
            f"{pad}: numbers are written both with a decimal comma ({komma.group().strip()!r}) "
            f"and with a decimal point ({punt.group().strip()!r}); {EXPORT}"
        )
    if komma or punt:
        return "," if komma else "."
    return "," if scheiding == ";" else "?"


def _csv_opties(pad, scheiding: str):
    """Every CSV column as text: the schema decides the types (`typeer`), so that a value that is
    not a number in a later chunk is a problem with its row, not a reader error, and `NA` is text
    (Namibia), not a missing value; only a truly empty cell is empty."""
    kop = _open_csv(pad, scheiding).schema.names
    return pacsv.ConvertOptions(
        column_types=dict.fromkeys(kop, pa.string()),
        strings_can_be_null=True,
        null_values=[""],
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


TEKST = {b"bron": b"csv"}
_GROEPEN = r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+"
DUBBELZINNIG = r"[+-]?[1-9]\d{0,2}[.,]\d{3}"
KOMMA_BEWIJS = rf"(?!{DUBBELZINNIG}[ \t]*(?:$|[^\d]))(?:{_GROEPEN}(?:,\d+)?|[+-]?\d+,\d+)"
PUNT_BEWIJS = rf"(?!{DUBBELZINNIG}[ \t]*(?:$|[^\d]))[+-]?\d+\.\d+"
NL_GETAL = rf"^\s*({_GROEPEN}|[+-]?\d+)(?:,(\d+))?\s*$"
PUNTGETAL = r"^\s*[+-]?\d*\.\d+\s*$"
UITLEG = {
    ",": "this file writes decimal commas, so a point can only separate thousands in groups of "
    "three (6.000, 1.234.567,89)",
    "?": "it is 6 with a decimal point and 6000 with a thousands separator, and no other number "
    "in the file settles which; write whole numbers without a thousands separator (6000)",
}


def _als_tekst(tabel: pa.Table, decimaal: str, pad, eerste_rij: int = 0) -> pa.Table:
    """Label a CSV table as text, its numbers read by the file's dialect (`decimaalteken`): with a
    decimal comma, `5.000,50` becomes `5000.50`; a cell whose reading the dialect leaves open
    is refused with its row (`eerste_rij`: rows before this chunk). Identifiers are left alone."""
    for i, naam in enumerate(tabel.column_names):
        if naam in (PERSOON_ID, WERKGEVER_ID) or decimaal == ".":
            continue
        kolom = tabel.column(i)
        fout = PUNTGETAL if decimaal == "," else rf"^\s*{DUBBELZINNIG}\s*$"
        slecht = pc.match_substring_regex(kolom, fout).fill_null(False)
        if decimaal == ",":
            nl = pc.match_substring_regex(kolom, NL_GETAL).fill_null(False)
            slecht = pc.and_(slecht, pc.invert(nl))
        if pc.any(slecht).as_py():
            rij = pc.index(slecht, True).as_py()
            raise BestandFout(
                f"{pad}: column '{naam}', row {eerste_rij + rij + 2}: "
                f"{kolom[rij].as_py().strip()!r} is refused: {UITLEG[decimaal]}; {EXPORT}"
            )
        if decimaal == ",":
            punt = pc.replace_substring(pc.replace_substring(kolom, ".", ""), ",", ".")
            tabel = tabel.set_column(i, naam, pc.if_else(nl, punt, kolom))
    return tabel.replace_schema_metadata({**(tabel.schema.metadata or {}), **TEKST})


def is_tekst(tabel: pa.Table) -> bool:
    """Whether a table was read from CSV, every column as text (see `typeer`)."""
    return (tabel.schema.metadata or {}).get(b"bron") == b"csv"


def controleer_parquet_schema(pad, schema: pa.Schema) -> None:
    """Refuse a Parquet column that holds more than one value per cell (lists, structs, maps), or
    identifiers as bytes."""
    for veld in schema:
        soort = veld.type
        if pa.types.is_dictionary(soort):
            soort = soort.value_type
        if pa.types.is_nested(soort):
            raise BestandFout(
                f"{pad}: column '{veld.name}' holds values of type {veld.type}; accepted: one "
                "value per cell (text, a number or true/false)"
            )
        if veld.name in (PERSOON_ID, WERKGEVER_ID) and (
            pa.types.is_binary(soort)
            or pa.types.is_large_binary(soort)
            or pa.types.is_fixed_size_binary(soort)
        ):
            raise BestandFout(
                f"{pad}: column '{veld.name}' holds values of type {veld.type} (bytes); "
                "accepted: identifiers as text or numbers"
            )


def _is_tekst_type(soort) -> bool:
    return pa.types.is_string(soort) or pa.types.is_large_string(soort)


def controleer_tekst(pad, tabel: pa.Table, eerste_rij: int) -> None:
    """Refuse text in a Parquet table that is not valid UTF-8 (a file written with the bytes of
    another encoding), naming the column and the row (`eerste_rij`: rows before this table)."""
    for naam, kolom in zip(tabel.column_names, tabel.columns, strict=True):
        begin = eerste_rij
        for deel in kolom.chunks:
            woordenboek = pa.types.is_dictionary(deel.type)
            waarden = deel.dictionary if woordenboek else deel
            if _is_tekst_type(waarden.type):
                try:
                    waarden.validate(full=True)
                except pa.ArrowInvalid:
                    raise BestandFout(
                        f"{pad}: column '{naam}', {_slechte_tekst(deel, begin)} is not valid UTF-8 "
                        "text; accepted: text saved as UTF-8"
                    ) from None
            begin += len(deel)


def _slechte_tekst(deel, eerste_rij: int) -> str:
    """Where the first cell that is not UTF-8 is, and its bytes (only called on an error)."""
    woordenboek = pa.types.is_dictionary(deel.type)
    waarden = deel.dictionary if woordenboek else deel
    waarden = waarden.view(pa.binary() if pa.types.is_string(waarden.type) else pa.large_binary())
    for plaats, waarde in enumerate(waarden.to_pylist()):
        try:
            (waarde or b"").decode("utf-8")
        except UnicodeDecodeError:
            if not woordenboek:
                return f"row {eerste_rij + plaats + 2}: {waarde!r}"
            rijen = np.flatnonzero(np.asarray(deel.indices.fill_null(-1)) == plaats)
            if len(rijen):
                return f"row {eerste_rij + int(rijen[0]) + 2}: {waarde!r}"
            return f"an unused code of its dictionary ({waarde!r})"
    return "a cell"


def kolomnamen(pad, scheiding: str | None = None) -> list[str]:
    pad = controleer_pad(pad)
    with leesfouten(pad):
        if pad.suffix.lower() == ".parquet":
            return _unieke_namen(pad, pq.ParquetFile(pad).schema_arrow.names)
        namen = _open_csv(pad, scheidingsteken(pad, scheiding)).schema.names
        return _unieke_namen(pad, namen)


def aantal_rijen(pad) -> int | None:
    pad = controleer_pad(pad)
    if pad.suffix.lower() == ".parquet":
        with leesfouten(pad):
            return pq.ParquetFile(pad).metadata.num_rows
    return None


def lees_blokken(pad, blokgrootte: int, scheiding: str | None = None):
    """Yield the table in chunks of at most `blokgrootte` rows, as pyarrow Tables."""
    pad = controleer_pad(pad)
    kolomnamen(pad, scheiding)
    with leesfouten(pad):
        yield from _lees_blokken(pad, blokgrootte, scheiding)


def parquetblokken(bestand: pq.ParquetFile, blokgrootte: int, kolommen=None):
    """A Parquet file's rows in chunks of `blokgrootte` (the last one smaller), as pyarrow Tables
    (of the columns `kolommen` only, when given).

    A file whose row groups are at most a chunk each is read row group by row group: half the
    memory of `iter_batches`, which reads ahead over several row groups at once, and faster. A
    file with larger row groups is read in batches, so that memory does not grow with them.
    """
    meta = bestand.metadata
    groepen = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    if any(aantal > blokgrootte for aantal in groepen):
        for batch in bestand.iter_batches(batch_size=blokgrootte, columns=kolommen):
            yield pa.Table.from_batches([batch])
        return
    buffer, rijen = [], 0
    for groep, aantal in enumerate(groepen):
        if aantal:
            buffer.append(bestand.read_row_group(groep, columns=kolommen))
            rijen += aantal
        while rijen >= blokgrootte:
            samen = buffer[0] if len(buffer) == 1 else pa.concat_tables(buffer)
            yield samen.slice(0, blokgrootte)
            rest = samen.slice(blokgrootte)
            buffer, rijen = ([rest] if rest.num_rows else []), rest.num_rows
    if rijen:
        yield buffer[0] if len(buffer) == 1 else pa.concat_tables(buffer)


def _lees_blokken(pad, blokgrootte: int, scheiding):
    if pad.suffix.lower() == ".parquet":
        bestand = pq.ParquetFile(pad)
        controleer_parquet_schema(pad, bestand.schema_arrow)
        gelezen = 0
        for tabel in parquetblokken(bestand, blokgrootte):
            controleer_tekst(pad, tabel, gelezen)
            gelezen += tabel.num_rows
            yield tabel
        return
    scheiding = scheidingsteken(pad, scheiding)
    decimaal = decimaalteken(pad, scheiding)
    lezer = _open_csv(
        pad,
        scheiding,
        read_options=pacsv.ReadOptions(block_size=1 << 22),
        convert_options=_csv_opties(pad, scheiding),
    )
    buffer, rijen, gelezen = [], 0, 0
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
            yield _als_tekst(tabel.slice(0, blokgrootte), decimaal, pad, gelezen)
            gelezen += blokgrootte
            rest = tabel.slice(blokgrootte)
            buffer, rijen = rest.to_batches(), rest.num_rows
    if rijen:
        yield _als_tekst(pa.Table.from_batches(buffer), decimaal, pad, gelezen)


def lees_tabel(pad, scheiding: str | None = None) -> pa.Table:
    """A whole table, labelled with the file it came from (see `bestandsnaam`)."""
    pad = controleer_pad(pad)
    kolomnamen(pad, scheiding)
    with leesfouten(pad):
        if pad.suffix.lower() == ".parquet":
            tabel = pq.ParquetFile(pad).read()  # not read_table: it imports pyarrow.dataset
            controleer_parquet_schema(pad, tabel.schema)
            controleer_tekst(pad, tabel, 0)
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
            tabel = _als_tekst(tabel, decimaalteken(pad, scheiding), pad)
    return tabel.replace_schema_metadata({**(tabel.schema.metadata or {}), BESTAND: str(pad)})


def bestandsnaam(tabel: pa.Table, standaard: str) -> str:
    """The file a table was read from, for messages; `standaard` for a table built in memory."""
    metadata = tabel.schema.metadata or {}
    return metadata[BESTAND].decode() if BESTAND in metadata else standaard


def ids_op(blokken, rijen: np.ndarray) -> list:
    """The `persoon_id` values, as text, of the rows numbered from 1 (sorted) of a table given in
    chunks."""
    uit, eerste = [], 1
    for blok in blokken:
        binnen = rijen[(rijen >= eerste) & (rijen < eerste + blok.num_rows)] - eerste
        if len(binnen):
            kolom = blok.column(PERSOON_ID).cast(pa.string())
            uit.extend(kolom.take(pa.array(binnen)).to_pylist())
        eerste += blok.num_rows
    return uit
