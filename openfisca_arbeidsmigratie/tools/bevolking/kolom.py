"""One input column of a population table: its type, how it is read, how it is checked, and the
array the model takes from it. Every path (`bevolking`, `valideer`, `drempel`, `Populatie`, the
werkbank's population panel) reads and checks a column here and nowhere else.

Nothing is coerced: a wrong type, an empty cell, an unknown code or a negative amount is a
problem, given to a `validatie.Verzamelaar` with its rows and its values.
"""

import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from openfisca_core.indexed_enums import Enum, EnumArray

from openfisca_arbeidsmigratie.model.invoer import bereik, toegestaan

EXPORT = (
    "export the sheet as 'CSV UTF-8 (comma delimited)' with a decimal point, or give the "
    "separator with --scheiding"
)
PATRONEN = {
    "int": re.compile(r"^\s*[+-]?\d+\s*$"),
    "float": re.compile(r"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$"),
    "bool": re.compile(r"^(true|false|True|False|TRUE|FALSE|WAAR|ONWAAR)$"),
}
DECIMAALKOMMA = re.compile(r"^\s*[+-]?[\d.]*\d,\d+\s*$")
# WAAR/ONWAAR: what a spreadsheet in a Dutch locale writes for a boolean.
WAAR, ONWAAR = ["true", "True", "TRUE", "WAAR"], ["false", "False", "FALSE", "ONWAAR"]
# An enum column's dictionary of at most this many codes is checked code by code in Python, which
# for a few codes is faster than building Arrow's hash set (`pc.is_in`).
KLEIN_WOORDENBOEK = 1024
GETAL = r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$"


# --- the type ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kolom:
    naam: str
    variabele: object
    soort: str  # "enum", "bool", "int" or "float"

    @property
    def leden(self) -> list[str]:
        return list(self.variabele.possible_values.__members__) if self.soort == "enum" else []

    def toegestaan(self) -> str:
        if self.soort == "enum":
            leden = self.leden
            if len(leden) > 12:
                return f"one of {len(leden)} codes such as {', '.join(leden[:6])}"
            return "one of " + ", ".join(leden)
        return toegestaan(self.variabele)

    @property
    def bereik(self) -> tuple:
        return bereik(self.variabele)


@dataclass(frozen=True)
class Gewichtkolom(Kolom):
    """The `--gewicht` column: a finite number >= 0 per person, not a model variable."""

    def toegestaan(self) -> str:
        return "a finite number >= 0"

    @property
    def bereik(self) -> tuple:
        return 0.0, float(np.finfo(np.float64).max)


def gewichtkolom(naam: str) -> Kolom:
    return Gewichtkolom(naam, None, "float")


def soort_van(variabele) -> str:
    if variabele.value_type == Enum:
        return "enum"
    return {bool: "bool", int: "int", float: "float"}[variabele.value_type]


# --- reading ----------------------------------------------------------------------------------


def typeer(kolom: Kolom, array):
    """A text column of a CSV file as the type of its variable: (typed array, mask of the cells
    that are neither empty nor of that type), or (array, None) when it is not text. Spaces
    around a value (` 35 `) are not part of it."""
    if not pa.types.is_string(array.type) or kolom.soort == "enum":
        return array, None
    aanwezig = array.is_valid()
    array = pc.utf8_trim_whitespace(array)
    if kolom.soort == "bool":
        waar = pc.is_in(array, value_set=pa.array(WAAR))
        goed = pc.or_(waar, pc.is_in(array, value_set=pa.array(ONWAAR)))
        getypt = pc.if_else(goed, waar, pa.scalar(None, pa.bool_()))
    else:
        goed = pc.match_substring_regex(array, GETAL).fill_null(False)
        getypt = pc.if_else(goed, array, pa.scalar(None, pa.string())).cast(pa.float64())
    fout = np.asarray(pc.and_(aanwezig, pc.invert(goed)).fill_null(False))
    return getypt, fout


def gewichten(blok: pa.Table, naam: str) -> np.ndarray:
    """The checked weight column of a chunk as numbers (read from CSV as text, see `typeer`)."""
    getypt, _ = typeer(gewichtkolom(naam), blok.column(naam))
    return np.asarray(getypt, dtype=np.float64)


# --- the model's array ------------------------------------------------------------------------


def als_array(array):
    """A column of a table as one Arrow array: a single chunk as it is (`combine_chunks` copies
    even one chunk), several joined."""
    if isinstance(array, pa.ChunkedArray):
        return array.chunk(0) if array.num_chunks == 1 else array.combine_chunks()
    return array


