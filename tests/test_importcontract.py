"""The import contract (pyproject.toml, `make lint`): rules and model never import the tools."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
SCHENDING = "from openfisca_arbeidsmigratie.tools.kern import tabel  # noqa: F401\n"


def lint_imports(map_: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"], cwd=map_, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def kopie(tmp_path):
    for naam in ("openfisca_arbeidsmigratie", "variables", "reforms"):
        shutil.copytree(
            WORTEL / naam, tmp_path / naam, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(WORTEL / "pyproject.toml", tmp_path)
    return tmp_path


def test_contract_gehouden(kopie):
    uitkomst = lint_imports(kopie)
    assert uitkomst.returncode == 0, uitkomst.stdout + uitkomst.stderr
    assert "2 kept, 0 broken" in uitkomst.stdout


@pytest.mark.parametrize(
    "bestand",
    [
        "variables/kennismigrant/kennismigrant_toelaatbaar.py",
        "reforms/brede_welvaartstoets.py",
        "openfisca_arbeidsmigratie/model/bedragen.py",
    ],
)
def test_contract_breekt_bij_import_van_tools(kopie, bestand):
    pad = kopie / bestand
    pad.write_text(SCHENDING + pad.read_text(encoding="utf-8"), encoding="utf-8")
    uitkomst = lint_imports(kopie)
    assert uitkomst.returncode == 1, uitkomst.stdout + uitkomst.stderr
    module = bestand.removesuffix(".py").replace("/", ".")
    assert module in uitkomst.stdout
    assert "openfisca_arbeidsmigratie.tools.kern.tabel" in uitkomst.stdout


def _regelimports(pad: Path) -> list[str]:
    import ast

    boom = ast.parse(pad.read_text(encoding="utf-8"))
    namen = []
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            namen += [alias.name for alias in knoop.names]
        elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0:
            namen.append(knoop.module)
    return namen


TOEGESTAAN = ("openfisca_core", "numpy", "openfisca_arbeidsmigratie.model", "datetime")


@pytest.mark.parametrize("map_", ["variables", "reforms"])
def test_regels_importeren_alleen_het_model(map_):
    """A rule file imports the engine, numpy and the model layer only, never another rule file
    (OpenFisca loads variable files by path, so a class imported from one is silently ignored)."""
    fout = {
        str(pad.relative_to(WORTEL)): naam
        for pad in sorted((WORTEL / map_).rglob("*.py"))
        for naam in _regelimports(pad)
        if not naam.startswith(TOEGESTAAN)
    }
    assert not fout, fout
