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


def sterke_componenten(graaf: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index, laag, stapel, op_stapel, uit = {}, {}, [], set(), []

    def bezoek(v):
        index[v] = laag[v] = len(index)
        stapel.append(v)
        op_stapel.add(v)
        for w in sorted(graaf.get(v, ())):
            if w not in index:
                bezoek(w)
                laag[v] = min(laag[v], laag[w])
            elif w in op_stapel:
                laag[v] = min(laag[v], index[w])
        if laag[v] == index[v]:
            component = []
            while True:
                w = stapel.pop()
                op_stapel.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                uit.append(sorted(component))

    for v in sorted(graaf):
        if v not in index:
            bezoek(v)
    return uit


def toegestane_uitzondering() -> tuple[str, str]:
    """The one import the layers contract ignores: the package root's lazy `Populatie`."""
    import tomllib

    instellingen = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))
    [lagen] = [
        c for c in instellingen["tool"]["importlinter"]["contracts"] if c["type"] == "layers"
    ]
    [regel] = lagen["ignore_imports"]
    van, naar = (deel.strip() for deel in regel.split("->"))
    return van, naar


def test_tarjan_vindt_een_cyclus():
    graaf = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert sterke_componenten(graaf) == [["a", "b", "c"]]


def test_geen_importcyclus():
    """No import cycle among the package's modules, lazy imports inside functions included;
    the one edge ignored is the package root's lazy re-export of `Populatie`."""
    grimp = pytest.importorskip("grimp")
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    graaf_ = grimp.build_graph("openfisca_arbeidsmigratie")
    van, naar = toegestane_uitzondering()
    assert (van, naar) == ("openfisca_arbeidsmigratie", "openfisca_arbeidsmigratie.tools.populatie")
    graaf = {m: set(graaf_.find_modules_directly_imported_by(m)) for m in graaf_.modules}
    assert naar in graaf[van]
    graaf[van].discard(naar)
    assert sterke_componenten(graaf) == []
