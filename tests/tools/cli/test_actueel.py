"""`arbeidsmigratie actueel`: what may be stale on a date, with the source to check."""

import json
from datetime import date

import pytest

from openfisca_arbeidsmigratie.tools.cli import main

CRITERIA = {
    "kennismigrant.salariscriterium.dertig_jaar_en_ouder",
    "kennismigrant.salariscriterium.jonger_dan_dertig",
    "kennismigrant.salariscriterium.verlaagd",
    "blauwe_kaart.salariscriterium",
    "blauwe_kaart.salariscriterium_recent_afgestudeerd",
}
MINIMUMLOON = "wav.minimumloon.uurloon"
TIJDELIJKE_BESCHERMING = "wav.tijdelijke_bescherming.bescherming_van_kracht"


def actueel(capsys, *argumenten):
    status = main(["actueel", *argumenten, "--json"])
    assert status == 0
    return json.loads(capsys.readouterr().out)


def test_op_7_december_2026_alleen_wat_nog_niet_gepubliceerd_is(capsys):
    """The 2027 criteria are due in 25 days, not missing; nothing else but the minimum wage and
    the end of temporary protection is listed (the July 2026 minimum wage, 14.99, is merged from
    another branch; once it is encoded the minimum wage of 1 January 2027 is due in 25 days)."""
    uit = actueel(capsys, "--datum", "2026-12-07")
    assert uit["date"] == "2026-12-07"
    per_naam = {}
    for m in uit["warnings"]:
        per_naam.setdefault(m["parameter"], []).append(m)
    assert set(per_naam) <= CRITERIA | {MINIMUMLOON, TIJDELIJKE_BESCHERMING}
    for naam in CRITERIA:
        [m] = per_naam[naam]
        assert (m["kind"], m["date"], m["days"]) == ("verwacht", "2027-01-01", 25)
        assert m["source"]["href"].startswith("https://wetten.overheid.nl/")
        assert "not yet published" in m["text"]
    [loon] = per_naam[MINIMUMLOON]
    assert loon["date"] <= "2027-01-01"
    assert all(m["kind"] == "einde" for m in per_naam.get(TIJDELIJKE_BESCHERMING, []))


def test_een_datum_die_helemaal_gedekt_is(capsys):
    assert actueel(capsys, "--datum", "2025-03-01")["warnings"] == []
    assert main(["actueel", "--datum", "2025-03-01"]) == 0
    assert "nothing due, carried forward or ending within six months" in capsys.readouterr().out


def test_ver_in_de_toekomst_is_alles_doorgetrokken(capsys):
    uit = actueel(capsys, "--datum", "2100-01-01")["warnings"]
    assert {m["parameter"] for m in uit} == CRITERIA | {MINIMUMLOON}
    assert {m["kind"] for m in uit} == {"doorgetrokken"}
    main(["actueel", "--datum", "2100-01-01"])
    tekst = capsys.readouterr().out
    assert "Due and not encoded (the model carries the last figure forward):" in tekst
    assert (
        "kennismigrant.salariscriterium.dertig_jaar_en_ouder: EUR 5,942 from 2026-01-01, "
        "carried forward (no figure published for 2027)\n    check: Staatscourant" in tekst
    )


def test_zonder_datum_vandaag(capsys):
    assert actueel(capsys)["date"] == date.today().isoformat()


@pytest.mark.parametrize("datum", ["2026-13-01", "2026-02-30", "7-12-2026", "gisteren", ""])
def test_foute_datum_is_exit_2(capsys, datum):
    assert main(["actueel", "--datum", datum]) == 2
    fout = capsys.readouterr().err
    assert f"invalid date '{datum}'" in fout
    assert "YYYY-MM-DD" in fout
