"""Validation of population tables before any computation: every problem, with its row.

Rows are numbered as a spreadsheet shows them: the header is row 1, the first person row 2 (in a
Parquet file too, as if it were opened as a sheet). Nothing is coerced: a wrong type, an empty
cell, an unknown code or a negative amount is an error, shown with its row and its value.
"""

from collections import defaultdict

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from openfisca_arbeidsmigratie.tools.bevolking.identiteiten import Identiteiten
from openfisca_arbeidsmigratie.tools.bevolking.kolom import controleer
from openfisca_arbeidsmigratie.tools.bevolking.lezen import is_tekst
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    EERSTE_MAAND,
    LAATSTE_MAAND,
    PERSOON_ID,
    VERPLICHT,
    WERKGEVER_ID,
    maandkolom,
)

VOORBEELDEN_PER_PROBLEEM = 5
KOPREGELS = 1
RIJNUMMERS = "rows as a spreadsheet shows them: the header is row 1"


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


def controleer_blok(
    verzamelaar,
    blok: pa.Table,
    eerste_rij: int,
    kolommen,
    geschiedenis,
    ids: set,
    werkgever_plekken=None,
):
    """Check one chunk of the persons table; `werkgever_plekken`: each person's row in the
    employers table, -1 where the employer is not there (`rekenen.Werkgevers.plekken`)."""
    tekst = is_tekst(blok)
    for naam in blok.column_names:
        maand = maandkolom(naam)
        if naam in (PERSOON_ID, WERKGEVER_ID):
            continue
        if maand:
            controleer(
                verzamelaar, geschiedenis[maand[0]], blok.column(naam), eerste_rij, naam, tekst
            )
        elif naam in kolommen:
            controleer(verzamelaar, kolommen[naam], blok.column(naam), eerste_rij, tekst=tekst)
    if PERSOON_ID in blok.column_names:
        controleer_ids(verzamelaar, PERSOON_ID, blok.column(PERSOON_ID), eerste_rij, ids)
    if werkgever_plekken is not None:
        onbekend = werkgever_plekken < 0
        if onbekend.any():
            waarden = np.asarray(blok.column(WERKGEVER_ID).cast(pa.string()))
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
