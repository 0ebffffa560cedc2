"""The notebook-style `Populatie` example of docs/analyst.md runs as written."""

import re
from pathlib import Path

GIDS = Path(__file__).resolve().parents[2] / "docs" / "analyst.md"


def test_populatie_voorbeeld():
    tekst = GIDS.read_text(encoding="utf-8")
    blok = re.search(
        r"<!-- populatie:begin -->\n```python\n(.*?)```\n<!-- populatie:end -->", tekst, re.S
    )
    assert blok, "the Populatie example is missing from docs/analyst.md"
    namen = {}
    exec(compile(blok.group(1), str(GIDS), "exec"), namen)  # noqa: S102
    assert len(namen["routes"]) == 2_000
    assert len(namen["verliezers"]) > 0
    assert namen["routes"]["gewicht"].sum() == 40 * 2_000
    assert set(namen["routes"]["regio"]) == {"Randstad", "elders"}
