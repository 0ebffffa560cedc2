"""Validation of population tables before any computation: every problem, with its row.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first person row 2 (in a
Parquet file too, as if it were opened as a sheet). Nothing is coerced: a wrong type, an empty
cell, an unknown code or a negative amount is an error, shown with its row and its value.
"""

import re
from collections import defaultdict

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.identiteiten import Identiteiten
from openfisca_arbeidsmigratie.tools.bevolking.lezen import is_tekst, typeer
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    EERSTE_MAAND,
    LAATSTE_MAAND,
    PERSOON_ID,
    VERPLICHT,
    WERKGEVER_ID,
    Kolom,
    maandkolom,
)

VOORBEELDEN_PER_PROBLEEM = 5
KOPREGELS = 1
RIJNUMMERS = "rows as a spreadsheet shows them: the header is row 1"
PATRONEN = {
    "int": re.compile(r"^\s*[+-]?\d+\s*$"),
    "float": re.compile(r"^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$"),
    "bool": re.compile(r"^(true|false|True|False|TRUE|FALSE|WAAR|ONWAAR)$"),
}
DECIMAALKOMMA = re.compile(r"^\s*[+-]?[\d.]*\d,\d+\s*$")


class ValidatieFout(ValueError):
    """A population table with problems; `problemen` lists them."""

    def __init__(self, bron: str, problemen: list[str]):
        self.bron = bron
        self.problemen = problemen
        super().__init__(
            f"{bron}: {len(problemen)} problem(s), nothing was computed ({RIJNUMMERS}):\n"
            + "\n".join(f"  - {p}" for p in problemen)
        )


class Verzamelaar:
    """Collects problems over the chunks of a table: per column and kind, examples and a count."""

    def __init__(self, bestand: str | None = None):
        self.bestand = bestand
        self.soorten = {}
        self.aantallen = defaultdict(int)
        self.voorbeelden = defaultdict(list)

    def voeg_toe(self, kolom, soort, rijen, waarden, uitleg):
        sleutel = (kolom, soort)
        self.soorten[sleutel] = uitleg
        self.aantallen[sleutel] += len(rijen)
        ruimte = VOORBEELDEN_PER_PROBLEEM - len(self.voorbeelden[sleutel])
        for rij, waarde in list(zip(rijen, waarden, strict=True))[: max(ruimte, 0)]:
            cel = "" if waarde is None else f": {waarde!r}"
            self.voorbeelden[sleutel].append(f"row {rij + KOPREGELS}{cel}")

    def voeg_samen(self, andere: "Verzamelaar"):
        """Add the problems of a later chunk (examples stay in row order)."""
        for sleutel, uitleg in andere.soorten.items():
            self.soorten[sleutel] = uitleg
            self.aantallen[sleutel] += andere.aantallen[sleutel]
            ruimte = VOORBEELDEN_PER_PROBLEEM - len(self.voorbeelden[sleutel])
            self.voorbeelden[sleutel].extend(andere.voorbeelden[sleutel][: max(ruimte, 0)])

    def los(self, tekst):
        self.soorten[(tekst, "")] = tekst
        self.aantallen[(tekst, "")] += 1

    def problemen(self) -> list[str]:
        uit = []
        voor = f"{self.bestand}: " if self.bestand else ""
        for sleutel, uitleg in self.soorten.items():
            kolom, soort = sleutel
            if not soort:
                uit.append(voor + uitleg)
                continue
            aantal = self.aantallen[sleutel]
            voorbeelden = "; ".join(self.voorbeelden[sleutel])
            meer = f" (and {aantal - len(self.voorbeelden[sleutel])} more)" if aantal > 5 else ""
            kern, _, toegestaan = uitleg.partition("; accepted: ")
            staart = f"; accepted: {toegestaan}" if toegestaan else ""
            uit.append(f"{voor}column '{kolom}': {kern}: {voorbeelden}{meer}{staart}")
        return uit


def _is_numeriek(type_) -> bool:
    return pa.types.is_integer(type_) or pa.types.is_floating(type_)


