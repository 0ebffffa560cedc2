"""`arbeidsmigratie test`: each failing case named with file:line, expected and actual values; a
misspelt variable answered with the nearest names; the progress counter ends at 100%."""

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent

GEVALLEN = """\
- name: slaagt
  period: 2026-01-15
  input:
    nationaliteit: "IN"
    leeftijd: 31
    bruto_maandloon: 6000
    erkend_referent: true
  output:
    toelatingsroute: kennismigrant
- name: loon onder het criterium
  period: 2026-01-15
  input:
    nationaliteit: "IN"
    leeftijd: 31
    bruto_maandloon: 5800
    erkend_referent: true
  output:
    toelatingsroute: kennismigrant
"""
SPELFOUT = """\
- name: spelfout in de invoer
  period: 2026-01-15
  input:
    nationaliteit: "IN"
    bruto_maandlon: 5800
  output:
    toelatingsroute: geen
"""


def _draai(*paden):
    omgeving = {k: v for k, v in os.environ.items() if k != "PYTEST_PLUGINS"}
    return subprocess.run(
        [BIN / "arbeidsmigratie", "test", *map(str, paden)],
        capture_output=True,
        text=True,
        timeout=240,
        env=omgeving,
    )


def test_leesbare_fouten(tmp_path):
    gevallen, spelfout = tmp_path / "gevallen.yaml", tmp_path / "spelfout.yaml"
    gevallen.write_text(GEVALLEN)
    spelfout.write_text(SPELFOUT)
    uit = _draai(gevallen, spelfout).stdout
    assert "2 failing case(s)" in uit
    assert f"loon onder het criterium ({gevallen}:10)" in uit
    assert "toelatingsroute on 2026-01-15: expected kennismigrant, got geen" in uit
    assert f"spelfout in de invoer ({spelfout}:1)" in uit
    assert "did you mean: bruto_maandloon?" in uit
    assert "CHANGELOG" not in uit
    assert "[100%]" in uit
    assert "gevallen.yaml::loon onder het criterium [line 10]" in uit


def test_geslaagde_run_zonder_lijst(tmp_path):
    bestand = tmp_path / "goed.yaml"
    bestand.write_text(GEVALLEN.split("- name: loon")[0])
    uitkomst = _draai(bestand)
    assert uitkomst.returncode == 0, uitkomst.stdout
    assert "failing case" not in uitkomst.stdout and "[100%]" in uitkomst.stdout
