"""Repeated identifiers over a whole table, found from hashes kept on disk and confirmed on text."""

import os

import numpy as np
import pyarrow as pa
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import identiteiten
from openfisca_arbeidsmigratie.tools.bevolking.identiteiten import Identiteiten, sleutels


def fnv1a(tekst: str) -> int:
    """FNV-1a of the first 256 bytes, then of the length in bytes."""
    uitkomst = 14695981039346656037
    tekens = tekst.encode()
    for byte in [*tekens[:256], len(tekens)]:
        uitkomst = ((uitkomst ^ byte) * 1099511628211) % 2**64
    return uitkomst


def test_sleutels_zijn_fnv1a():
    ids = pa.array(["", "a", "p123", "é€", "x" * 300, None, "a", "x" * 257])
    verwacht = [fnv1a(t or "") for t in ids.to_pylist()]
    assert sleutels(ids).tolist() == verwacht
    assert sleutels(ids.slice(2, 3)).tolist() == verwacht[2:5]


def test_lange_identiteiten_exact(monkeypatch):
    """Identifiers that share their first 256 bytes and their length share a key: they are told
    apart on their text."""
    lang = "x" * 300
    delen = [[lang + "a", lang + "b", lang + "a"], ["y" * 5_000_000, lang + "b"]]
    rijen, waarden, _ = herhaald(delen)
    assert (rijen, waarden) == verwacht(delen) == ([3, 5], [lang + "a", lang + "b"])


def herhaald(delen, monkeypatch=None, botsing=False):
    if botsing:
        # Every identifier the same hash: each candidate must be confirmed on its text.
        monkeypatch.setattr(identiteiten, "sleutels", lambda ids: np.zeros(len(ids), np.uint64))
    verzameling = Identiteiten()
    alle, eerste = [], 1
    for deel in delen:
        verzameling.voeg_toe(pa.array(deel), eerste)
        alle.extend(deel)
        eerste += len(deel)
    gelezen = []

    def lees(rijen):
        gelezen.append(len(rijen))
        return [alle[r - 1] for r in rijen]

    rijen, waarden = verzameling.dubbel(lees)
    return rijen.tolist(), waarden, gelezen


def verwacht(delen):
    gezien, uit = set(), []
    for rij, waarde in enumerate([w for d in delen for w in d], 1):
        if waarde and waarde in gezien:
            uit.append((rij, waarde))
        gezien.add(waarde)
    return [r for r, _ in uit], [w for _, w in uit]


@pytest.mark.parametrize("botsing", [False, True])
def test_herhalingen_in_rijvolgorde(monkeypatch, botsing):
    rng = np.random.default_rng(7)
    delen = [[f"id{k}" for k in rng.integers(0, 300, 400)] for _ in range(3)]
    delen[1][5:8] = ["", None, ""]
    rijen, waarden, _ = herhaald(delen, monkeypatch, botsing)
    assert (rijen, waarden) == verwacht(delen)
    assert rijen


def test_zonder_herhaling_niets_teruggelezen():
    rijen, waarden, gelezen = herhaald([[f"p{k}" for k in range(5000)], ["q", "r"]])
    assert rijen == [] and waarden == [] and gelezen == []


def test_tijdelijke_map_opgeruimd():
    verzameling = Identiteiten()
    verzameling.voeg_toe(pa.array(["a", "a"]), 1)
    map_ = verzameling.map.name
    assert verzameling.dubbel(lambda rijen: ["a"] * len(rijen))[0].tolist() == [2]
    assert not os.path.exists(map_)


def test_nul_aan_het_eind_telt_mee():
    """'a' and 'a' followed by a NUL character are different identifiers."""
    delen = [["a", "a", "a\x00", "a\x00"]]
    assert herhaald(delen)[:2] == verwacht(delen) == ([2, 4], ["a", "a\x00"])
