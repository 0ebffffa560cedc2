"""The Dask runner: how a LocalCluster's workers start, and the trim-threshold warning."""

import gc
import importlib.util
import multiprocessing

import pytest

from openfisca_arbeidsmigratie.tools.bevolking.cluster import (
    LOKAAL,
    verbinding,
    waarschuw_voor_trim,
)


def test_trimdrempel_genoemd(capsys):
    waarschuw_voor_trim({"tcp://a:1": "65536", "tcp://b:1": None, "tcp://c:1": "65536"})
    fout = capsys.readouterr().err
    assert "2 of 3 Dask workers run with MALLOC_TRIM_THRESHOLD_=65536" in fout
    assert "docs/analyst.md" in fout


def test_zonder_trimdrempel_stil(capsys):
    waarschuw_voor_trim({"tcp://a:1": None, "tcp://b:1": None})
    assert capsys.readouterr().err == ""


def test_lokale_werkers_erven_het_systeem(systeem):
    """Forked LocalCluster workers start with current law built and the walks loaded."""
    pytest.importorskip("dask.distributed")
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this system")

    def toestand():
        import sys

        from openfisca_arbeidsmigratie.tools.bevolking import cluster

        geladen = "openfisca_arbeidsmigratie.model.numba_kernen" in sys.modules
        return cluster.werkerstaat["systeem"] is not None, geladen

    with verbinding(LOKAAL, 2, systeem) as client:
        gecompileerd = importlib.util.find_spec("numba") is not None
        assert set(client.run(toestand).values()) == {(True, gecompileerd)}
    assert gc.get_freeze_count() == 0