def naar_model(kolom: Kolom, array) -> np.ndarray:
    """A validated column as the array the model takes: enum indices, bools or numbers."""
    array = als_array(array)
    if kolom.soort == "enum":
        codes, index = _enumcodes(kolom, array)
        waarden = index[np.asarray(codes.indices)] if len(index) else np.zeros(0, dtype=np.int16)
        return EnumArray(waarden, kolom.variabele.possible_values)
    array, _ = typeer(kolom, array)
    if kolom.soort == "bool":
        return np.asarray(array, dtype=bool)
    return np.asarray(array, dtype=np.int32 if kolom.soort == "int" else np.float32)


def naar_model_in(kolom: Kolom, array, uit: np.ndarray) -> None:
    """`naar_model` written into `uit` (a month's row of a chunk's history), not a new array."""
    array = als_array(array)
    if kolom.soort == "enum" and len(array):
        codes, index = _enumcodes(kolom, array)
        np.take(index, np.asarray(codes.indices), out=uit)
    else:
        uit[:] = np.asarray(naar_model(kolom, array))


def _enumcodes(kolom: Kolom, array) -> tuple:
    """(the column as a dictionary, the enum index of each dictionary entry)."""
    codes = array if pa.types.is_dictionary(array.type) else array.dictionary_encode()
    leden = kolom.variabele.possible_values
    # A dictionary may hold codes no row uses, as a pandas category nobody has (validation
    # checked the codes the rows use): such an entry maps to 0, and no row points at it.
    index = np.array(
        [leden[c].index if c in leden.__members__ else 0 for c in codes.dictionary.to_pylist()],
        dtype=np.int16,
    )
    return codes, index


# --- checks -----------------------------------------------------------------------------------


def _is_numeriek(type_) -> bool:
    return pa.types.is_integer(type_) or pa.types.is_floating(type_)


def _is_tekst_type(type_) -> bool:
    return pa.types.is_string(type_) or pa.types.is_large_string(type_)


def controleer(verzamelaar, kolom: Kolom, array, eerste_rij: int, naam=None, tekst=False):
    """Check one column of one chunk against the variable it feeds; `tekst`: read from CSV, every
    column as text to be read as the variable's type."""
    naam = naam or kolom.naam
    array = als_array(array)
    if _codes_bekend(kolom, array):
        return
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    if not tekst and _zonder_fouten(kolom, array):
        return
    rijen = np.arange(eerste_rij, eerste_rij + len(array))
    leeg = np.asarray(array.is_null())
    if leeg.any():
        waarden = [None] * int(leeg.sum())
        uitleg = f"empty cells; accepted: {kolom.toegestaan()}"
        verzamelaar.voeg_toe(naam, "leeg", rijen[leeg], waarden, uitleg)
    array = _getypt(verzamelaar, kolom, naam, array, rijen, tekst)
    if kolom.soort == "enum":
        _controleer_codes(verzamelaar, kolom, naam, array, rijen, leeg)
    elif kolom.soort == "bool":
        if not pa.types.is_boolean(array.type):
            _typefout(verzamelaar, naam, rijen, array, leeg, "accepted: true or false", "bool")
    elif not _is_numeriek(array.type):
        toegestaan_ = f"accepted: {kolom.toegestaan()}"
        _typefout(verzamelaar, naam, rijen, array, leeg, toegestaan_, kolom.soort)
    else:
        _controleer_getallen(verzamelaar, kolom, naam, array, rijen)


def _codes_bekend(kolom: Kolom, array) -> bool:
    """An enum column held as a dictionary without empty cells whose every code is a member."""
    if not (pa.types.is_dictionary(array.type) and kolom.soort == "enum" and not array.null_count):
        return False
    codes = array.dictionary
    if len(codes) <= KLEIN_WOORDENBOEK and _is_tekst_type(codes.type):
        leden = kolom.variabele.possible_values.__members__
        return all(code in leden for code in codes.to_pylist())
    return pc.all(pc.is_in(codes, value_set=pa.array(kolom.leden))).as_py()


def _getypt(verzamelaar, kolom: Kolom, naam, origineel, rijen, tekst: bool):
    """A CSV text column as its variable's type; the cells that are not of it reported."""
    array, geen_type = typeer(kolom, origineel) if tekst else (origineel, None)
    if geen_type is not None and geen_type.any():
        reden = "not true or false" if kolom.soort == "bool" else "not a number"
        cellen = origineel.filter(pa.array(geen_type)).to_pylist()
        if kolom.soort != "bool" and any(DECIMAALKOMMA.match(cel) for cel in cellen):
            reden += f" (a decimal comma or thousands separators? {EXPORT})"
        uitleg = f"{reden}; accepted: {kolom.toegestaan()}"
        verzamelaar.voeg_toe(naam, "tekst", rijen[geen_type], cellen, uitleg)
    return array


