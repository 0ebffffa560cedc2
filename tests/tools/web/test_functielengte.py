"""The web floor in functions of at most 60 lines (issue 21 item 3): the werkbank's factory only
wires, each page's routes sit in their own module."""

import ast
from pathlib import Path

import openfisca_arbeidsmigratie.tools.web as web

MAXIMUM = 60


def _functies(map_: Path):
    for pad in sorted(map_.rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef):
                yield pad.relative_to(map_), knoop.name, knoop.end_lineno - knoop.lineno + 1


def test_geen_functie_langer_dan_60_regels():
    te_lang = [
        f"{pad}:{naam} ({regels})"
        for pad, naam, regels in _functies(Path(web.__file__).parent)
        if regels > MAXIMUM
    ]
    assert not te_lang, te_lang


def test_de_fabriek_van_de_werkbank_verbindt_alleen():
    app = Path(web.__file__).parent / "werkbank" / "app.py"
    regels = {naam: n for _, naam, n in _functies(app.parent) if naam == "maak_app"}
    assert regels["maak_app"] <= 30
    assert len(app.read_text(encoding="utf-8").splitlines()) <= 80
