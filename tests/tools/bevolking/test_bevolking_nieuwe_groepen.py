"""The generator's groups for Decision 1/80, temporary protection and the Wtta reach the rules."""

import numpy as np
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import Werkgevers, bereken_blok, modelinvoer
from openfisca_arbeidsmigratie.tools.bevolking.schema import werkgeverkolommen
from openfisca_arbeidsmigratie.tools.cli import main

VARIABELEN = ["toelatingsroute", "besluit_1_80_stadium", "inlener_beboetbaar_wtta"]


@pytest.fixture(scope="module")
def uitkomst(systeem):
    uitkomsten = {}
    for datum in ("2026-06-15", "2028-06-15"):
        personen, werkgevers = genereer(systeem, 4_000, zaad=11, datum=datum)
        koppeling = Werkgevers(werkgevers, werkgeverkolommen(systeem))
        invoer = modelinvoer(systeem, personen, koppeling)
        berekend = bereken_blok({"huidig": systeem}, invoer, datum, VARIABELEN)["huidig"]
        uitkomsten[datum] = (personen, werkgevers, berekend)
    return uitkomsten


def _kolom(tabel, naam):
    return np.asarray(tabel.column(naam).to_pylist())


def test_tijdelijke_bescherming_vrijgesteld(systeem, uitkomst):
    personen, _, berekend = uitkomst["2026-06-15"]
    beschermd = _kolom(personen, "verblijfsvergunning") == "tijdelijke_bescherming"
    assert 0.03 < beschermd.mean() < 0.07
    route = systeem.variables["toelatingsroute"].possible_values
    routes = berekend["toelatingsroute"][beschermd]
    assert (routes == route.vrijgesteld.index).mean() > 0.9
    assert not np.isin(routes, [route.twv.index, route.geen.index]).any()


def test_turkse_werknemers_in_elk_stadium(systeem, uitkomst):
    _, _, berekend = uitkomst["2026-06-15"]
    stadia = set(np.unique(berekend["besluit_1_80_stadium"]).tolist())
    leden = systeem.variables["besluit_1_80_stadium"].possible_values
    assert {leden.een_jaar.index, leden.vier_jaar.index} <= stadia


def test_uitgeleende_werknemers_werken_bij_uitleners(uitkomst):
    personen, werkgevers, _ = uitkomst["2026-06-15"]
    uitleners = set(_kolom(werkgevers, "werkgever_id")[_kolom(werkgevers, "werkgever_is_uitlener")])
    uitgeleend = _kolom(personen, "ter_beschikking_gesteld")
    assert 0.1 < uitgeleend.mean() < 0.4
    assert set(_kolom(personen, "werkgever_id")[uitgeleend]) <= uitleners


def test_boete_inlener_pas_vanaf_2028(uitkomst):
    assert not uitkomst["2026-06-15"][2]["inlener_beboetbaar_wtta"].any()
    assert uitkomst["2028-06-15"][2]["inlener_beboetbaar_wtta"].any()


def test_cli_csv_met_nieuwe_invoer_van_persoon_en_werkgever(tmp_path, capsys):
    personen = tmp_path / "p.csv"
    personen.write_text(
        "persoon_id,werkgever_id,nationaliteit,leeftijd,bruto_maandloon,verblijfsvergunning,"
        "maanden_legale_arbeid,ter_beschikking_gesteld\n"
        "a,w1,XK,30,2600,geen,0,true\n"
        "b,w1,XXA,40,2600,tijdelijke_bescherming,0,false\n"
        "c,w2,TR,35,2900,arbeid_regulier,48,false\n"
    )
    werkgevers = tmp_path / "w.csv"
    werkgevers.write_text(
        "werkgever_id,werkgever_is_uitlener,uitlener_toegelaten,uitlening_binnen_concern\n"
        "w1,true,false,false\nw2,false,false,false\n"
    )
    uitvoer = tmp_path / "uit"
    argumenten = ["bevolking", "--invoer", str(personen), "--werkgevers", str(werkgevers)]
    argumenten += ["--reform", "kennismigrant_uitleenverbod", "--datum", "2028-01-01"]
    assert main([*argumenten, "--uitvoer", str(uitvoer)]) == 0
    capsys.readouterr()
    tabel = pq.read_table(uitvoer / "personen.parquet").to_pylist()
    assert [r["inlener_beboetbaar_wtta__huidig_recht"] for r in tabel] == [True, False, False]
    assert tabel[2]["besluit_1_80_stadium__huidig_recht"] == "vier_jaar"


def test_cli_foute_werkgeverkolom(tmp_path, capsys):
    personen = tmp_path / "p.csv"
    personen.write_text(
        "persoon_id,werkgever_id,nationaliteit,leeftijd,bruto_maandloon\na,w1,PL,30,2600\n"
    )
    werkgevers = tmp_path / "w.csv"
    werkgevers.write_text("werkgever_id,uitlener_toegelaten\nw1,misschien\n")
    argumenten = ["bevolking", "--invoer", str(personen), "--werkgevers", str(werkgevers)]
    argumenten += ["--reform", "kennismigrant_uitleenverbod"]
    assert main([*argumenten, "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "uitlener_toegelaten" in capsys.readouterr().err
