"""Amounts used after the last published figure are shown as carried forward, with their date."""

import csv
import json

import pytest

from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.doorgetrokken import doorgetrokken

KM = (
    "kennismigrant.salariscriterium.dertig_jaar_en_ouder: EUR 5,942 from 2026-01-01, "
    "carried forward (no figure published for 2027)"
)
WML = (
    "wav.minimumloon.uurloon: EUR 14.99 from 2026-07-01, carried forward "
    "(no figure published from 2027-01-01)"
)


def teksten(systeem, datum):
    return [d.tekst() for d in doorgetrokken(systeem, datum)]


def test_jaarlijks_bedrag_vanaf_de_volgende_indexering(systeem):
    assert KM not in teksten(systeem, "2026-12-31")
    assert KM in teksten(systeem, "2027-01-01")
    assert KM in teksten(systeem, "2028-06-15")


def test_halfjaarlijks_minimumloon(systeem):
    assert WML not in teksten(systeem, "2026-12-31")
    assert WML in teksten(systeem, "2027-01-01")


def test_alleen_geindexeerde_bedragen(systeem):
    namen = {d.naam for d in doorgetrokken(systeem, "2030-01-01")}
    assert namen == {
        "blauwe_kaart.salariscriterium",
        "blauwe_kaart.salariscriterium_recent_afgestudeerd",
        "kennismigrant.salariscriterium.dertig_jaar_en_ouder",
        "kennismigrant.salariscriterium.jonger_dan_dertig",
        "kennismigrant.salariscriterium.verlaagd",
        "wav.minimumloon.uurloon",
    }


def test_alleen_gevraagde_namen(systeem):
    lijst = doorgetrokken(systeem, "2027-03-01", {"wav.minimumloon.uurloon"})
    assert [d.naam for d in lijst] == ["wav.minimumloon.uurloon"]


@pytest.fixture
def geval(tmp_path):
    def maak(datum):
        pad = tmp_path / f"geval-{datum}.yaml"
        pad.write_text(
            f"- name: developer\n  period: {datum}\n  input:\n    nationaliteit: IN\n"
            "    leeftijd: 35\n    bruto_maandloon: 6000\n    arbeidsuren_per_week: 40\n"
            "    erkend_referent: true\n  output:\n    toelatingsroute: kennismigrant\n",
            encoding="utf-8",
        )
        return str(pad)

    return maak


def test_vergelijk_noemt_doorgetrokken_bedragen(geval, capsys):
    assert main(["vergelijk", geval("2027-03-01"), "--reform", "brede_welvaartstoets"]) == 0
    uit = capsys.readouterr().out
    assert "Amounts carried forward" in uit
    assert KM in uit
    assert main(["vergelijk", geval("2026-03-01")]) == 0
    assert "carried forward" not in capsys.readouterr().out


def test_uitleg_noemt_de_gebruikte_doorgetrokken_bedragen(geval, capsys):
    assert main(["uitleg", geval("2027-03-01"), "--variabele", "kennismigrant_salarisnorm"]) == 0
    uit = capsys.readouterr().out
    assert KM in uit
    assert "blauwe_kaart.salariscriterium:" not in uit
    assert main(["uitleg", geval("2027-03-01"), "--json"]) == 0
    verder = json.loads(capsys.readouterr().out)[0]["carried_forward"]
    assert {
        "parameter": "kennismigrant.salariscriterium.dertig_jaar_en_ouder",
        "value": 5942,
        "since": "2026-01-01",
        "next_figure_due": "2027-01-01",
    } in verder


def test_bevolking_noemt_doorgetrokken_bedragen(tmp_path, capsys):
    uitvoer = tmp_path / "uit"
    opdracht = ["bevolking", "--aantal", "200", "--reform", "brede_welvaartstoets"]
    assert main([*opdracht, "--datum", "2027-03-01", "--uitvoer", str(uitvoer)]) == 0
    assert KM in capsys.readouterr().out
    with (uitvoer / "aggregaat.csv").open(encoding="utf-8") as f:
        rijen = list(csv.DictReader(f))
    assert {r["systeem"] for r in rijen} == {"huidig_recht", "brede_welvaartstoets"}
    assert all(KM in r["doorgetrokken_bedragen"] for r in rijen)
    assert main([*opdracht, "--datum", "2026-03-01", "--uitvoer", str(uitvoer)]) == 0
    assert "carried forward" not in capsys.readouterr().out
    with (uitvoer / "aggregaat.csv").open(encoding="utf-8") as f:
        assert all(r["doorgetrokken_bedragen"] == "" for r in csv.DictReader(f))
