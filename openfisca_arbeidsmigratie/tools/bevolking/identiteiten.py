"""The identifiers of a whole table, checked for repeats without holding them in memory.

A run checks that no `persoon_id` is used twice over the whole table, but reads the table in
chunks. Each chunk's identifiers are reduced to a 64-bit hash (FNV-1a over their UTF-8 bytes) and
written with their row numbers into one of 64 files by the hash's first bits, so memory does not
grow with the table. At the end each file is sorted on its own; rows whose hash occurs more than
once are the only candidates (equal identifiers have equal hashes), and their identifiers are read
back from the input and compared as text, so a repeat is reported exactly and a collision of
hashes never is.
"""

import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

EMMERS = 64
EMMERBITS = np.uint64(64 - 6)
FNV_BEGIN = np.uint64(14695981039346656037)
FNV_PRIEM = np.uint64(1099511628211)
VOORVOEGSEL = 256
PAAR = np.dtype([("sleutel", "<u8"), ("rij", "<i8")])


def sleutels(ids: pa.Array) -> np.ndarray:
    """FNV-1a (64 bits) of each identifier's first `VOORVOEGSEL` UTF-8 bytes, then of its length.

    Equal identifiers get equal keys, which is all the check needs (candidates are compared as
    text), and the work is bounded by the prefix, whatever the longest identifier: a loop over the
    byte positions, each step over the identifiers at least that long (longest first).
    """
    ids = ids.cast(pa.large_string())
    _, offsets, data = ids.buffers()
    grenzen = np.frombuffer(offsets, dtype=np.int64)[ids.offset : ids.offset + len(ids) + 1]
    tekens = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(1, np.uint8)
    lengte = np.diff(grenzen)
    volgorde = np.argsort(-lengte, kind="stable")
    begin, lengte = grenzen[:-1][volgorde], lengte[volgorde]
    langer = -lengte
    gesorteerd = np.full(len(ids), FNV_BEGIN, dtype=np.uint64)
    for positie in range(min(int(lengte[0]), VOORVOEGSEL) if len(lengte) else 0):
        aantal = int(np.searchsorted(langer, -positie, side="left"))
        teken = tekens[begin[:aantal] + positie].astype(np.uint64)
        gesorteerd[:aantal] = (gesorteerd[:aantal] ^ teken) * FNV_PRIEM
    gesorteerd = (gesorteerd ^ lengte.astype(np.uint64)) * FNV_PRIEM
    uit = np.empty_like(gesorteerd)
    uit[volgorde] = gesorteerd
    return uit


class Identiteiten:
    """Collects the identifiers of a table chunk by chunk, in input order; `dubbel` at the end."""

    def __init__(self):
        self.map = tempfile.TemporaryDirectory(prefix="arbeidsmigratie-ids-")
        self.paden = [Path(self.map.name) / f"{emmer:02d}" for emmer in range(EMMERS)]
        self.bestanden = [pad.open("ab") for pad in self.paden]

    def voeg_toe(self, ids: pa.Array, eerste_rij: int):
        """The identifiers of one chunk whose first row is `eerste_rij`; empty ones are left out
        (they are reported as empty)."""
        gevuld = np.asarray(pc.utf8_length(ids.cast(pa.string())).fill_null(0)) > 0
        if not gevuld.any():
            return
        paren = np.empty(int(gevuld.sum()), dtype=PAAR)
        paren["sleutel"] = sleutels(ids.filter(pa.array(gevuld)))
        paren["rij"] = np.flatnonzero(gevuld) + eerste_rij
        emmer = (paren["sleutel"] >> EMMERBITS).astype(np.uint8)
        paren = paren[np.argsort(emmer, kind="stable")]
        grenzen = np.concatenate([[0], np.cumsum(np.bincount(emmer, minlength=EMMERS))])
        for nummer, bestand in enumerate(self.bestanden):
            if grenzen[nummer] < grenzen[nummer + 1]:
                paren[grenzen[nummer] : grenzen[nummer + 1]].tofile(bestand)

    def dubbel(self, lees) -> tuple[np.ndarray, list]:
        """(rows that use an identifier used on an earlier row, their identifiers).

        `lees(rijen)` gives the identifiers of the given rows (sorted), as text; they are compared
        as Arrow compares text, exactly.
        """
        kandidaten = []
        for bestand, pad in zip(self.bestanden, self.paden, strict=True):
            bestand.close()
            paren = np.fromfile(pad, dtype=PAAR)
            paren = paren[np.argsort(paren["sleutel"], kind="stable")]
            zelfde = paren["sleutel"][1:] == paren["sleutel"][:-1]
            if zelfde.any():
                gedeeld = np.zeros(len(paren), dtype=bool)
                gedeeld[1:] |= zelfde
                gedeeld[:-1] |= zelfde
                kandidaten.append(paren["rij"][gedeeld])
            pad.unlink()
        self.sluit()
        if not kandidaten:
            return np.zeros(0, dtype=np.int64), []
        rijen = np.sort(np.concatenate(kandidaten))
        waarden = pa.array(lees(rijen), type=pa.string())
        codes = np.asarray(waarden.dictionary_encode().indices)
        _, eerste = np.unique(codes, return_index=True)
        herhaald = np.ones(len(rijen), dtype=bool)
        herhaald[eerste] = False
        return rijen[herhaald], waarden.filter(pa.array(herhaald)).to_pylist()

    def sluit(self):
        """Close and remove the bucket files (again without harm)."""
        for bestand in self.bestanden:
            bestand.close()
        self.map.cleanup()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.sluit()