def _controleer_codes(verzamelaar, kolom: Kolom, naam, array, rijen, leeg):
    if not _is_tekst_type(array.type):
        _typefout(verzamelaar, naam, rijen, array, leeg, f"accepted: {kolom.toegestaan()}")
        return
    slecht = ~np.asarray(pc.is_in(array, value_set=pa.array(kolom.leden))) & ~leeg
    if slecht.any():
        uitleg = f"unknown value; accepted: {kolom.toegestaan()}"
        verzamelaar.voeg_toe(naam, "lid", rijen[slecht], np.asarray(array)[slecht], uitleg)


def _meld(verzamelaar, naam, soort, rijen, array, masker, reden, kolom: Kolom):
    if masker.any():
        waarden = array.filter(pa.array(masker)).to_pylist()
        uitleg = f"{reden}; accepted: {kolom.toegestaan()}"
        verzamelaar.voeg_toe(naam, soort, rijen[masker], waarden, uitleg)


def _controleer_getallen(verzamelaar, kolom: Kolom, naam, array, rijen):
    """Whole numbers where the variable is whole, finite, and within the variable's range."""
    if kolom.soort == "int" and pa.types.is_floating(array.type):
        breuk = pc.and_(pc.is_finite(array), pc.not_equal(array, pc.round(array)))
        breuk = np.asarray(breuk.fill_null(False))
        _meld(verzamelaar, naam, "breuk", rijen, array, breuk, "not a whole number", kolom)
    laag, hoog = kolom.bereik
    geldig = array.is_valid()
    getallen = array.cast(pa.float64(), safe=False)
    eindig = pc.is_finite(getallen)
    oneindig = np.asarray(pc.and_(pc.invert(eindig), geldig).fill_null(False))
    _meld(verzamelaar, naam, "eindig", rijen, array, oneindig, "not a finite number", kolom)
    slecht = pc.or_(pc.less(getallen, laag), pc.greater(getallen, hoog))
    slecht = np.asarray(pc.and_(pc.and_(slecht, eindig), geldig).fill_null(False))
    reden = "outside the accepted range"
    _meld(verzamelaar, naam, "bereik", rijen, array, slecht, reden, kolom)


def _zonder_fouten(kolom: Kolom, array) -> bool:
    """True when a typed column without empty cells is certainly valid: a bool column, or numbers
    whose smallest and largest are finite and within the range (and whole, for a whole-number
    variable). Otherwise the checks find and name every bad cell."""
    if array.null_count or not len(array):
        return False
    if kolom.soort == "bool":
        return pa.types.is_boolean(array.type)
    if kolom.soort not in ("int", "float") or not _is_numeriek(array.type):
        return False
    waarden = array.to_numpy(zero_copy_only=False)
    laag, hoog = kolom.bereik
    kleinste, grootste = waarden.min(), waarden.max()
    if not (np.isfinite(kleinste) and np.isfinite(grootste)):
        return False
    if not (laag <= kleinste and grootste <= hoog):
        return False
    return not (
        kolom.soort == "int" and waarden.dtype.kind == "f" and (waarden != np.round(waarden)).any()
    )


def _typefout(verzamelaar, naam, rijen, array, leeg, toegestaan_: str, soort=None):
    """The cells of a column whose values are not of the column's type, each with its value.

    A CSV column with one cell that is not a number is read as text as a whole: the cells that
    are not numbers are the ones at fault. With no such cell (text in a Parquet file, a number
    in a column of names), every cell is."""
    waarden = np.asarray(array.to_pylist(), dtype=object)
    patroon = PATRONEN.get(soort)
    if patroon is not None and _is_tekst_type(array.type):
        slecht = np.array([w is not None and not patroon.match(w) for w in waarden], dtype=bool)
    elif soort == "int" and pa.types.is_floating(array.type):
        getallen = np.asarray(array.cast(pa.float64()).fill_null(0.0))
        slecht = ~np.isfinite(getallen) | (getallen != np.round(getallen))
    else:
        slecht = ~leeg
    if not slecht.any():
        slecht = ~leeg
    if not slecht.any():
        return
    komma = soort in ("int", "float") and any(
        isinstance(w, str) and DECIMAALKOMMA.match(w) for w in waarden[slecht]
    )
    wenk = f" (a decimal comma or thousands separators? {EXPORT})" if komma else ""
    verzamelaar.voeg_toe(
        naam,
        "type",
        rijen[slecht],
        waarden[slecht].tolist(),
        f"not of the column's type{wenk}; {toegestaan_}",
    )
