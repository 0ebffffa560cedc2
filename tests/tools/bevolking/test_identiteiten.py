"""Repeated identifiers over a whole table, found from hashes kept on disk and confirmed on text."""

import os

import numpy as np
import pyarrow as pa
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import identiteiten
from openfisca_arbeidsmigratie.tools.bevolking.identiteiten import Identiteiten, sleutels


def fnv1a(tekst: str) -> int:
    uitkomst = 14695981039346656037
    for byte in tekst.encode():
        uitkomst = ((uitkomst ^ byte) * 1099511628211) % 2**64
    return uitkomst


def test_sleutels_zijn_fnv1a():
    ids = pa.array(["", "a", "p123", "é€", "x" * 300, None, "a"])
    verwacht = [fnv1a(t or "") for t in ids.to_pylist()]
    assert sleutels(ids).tolist() == verwacht
    assert sleutels(ids.slice(2, 3)).tolist() == verwacht[2:5]


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
    return rijen.tolist(), waarden.tolist(), gelezen


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
