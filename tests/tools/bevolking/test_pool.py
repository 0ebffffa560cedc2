"""The process pool's workers: each takes its share of the cores for Arrow's threads, and they run
without numpy's huge pages, which are on again in this process once the pool is done."""

import os

import pyarrow as pa
import pytest

from openfisca_arbeidsmigratie.model import motor
from openfisca_arbeidsmigratie.tools.bevolking import pool
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron
from openfisca_arbeidsmigratie.tools.kern import geheugen

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers")
SCHAKELAAR = motor.hugepageschakelaar()


def _toestand(stuk, eerste_rij, blokgrootte):
    """In a worker, in place of a chunk: its huge-page switch and its Arrow threads."""
    aan = SCHAKELAAR(False)
    SCHAKELAAR(aan)
    return [(aan, pa.cpu_count())]


def test_werkers_zonder_hugepages_met_hun_deel_van_de_kernen(systeem, monkeypatch):
    monkeypatch.delenv(geheugen.NUMPY_HUGEPAGE, raising=False)
    monkeypatch.setattr(pool, "_verwerk", _toestand)
    monkeypatch.setattr(pool, "beschikbare_kernen", lambda: 6)
    personen, _ = genereer(systeem, 30, zaad=1, datum="2026-06-15")
    opdracht = Opdracht("2026-06-15", alleen_controleren=True)
    vorige, draden = SCHAKELAAR(True), pa.cpu_count()
    pa.set_cpu_count(8)
    try:
        uit = list(pool.pooldelen(systeem, opdracht, Bron("t", tabel=personen), 10, 2))
        assert uit == [(False, 3)] * 3
        assert SCHAKELAAR(vorige) is True
    finally:
        SCHAKELAAR(vorige)
        pa.set_cpu_count(draden)
