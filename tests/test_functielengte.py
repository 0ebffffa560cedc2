"""No function over 60 lines in the package or the rules (issue 21): a function is read at once."""

import ast
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
MAPPEN = ("openfisca_arbeidsmigratie", "variables", "reforms")
GRENS = 60


def te_lange_functies(wortel: Path = WORTEL) -> list[str]:
    uit = []
    for map_ in MAPPEN:
        for pad in sorted((wortel / map_).rglob("*.py")):
            for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
                if isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef):
                    eerste = min([knoop.lineno, *(d.lineno for d in knoop.decorator_list)])
                    regels = knoop.end_lineno - eerste + 1
                    if regels > GRENS:
                        uit.append(f"{pad.relative_to(wortel)}: {knoop.name} ({regels} lines)")
    return uit


def test_geen_functie_langer_dan_de_grens():
    te_lang = te_lange_functies()
    assert not te_lang, "\n".join(te_lang)


def test_de_meting_ziet_een_lange_functie(tmp_path):
    for map_ in MAPPEN:
        (tmp_path / map_).mkdir()
    (tmp_path / "reforms" / "m.py").write_text("def lang():\n" + "    x = 1\n" * GRENS)
    (tmp_path / "variables" / "k.py").write_text("def kort():\n" + "    x = 1\n" * (GRENS - 1))
    assert te_lange_functies(tmp_path) == [f"reforms/m.py: lang ({GRENS + 1} lines)"]
