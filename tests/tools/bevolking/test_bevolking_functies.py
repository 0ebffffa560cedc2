"""Functions at most 60 lines in the population tools (the project's rule; issue 21 item 3)."""

import ast
from pathlib import Path

import openfisca_arbeidsmigratie.tools.bevolking as bevolking

GRENS = 60


def te_lang(bron: str) -> list[tuple[str, int]]:
    """(name, lines) of every function or method longer than `GRENS` lines, decorators and
    docstring included."""
    uit = []
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef):
            begin = min([knoop.lineno, *(d.lineno for d in knoop.decorator_list)])
            lengte = knoop.end_lineno - begin + 1
            if lengte > GRENS:
                uit.append((knoop.name, lengte))
    return uit


def test_meet_een_te_lange_functie():
    lichaam = "".join(f"    x{i} = {i}\n" for i in range(GRENS))
    assert te_lang(f"def lang():\n{lichaam}") == [("lang", GRENS + 1)]
    assert te_lang(f"def kort():\n{lichaam[: -len('    x59 = 59') - 1]}") == []


def test_geen_functie_langer_dan_60_regels():
    map_ = Path(bevolking.__file__).parent
    fout = {
        pad.name: lang
        for pad in sorted(map_.glob("*.py"))
        if (lang := te_lang(pad.read_text(encoding="utf-8")))
    }
    assert not fout, fout