def controleer_kolom(verzamelaar, kolom: Kolom, array, eerste_rij: int, naam=None, tekst=False):
    """Check one column of one chunk against the variable it feeds; `tekst`: read from CSV, every
    column as text to be read as the variable's type."""
    naam = naam or kolom.naam
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if (
        pa.types.is_dictionary(array.type)
        and kolom.soort == "enum"
        and not array.null_count
        and pc.all(pc.is_in(array.dictionary, value_set=pa.array(kolom.leden))).as_py()
    ):
        return
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    if not tekst and _zonder_fouten(kolom, array):
        return
    rijen = np.arange(eerste_rij, eerste_rij + len(array))
    leeg = np.asarray(array.is_null())
    if leeg.any():
        verzamelaar.voeg_toe(
            naam,
            "leeg",
            rijen[leeg],
            [None] * int(leeg.sum()),
            f"empty cells; accepted: {kolom.toegestaan()}",
        )
    origineel = array
    array, geen_type = typeer(kolom, origineel) if tekst else (array, None)
    if geen_type is not None and geen_type.any():
        reden = "not true or false" if kolom.soort == "bool" else "not a number"
        cellen = origineel.filter(pa.array(geen_type)).to_pylist()
        if kolom.soort != "bool" and any(DECIMAALKOMMA.match(cel) for cel in cellen):
            reden += f" (a decimal comma or thousands separators? {lezen.EXPORT})"
        verzamelaar.voeg_toe(
            naam, "tekst", rijen[geen_type], cellen, f"{reden}; accepted: {kolom.toegestaan()}"
        )
    if kolom.soort == "enum":
        if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
            _typefout(verzamelaar, naam, rijen, array, leeg, f"accepted: {kolom.toegestaan()}")
            return
        slecht = ~np.asarray(pc.is_in(array, value_set=pa.array(kolom.leden))) & ~leeg
        if slecht.any():
            verzamelaar.voeg_toe(
                naam,
                "lid",
                rijen[slecht],
                np.asarray(array)[slecht],
                f"unknown value; accepted: {kolom.toegestaan()}",
            )
    elif kolom.soort == "bool":
        if not pa.types.is_boolean(array.type):
            _typefout(verzamelaar, naam, rijen, array, leeg, "accepted: true or false", "bool")
    else:
        if not _is_numeriek(array.type):
            _typefout(
                verzamelaar,
                naam,
                rijen,
                array,
                leeg,
                f"accepted: {kolom.toegestaan()}",
                kolom.soort,
            )
            return
        if kolom.soort == "int" and pa.types.is_floating(array.type):
            breuk = pc.and_(pc.is_finite(array), pc.not_equal(array, pc.round(array)))
            breuk = np.asarray(breuk.fill_null(False))
            if breuk.any():
                verzamelaar.voeg_toe(
                    naam,
                    "breuk",
                    rijen[breuk],
                    array.filter(pa.array(breuk)).to_pylist(),
                    f"not a whole number; accepted: {kolom.toegestaan()}",
                )
        laag, hoog = kolom.bereik
        geldig = array.is_valid()
        getallen = array.cast(pa.float64(), safe=False)
        eindig = pc.is_finite(getallen)
        oneindig = np.asarray(pc.and_(pc.invert(eindig), geldig).fill_null(False))
        if oneindig.any():
            verzamelaar.voeg_toe(
                naam,
                "eindig",
                rijen[oneindig],
                array.filter(pa.array(oneindig)).to_pylist(),
                f"not a finite number; accepted: {kolom.toegestaan()}",
            )
        slecht = pc.or_(pc.less(getallen, laag), pc.greater(getallen, hoog))
        slecht = np.asarray(pc.and_(pc.and_(slecht, eindig), geldig).fill_null(False))
        if slecht.any():
            verzamelaar.voeg_toe(
                naam,
                "bereik",
                rijen[slecht],
                array.filter(pa.array(slecht)).to_pylist(),
                f"outside the accepted range; accepted: {kolom.toegestaan()}",
            )


def _zonder_fouten(kolom: Kolom, array) -> bool:
    """True when a typed column without empty cells is certainly valid: a bool column, or numbers
    whose smallest and largest are finite and within the range (and whole, for a whole-number
    variable). Otherwise the checks below find and name every bad cell."""
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


def _typefout(verzamelaar, naam, rijen, array, leeg, toegestaan: str, soort=None):
    """The cells of a column whose values are not of the column's type, each with its value.

    A CSV column with one cell that is not a number is read as text as a whole: the cells that
    are not numbers are the ones at fault. With no such cell (text in a Parquet file, a number
    in a column of names), every cell is."""
    waarden = np.asarray(array.to_pylist(), dtype=object)
    patroon = PATRONEN.get(soort)
    if patroon is not None and (
        pa.types.is_string(array.type) or pa.types.is_large_string(array.type)
    ):
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
    wenk = f" (a decimal comma or thousands separators? {lezen.EXPORT})" if komma else ""
    verzamelaar.voeg_toe(
        naam,
        "type",
        rijen[slecht],
        waarden[slecht].tolist(),
        f"not of the column's type{wenk}; {toegestaan}",
    )


