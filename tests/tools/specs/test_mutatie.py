"""The mutation score's machinery (issue 22, item 7): the seeded selection, each kind of mutant
applied to a copy of the rule trees, and the YAML suite and the specs judging it."""

from pathlib import Path

from openfisca_arbeidsmigratie.tools.specs.mutatie import (
    Uitslag,
    alle_mutanten,
    gemuteerde_systeem,
    kies,
    verslag,
    yaml_doodt,
)

TESTS = Path(__file__).resolve().parents[2]


def test_vaste_geplante_selectie_van_minstens_200():
    alle = alle_mutanten()
    assert len(alle) >= 200
    assert {m.soort for m in alle} == {"comparison", "boolean", "parameter"}
    assert kies(200, 2026) == kies(200, 2026) != kies(200, 7)


def _mutant(bestand, soort, bevat=""):
    return next(
        m for m in alle_mutanten() if m.bestand == bestand and m.soort == soort and bevat in str(m)
    )


def test_parametermutant_verschuift_een_waarde(tmp_path):
    mutant = _mutant("parameters/blauwe_kaart/salariscriterium.yaml", "parameter", "2026-01-01")
    systeem = gemuteerde_systeem(mutant, tmp_path)
    oud = mutant.plek[1]
    assert systeem.parameters.blauwe_kaart.salariscriterium("2026-06-15") == oud + 1
    assert systeem.parameters.blauwe_kaart.salariscriterium("2025-12-31") != oud + 1


def test_vergelijkingsmutant_wordt_door_de_yaml_tests_gedood(tmp_path):
    bestand = "variables/blauwe_kaart/blauwe_kaart_toelaatbaar.py"
    tests = [TESTS / "blauwe_kaart" / "blauwe_kaart_toelaatbaar.yaml"]
    assert not yaml_doodt(gemuteerde_systeem(None, tmp_path / "basis"), tests)
    mutant = _mutant(bestand, "boolean")
    assert yaml_doodt(gemuteerde_systeem(mutant, tmp_path / "mutant"), tests)


def test_verslag_noemt_de_overlevers():
    a, b = kies(2, 2026)
    tekst = verslag([Uitslag(a, True, []), Uitslag(b, False, [])], ["x.spec.yaml"], 2026)
    assert "killed by the YAML suite alone 1 (50%)" in tekst
    assert "Survivors of the YAML suite plus the specs: 1." in tekst and b.bestand in tekst
