"""No code from data: a case file with a Python tag, or naming a module under `reforms:`, runs
nothing through any documented way of running the statutory tests (exit status 2)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[3]

PAYLOAD = """\
- name: payload
  period: 2026-02-02
  input:
    leeftijd: !!python/object/apply:os.system ["touch {merk}"]
  output:
    leeftijd: 0
"""

MODULE_IN_REFORMS = """\
- name: reform from anywhere
  period: 2026-02-02
  reforms:
    - kwaadaardig.kwaadaardig
  input:
    leeftijd: 30
  output:
    leeftijd: 30
"""


@pytest.fixture
def payload(tmp_path):
    merk = tmp_path / "uitgevoerd"
    bestand = tmp_path / "payload.yaml"
    bestand.write_text(PAYLOAD.format(merk=merk))
    return bestand, merk


@pytest.fixture
def module_in_reforms(tmp_path):
    merk = tmp_path / "geimporteerd"
    (tmp_path / "kwaadaardig.py").write_text(
        f"from pathlib import Path\nPath({str(merk)!r}).touch()\n"
    )
    bestand = tmp_path / "reforms.yaml"
    bestand.write_text(MODULE_IN_REFORMS)
    return bestand, merk


def draai(*argumenten, cwd=None, pythonpad=None):
    omgeving = dict(os.environ)
    if pythonpad:
        omgeving["PYTHONPATH"] = str(pythonpad)
    return subprocess.run(
        [BIN / "arbeidsmigratie", *map(str, argumenten)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=cwd,
        env=omgeving,
    )


@pytest.mark.parametrize(
    "opdracht",
    [
        ["test"],
        ["test", "-c", "openfisca_arbeidsmigratie"],
        ["verschil", "--reform", "kennismigrant_jongerennorm_afgeschaft"],
        ["vergelijk"],
        ["uitleg"],
    ],
)
def test_python_tag_voert_niets_uit(payload, opdracht):
    bestand, merk = payload
    uit = draai(*opdracht, bestand)
    assert uit.returncode == 2, uit.stdout + uit.stderr
    assert not merk.exists()
    assert "python/object/apply" in uit.stderr
    assert "Traceback" not in uit.stderr


@pytest.mark.parametrize(
    "opdracht",
    [["test"], ["verschil", "--reform", "kennismigrant_jongerennorm_afgeschaft"]],
)
def test_module_onder_reforms_wordt_niet_geimporteerd(module_in_reforms, opdracht):
    bestand, merk = module_in_reforms
    uit = draai(*opdracht, bestand, pythonpad=bestand.parent)
    assert uit.returncode == 2, uit.stdout + uit.stderr
    assert not merk.exists()
    assert "kwaadaardig.kwaadaardig" in uit.stderr
    assert "is not a bundled reform" in uit.stderr


def test_gebundelde_hervorming_in_test_werkt():
    uit = draai("test", ROOT / "tests" / "reforms" / "kennismigrant_jongerennorm_verhoogd.yaml")
    assert uit.returncode == 0, uit.stdout + uit.stderr
    assert "passed" in uit.stdout


def test_falende_test_geeft_status_1(tmp_path):
    bestand = tmp_path / "fout.yaml"
    bestand.write_text(
        "- name: wrong\n  period: 2026-02-02\n  input: {leeftijd: 30}\n  output: {leeftijd: 31}\n"
    )
    uit = draai("test", bestand)
    assert uit.returncode == 1, uit.stdout + uit.stderr
    assert "failed" in uit.stdout


def test_motor_runner_leest_veilig(payload):
    """Pins the engine: its YAML runner reads the loader from `test_runner.Loader`."""
    from openfisca_core.tools import test_runner

    from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
    from openfisca_arbeidsmigratie.model.motor import VEILIGE_LADER, veilige_yaml_tests

    bestand, merk = payload
    oud = test_runner.Loader
    veilige_yaml_tests()
    try:
        assert test_runner.Loader is VEILIGE_LADER
        status = test_runner.run_tests(CountryTaxBenefitSystem(), [str(bestand)], {})
    finally:
        test_runner.Loader = oud
    assert not merk.exists()
    assert status != 0


def test_gedocumenteerde_wegen_gebruiken_veilige_lader():
    makefile = (ROOT / "Makefile").read_text()
    recepten = [r for r in makefile.splitlines() if r.startswith("\t") and " test " in r]
    assert recepten and all("arbeidsmigratie test" in r for r in recepten), recepten
    for pagina in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        assert "openfisca test -c" not in pagina.read_text(), pagina
