"""Validation of population tables before any computation: every problem, with its row.

Rows are numbered from 1, the first data row (the header of a CSV file is not counted).
Nothing is coerced: a wrong type, an empty cell, an unknown code or a negative amount is an error.
"""

from collections import defaultdict

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    VERPLICHT,
    WERKGEVER_ID,
    Kolom,
    maandkolom,
)

VOORBEELDEN_PER_PROBLEEM = 5


class ValidatieFout(ValueError):
    """A population table with problems; `problemen` lists them."""

    def __init__(self, bron: str, problemen: list[str]):
        self.bron = bron
        self.problemen = problemen
        super().__init__(
            f"{bron}: {len(problemen)} problem(s), nothing was computed:\n"
            + "\n".join(f"  - {p}" for p in problemen)
        )


class Verzamelaar:
    """Collects problems over the chunks of a table: per column and kind, examples and a count."""

    def __init__(self):
        self.soorten = {}
        self.aantallen = defaultdict(int)
        self.voorbeelden = defaultdict(list)

    def voeg_toe(self, kolom, soort, rijen, waarden, uitleg):
        sleutel = (kolom, soort)
        self.soorten[sleutel] = uitleg
        self.aantallen[sleutel] += len(rijen)
        ruimte = VOORBEELDEN_PER_PROBLEEM - len(self.voorbeelden[sleutel])
        for rij, waarde in list(zip(rijen, waarden, strict=True))[: max(ruimte, 0)]:
            self.voorbeelden[sleutel].append(f"row {rij}: {waarde!r}")

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
        for sleutel, uitleg in self.soorten.items():
            kolom, soort = sleutel
            if not soort:
                uit.append(uitleg)
                continue
            aantal = self.aantallen[sleutel]
            voorbeelden = "; ".join(self.voorbeelden[sleutel])
            meer = f" (and {aantal - len(self.voorbeelden[sleutel])} more)" if aantal > 5 else ""
            kern, _, toegestaan = uitleg.partition("; accepted: ")
            staart = f"; accepted: {toegestaan}" if toegestaan else ""
            uit.append(f"column '{kolom}': {kern}: {voorbeelden}{meer}{staart}")
        return uit


def _is_numeriek(type_) -> bool:
    return pa.types.is_integer(type_) or pa.types.is_floating(type_)


def controleer_kolom(verzamelaar, kolom: Kolom, array, eerste_rij: int, naam=None):
    """Check one column of one chunk against the variable it feeds."""
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
    if kolom.soort == "enum":
        if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
            verzamelaar.voeg_toe(
                naam,
                "type",
                rijen[:1],
                [str(array.type)],
                f"expected member names as text, got type {array.type}; "
                f"accepted: {kolom.toegestaan()}",
            )
            return
        slecht = ~np.asarray(pc.is_in(array, value_set=pa.array(kolom.leden)).fill_null(True))
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
            verzamelaar.voeg_toe(
                naam,
                "type",
                rijen[:1],
                [str(array.type)],
                f"expected true or false, got type {array.type}",
            )
    else:
        if not _is_numeriek(array.type) or (
            kolom.soort == "int" and not pa.types.is_integer(array.type)
        ):
            verzamelaar.voeg_toe(
                naam,
                "type",
                rijen[:1],
                [str(array.type)],
                f"expected {kolom.toegestaan()}, got type {array.type}",
            )
            return
        waarden = np.asarray(array.cast(pa.float64()).fill_null(0.0))
        slecht = ~np.isfinite(waarden) | (waarden < 0)
        if slecht.any():
            verzamelaar.voeg_toe(
                naam,
                "bereik",
                rijen[slecht],
                waarden[slecht].tolist(),
                f"negative or not a number; accepted: {kolom.toegestaan()}",
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
    for naam in blok.column_names:
        maand = maandkolom(naam)
        if naam in (PERSOON_ID, WERKGEVER_ID):
            continue
        if maand:
            controleer_kolom(
                verzamelaar, geschiedenis[maand[0]], blok.column(naam), eerste_rij, naam
            )
        elif naam in kolommen:
            controleer_kolom(verzamelaar, kolommen[naam], blok.column(naam), eerste_rij)
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
    """Identifiers used more than once over the whole table (rows after the first use).

    A stable sort brings equal identifiers together: over millions of rows it needs far less
    memory and time than a hash table.
    """
    if not gezien:
        return
    alle = pa.chunked_array(gezien, type=pa.string())
    if len(alle) < 2:
        return
    volgorde = pc.sort_indices(alle)
    gesorteerd = alle.take(volgorde).combine_chunks()
    volgende, vorige = gesorteerd.slice(1), gesorteerd.slice(0, len(gesorteerd) - 1)
    gelijk = np.asarray(pc.equal(volgende, vorige).fill_null(False))
    gelijk &= np.asarray(pc.utf8_length(volgende).fill_null(0)) > 0
    if gelijk.any():
        plek = np.sort(np.asarray(volgorde)[np.flatnonzero(gelijk) + 1])
        waarden = np.asarray(alle.take(pa.array(plek)))
        verzamelaar.voeg_toe(naam, "dubbel", plek + 1, waarden, "identifier used more than once")


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
            + (", verblijfsdoel_YYYY_MM, buiten_nederland_YYYY_MM" if geschiedenis else "")
        )
    ontbrekend = [n for n in verplicht if n not in namen]
    if ontbrekend:
        verzamelaar.los(f"missing required columns: {', '.join(ontbrekend)}")