def controleer_blok(
    verzamelaar,
    blok: pa.Table,
    eerste_rij: int,
    kolommen,
    geschiedenis,
    ids: set,
    werkgever_ids=None,
):
    """Check one chunk of the persons table."""
    tekst = is_tekst(blok)
    for naam in blok.column_names:
        maand = maandkolom(naam)
        if naam in (PERSOON_ID, WERKGEVER_ID):
            continue
        if maand:
            controleer_kolom(
                verzamelaar, geschiedenis[maand[0]], blok.column(naam), eerste_rij, naam, tekst
            )
        elif naam in kolommen:
            controleer_kolom(
                verzamelaar, kolommen[naam], blok.column(naam), eerste_rij, tekst=tekst
            )
    if PERSOON_ID in blok.column_names:
        controleer_ids(verzamelaar, PERSOON_ID, blok.column(PERSOON_ID), eerste_rij, ids)
    if werkgever_ids is not None and WERKGEVER_ID in blok.column_names:
        kolom = blok.column(WERKGEVER_ID).cast(pa.string())
        onbekend = ~np.asarray(pc.is_in(kolom, value_set=werkgever_ids).fill_null(False))
        if onbekend.any():
            waarden = np.asarray(kolom)
            rijen = np.arange(eerste_rij, eerste_rij + len(waarden))
            verzamelaar.voeg_toe(
                WERKGEVER_ID,
                "onbekend",
                rijen[onbekend],
                waarden[onbekend],
                "not in the employers table",
            )


def controleer_ids(verzamelaar, naam, kolom, eerste_rij, gezien: list):
    """Empty identifiers in one chunk; `gezien` collects the chunks for `controleer_dubbel`."""
    if isinstance(kolom, pa.ChunkedArray):
        kolom = kolom.combine_chunks()
    kolom = kolom.cast(pa.string())
    leeg = np.asarray(kolom.is_null()) | (np.asarray(pc.utf8_length(kolom).fill_null(0)) == 0)
    if leeg.any():
        rijen = np.arange(eerste_rij, eerste_rij + len(kolom))
        verzamelaar.voeg_toe(
            naam, "leeg", rijen[leeg], [None] * int(leeg.sum()), "empty identifier"
        )
    gezien.append(kolom)


def controleer_dubbel(verzamelaar, naam, gezien: list):
    """Identifiers used more than once over a table given whole (`gezien`: its chunks)."""
    alle = pa.chunked_array(gezien, type=pa.string())
    with Identiteiten() as identiteiten:
        eerste_rij = 1
        for kolom in gezien:
            identiteiten.voeg_toe(kolom, eerste_rij)
            eerste_rij += len(kolom)
        meld_dubbel(verzamelaar, naam, identiteiten, lambda rijen: alle.take(pa.array(rijen - 1)))


def meld_dubbel(verzamelaar, naam, identiteiten, lees_ids):
    """Report the rows (after the first use) whose identifier an earlier row already used;
    `lees_ids(rijen)` reads the identifiers of candidate rows back (see `Identiteiten`)."""
    rijen, waarden = identiteiten.dubbel(lees_ids)
    if len(rijen):
        verzamelaar.voeg_toe(naam, "dubbel", rijen, waarden, "identifier used more than once")


def controleer_kolomnamen(
    verzamelaar,
    namen,
    kolommen,
    verplicht=VERPLICHT,
    extra=(PERSOON_ID, WERKGEVER_ID),
    geschiedenis=True,
):
    onbekend = [
        n
        for n in namen
        if n not in kolommen and n not in extra and not (geschiedenis and maandkolom(n))
    ]
    if onbekend:
        verzamelaar.los(
            f"unknown columns: {', '.join(onbekend)}; accepted: {', '.join(extra)}, "
            f"{', '.join(kolommen)}"
            + (
                ", verblijfsdoel_YYYY_MM, buiten_nederland_YYYY_MM "
                f"(months {EERSTE_MAAND} to {LAATSTE_MAAND})"
                if geschiedenis
                else ""
            )
        )
    ontbrekend = [n for n in verplicht if n not in namen]
    if ontbrekend:
        verzamelaar.los(f"missing required columns: {', '.join(ontbrekend)}")
