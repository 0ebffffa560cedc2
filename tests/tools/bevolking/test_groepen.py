"""Admissions by group (nationality, age band, sector, route), weighted, per system against
current law: counted by the population loop into the summary (`Telling.groepstabel`), the same
for any chunking, and equal to the per-person results grouped by hand (issue 23 item 7)."""

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.groeperingen import GROEPERINGEN
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import leeftijdsgroepen
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT

DATUM = "2026-06-15"
HERVORMING = "kennismigrant_jongerennorm_verhoogd"


@pytest.fixture(scope="module")
def bevolking(systeem):
    personen, werkgevers = genereer(systeem, 600, zaad=3, datum=DATUM)
    gewicht = pa.array([float(1 + i % 4) for i in range(personen.num_rows)])
    return personen.append_column("gewicht", gewicht), werkgevers


def _draai(systeem, bevolking, uitvoer=None, blokgrootte=600):
    personen, werkgevers = bevolking
    return draai(
        systeem,
        Bron("p", tabel=personen),
        [HERVORMING],
        DATUM,
        uitvoer=uitvoer,
        werkgevers=werkgevers,
        blokgrootte=blokgrootte,
        gewicht="gewicht",
        variabelen=["toelatingsroute", "toegelaten_arbeidsmigrant"],
        grafiek=False,
        groeperingen=GROEPERINGEN,
    )


def test_gelijk_aan_per_persoon_met_de_hand(systeem, bevolking, tmp_path):
    telling = _draai(systeem, bevolking, tmp_path)
    personen = bevolking[0]
    uit = pq.read_table(tmp_path / "personen.parquet")
    groepen = pacsv.read_csv(tmp_path / "groepen.csv").to_pylist()
    gewicht = np.asarray(personen.column("gewicht"))
    groepswaarden = {
        "nationaliteit": np.asarray(personen.column("nationaliteit").cast(pa.string())),
        "leeftijdsgroep": leeftijdsgroepen(np.asarray(personen.column("leeftijd"))),
        "sector": np.asarray(personen.column("sector").cast(pa.string())),
    }
    for systeem_ in (HUIDIG_RECHT, HERVORMING):
        toegelaten = np.asarray(uit.column(f"toegelaten_arbeidsmigrant__{systeem_}"), dtype=bool)
        assert toegelaten.any()
        routes = np.asarray(uit.column(f"toelatingsroute__{systeem_}").cast(pa.string()))
        for groepering, waarden in {**groepswaarden, "toelatingsroute": routes}.items():
            verwacht = {}
            for groep in np.unique(waarden[toegelaten]):
                binnen = toegelaten & (waarden == groep)
                verwacht[str(groep)] = (int(binnen.sum()), float(gewicht[binnen].sum()))
            gevonden = {
                str(r["groep"]): (r["toegelaten"], r["gewogen_toegelaten"])
                for r in groepen
                if r["groepering"] == groepering
                and r["systeem"] == systeem_
                and r["toegelaten"] > 0
            }
            assert gevonden == verwacht, (systeem_, groepering)
    totaal = sum(telling.toegelaten_per_route(HERVORMING).values())
    route = [r for r in groepen if r["groepering"] == "toelatingsroute"]
    assert sum(r["gewogen_toegelaten"] for r in route if r["systeem"] == HERVORMING) == totaal
    for rij in groepen:
        if rij["systeem"] == HERVORMING:
            huidig = next(
                r
                for r in groepen
                if r["systeem"] == HUIDIG_RECHT
                and (r["groepering"], r["groep"]) == (rij["groepering"], rij["groep"])
            )
            assert rij["verschil"] == rij["gewogen_toegelaten"] - huidig["gewogen_toegelaten"]
        else:
            assert rij["verschil"] is None


def test_onafhankelijk_van_blokken(systeem, bevolking):
    heel = _draai(systeem, bevolking, blokgrootte=600).groepstabel()
    assert _draai(systeem, bevolking, blokgrootte=70).groepstabel().equals(heel)


def test_ontbrekende_kolom_genoemd(systeem, bevolking):
    personen, werkgevers = bevolking
    with pytest.raises(ValidatieFout, match="--groepen: sector not among the columns"):
        draai(
            systeem,
            Bron("p", tabel=personen.drop_columns(["sector"])),
            [],
            DATUM,
            werkgevers=werkgevers,
            groeperingen=["sector"],
        )


def test_cli_alleen_met_groepen(bevolking, tmp_path, capsys):
    personen, werkgevers = bevolking
    pq.write_table(personen, tmp_path / "p.parquet")
    pq.write_table(werkgevers, tmp_path / "w.parquet")
    basis = ["bevolking", "--invoer", str(tmp_path / "p.parquet"), "--werkgevers"]
    basis += [str(tmp_path / "w.parquet"), "--reform", HERVORMING, "--geen-grafiek"]
    basis += ["--gewicht", "gewicht", "--processen", "1"]
    assert main([*basis, "--uitvoer", str(tmp_path / "zonder")]) == 0
    zonder = capsys.readouterr().out
    assert "by group" not in zonder
    assert not (tmp_path / "zonder" / "groepen.csv").exists()
    groepen = ["--groepen", "leeftijdsgroep,toelatingsroute"]
    assert main([*basis, *groepen, "--uitvoer", str(tmp_path / "met")]) == 0
    met = capsys.readouterr().out
    assert "Admitted labour migrants by group (weighted)" in met
    assert "leeftijdsgroep" in met and "kennismigrant" in met
    assert (tmp_path / "met" / "groepen.csv").is_file()
    with pytest.raises(SystemExit) as fout:
        main([*basis, "--groepen", "regio", "--uitvoer", str(tmp_path / "x")])
    assert fout.value.code == 2
    assert "unknown grouping(s): regio" in capsys.readouterr().err
