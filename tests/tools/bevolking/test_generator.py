"""The synthetic population is made chunk by chunk: the same whole or streamed."""

import numpy as np
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import generator
from openfisca_arbeidsmigratie.tools.cli import main

DATUM = "2026-06-15"


@pytest.fixture
def kleine_blokken(monkeypatch):
    monkeypatch.setattr(generator, "BLOK", 400)


def test_blokken_samen_gelijk_aan_geheel(systeem, kleine_blokken):
    personen, werkgevers = generator.genereer(systeem, 1_000, zaad=9, datum=DATUM)
    tabel, blokken = generator.genereer_blokken(systeem, 1_000, zaad=9, datum=DATUM)
    rijen = [blok.num_rows for blok in blokken]
    assert rijen == [400, 400, 200]
    assert tabel.equals(werkgevers)
    ids = personen.column("persoon_id").to_pylist()
    assert ids == [f"p{i}" for i in range(1, 1_001)]


def test_blokken_verschillen_onderling(systeem, kleine_blokken):
    personen, _ = generator.genereer(systeem, 800, zaad=9, datum=DATUM)
    lonen = personen.column("bruto_maandloon").to_numpy()
    assert not np.array_equal(lonen[:400], lonen[400:])


def test_werkgevers_van_alle_blokken_bestaan(systeem, kleine_blokken):
    personen, werkgevers = generator.genereer(systeem, 1_000, zaad=3, datum=DATUM)
    gebruikt = set(personen.column("werkgever_id").to_pylist())
    assert gebruikt <= set(werkgevers.column("werkgever_id").to_pylist())
    assert werkgevers.num_rows == 125


def test_genereer_schrijft_rijgroepen_per_blok(tmp_path, kleine_blokken, capsys):
    pad = tmp_path / "p.parquet"
    assert main(["genereer", "--aantal", "1000", "--datum", DATUM, "--uitvoer", str(pad)]) == 0
    bestand = pq.ParquetFile(pad)
    groepen = [bestand.metadata.row_group(i).num_rows for i in range(bestand.num_row_groups)]
    assert groepen == [400, 400, 200]
    assert "1,000 persons" in capsys.readouterr().out
    assert not list(tmp_path.glob(".*tmp"))


def test_genereer_csv_gestroomd(tmp_path, kleine_blokken, systeem):
    pad = tmp_path / "p.csv"
    assert main(["genereer", "--aantal", "900", "--datum", DATUM, "--uitvoer", str(pad)]) == 0
    regels = pad.read_text().splitlines()
    assert len(regels) == 901
    assert regels[0].startswith('"persoon_id"')
    assert (tmp_path / "p_werkgevers.csv").exists()
