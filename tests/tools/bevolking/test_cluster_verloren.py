"""When every Dask worker dies, a run ends with one clear message (exit status 2) and the
earlier results intact, not a Dask traceback (issue 20, item 10)."""

import contextlib

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import cluster
from openfisca_arbeidsmigratie.tools.cli import main

DATUM = "2026-06-15"


class VerlorenClient:
    """A client whose every task ends as a dead cluster's do: with `fout`."""

    def __init__(self, fout):
        self.fout = fout

    def scatter(self, waarden, broadcast=False):
        return list(waarden)

    def submit(self, *argumenten, **opties):
        fout = self.fout

        class Taak:
            def result(self):
                raise fout

            def release(self):
                pass

        return Taak()


def _fouten():
    distributed = pytest.importorskip("distributed")
    from distributed.client import FutureCancelledError
    from distributed.comm.core import CommClosedError

    return [
        FutureCancelledError("deel-1", "scheduler-connection-lost"),
        distributed.KilledWorker("deel-1", "tcp://127.0.0.1:1", allowed_failures=3),
        CommClosedError("in <TCP (closed)>: Stream is closed"),
    ]


@pytest.mark.parametrize("soort", range(3))
def test_alle_werkers_dood(tmp_path, capsys, monkeypatch, soort):
    fout = _fouten()[soort]
    pad = tmp_path / "p.parquet"
    personen = {"persoon_id": ["a", "b"], "nationaliteit": ["IN", "NO"], "leeftijd": [30, 40]}
    pq.write_table(pa.table({**personen, "bruto_maandloon": [6000.0, 3000.0]}), pad)
    uit = tmp_path / "u"
    argumenten = ["bevolking", "--invoer", str(pad), "--datum", DATUM, "--uitvoer", str(uit)]
    assert main(argumenten) == 0
    voor = {p.name: p.read_bytes() for p in uit.iterdir()}
    capsys.readouterr()

    @contextlib.contextmanager
    def verbinding(adres, werkers, systeem=None):
        yield VerlorenClient(fout)

    monkeypatch.setattr(cluster, "verbinding", verbinding)
    assert main([*argumenten, "--dask", "lokaal"]) == 2
    melding = capsys.readouterr().err
    assert melding.startswith("arbeidsmigratie: error: the Dask cluster lost its workers")
    assert type(fout).__name__ in melding and "earlier results are as they were" in melding
    assert len(melding.strip().splitlines()) == 1 and "Traceback" not in melding
    assert {p.name: p.read_bytes() for p in uit.iterdir()} == voor
    assert not [p.name for p in tmp_path.rglob("*") if ".tmp" in p.name]


def test_rekenfout_blijft_een_rekenfout(systeem, tmp_path):
    """An error of the computation itself is not taken for lost workers."""
    pytest.importorskip("distributed")
    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron

    tabel = pa.table(
        {"persoon_id": ["a"], "nationaliteit": ["IN"], "leeftijd": [30], "bruto_maandloon": [1.0]}
    )
    with pytest.raises(ZeroDivisionError):
        cluster.draai_op_cluster(
            VerlorenClient(ZeroDivisionError()),
            systeem,
            Opdracht(DATUM),
            Bron("p", tabel=tabel),
            10,
        )
