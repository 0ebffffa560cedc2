"""The documentation a newcomer reads (README.md and docs/*.md) holds: every command shown in a
`console` block runs, every relative link points to an existing file and heading, and
docs/cli.md is what the parsers generate.

A command is a line `$ ...` in a ```console block (a line ending in `\\` continues on the next).
It runs with bash in a copy of the repository made for its page, in the order of the page, with
the venv's commands on PATH; a YAML block whose first line is `# NAME.yaml` is written to NAME.yaml
in that copy first, so the commands can use it. It must end with exit status 0, or with N when the
line says `# exit status N`. A command too slow or long-running for a test carries the visible
tag `[not run in tests/test_docs.py]`, and only the commands of `MAG_NIET_DRAAIEN` may.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from openfisca_arbeidsmigratie.tools.cli.naslag import naslag

ROOT = Path(__file__).resolve().parents[1]
PAGINAS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
NIET_GEDRAAID = "[not run in tests/test_docs.py]"
# The commands that may carry the tag: set-up and the long jobs behind `make` (the demo, the whole
# suite, the benchmark, the mutation score, the full specs, the property tests at length), the
# servers (they run until stopped), what needs a running server or Dask cluster, the load test.
MAG_NIET_DRAAIEN = (
    "make demo",
    "make test",
    "make bench",
    "make mutatie",
    "make specs",
    "make fuzz",
    "make serve",
    "make docs",
    "arbeidsmigratie serve",
    "arbeidsmigratie werkbank",
    "arbeidsmigratie mutatie",
    "arbeidsmigratie bevolking --dask tcp://",
    "curl ",
    "dask ",
    "python benchmarks/web_api_last.py",
)
NEGEER = shutil.ignore_patterns(".venv", ".git", "build", "uitvoer", "__pycache__", "*.egg-info")
CODEBLOK = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.M | re.S)
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def opdrachten(tekst: str) -> list[tuple[str, int | None]]:
    """(command, expected exit status or None when not run) of each `$` line of the console
    blocks, in order."""
    uit = []
    for soort, inhoud in CODEBLOK.findall(tekst):
        if soort != "console":
            continue
        regels = iter(inhoud.splitlines())
        for regel in regels:
            if not regel.startswith("$ "):
                continue
            opdracht = regel[2:]
            while opdracht.endswith("\\") or opdracht.count("'") % 2:
                if opdracht.endswith("\\"):
                    opdracht = opdracht[:-1] + " " + next(regels).strip()
                else:
                    opdracht += "\n" + next(regels)
            status = re.search(r"# exit status (\d+)", opdracht)
            verwacht = None if NIET_GEDRAAID in opdracht else int(status[1]) if status else 0
            uit.append((opdracht, verwacht))
    return uit


def bestanden(tekst: str) -> dict[str, str]:
    """The YAML blocks named by their first line, `# NAME.yaml`."""
    uit = {}
    for soort, inhoud in CODEBLOK.findall(tekst):
        naam = re.match(r"# ([\w.-]+\.ya?ml)\n", inhoud)
        if soort == "yaml" and naam:
            uit[naam[1]] = inhoud
    return uit


def test_alleen_trage_opdrachten_worden_overgeslagen():
    fout = [
        f"{pagina.name}: {opdracht}"
        for pagina in PAGINAS
        for opdracht, verwacht in opdrachten(pagina.read_text(encoding="utf-8"))
        if verwacht is None
        and (
            not opdracht.startswith(MAG_NIET_DRAAIEN) or "#" not in opdracht.split(NIET_GEDRAAID)[0]
        )
    ]
    assert not fout, (
        f"{NIET_GEDRAAID} on a command that must run, or outside its comment:\n" + "\n".join(fout)
    )


def test_de_leesmij_begint_met_demo_en_test():
    eerste = opdrachten((ROOT / "README.md").read_text(encoding="utf-8"))[:2]
    assert [o.split("#")[0].strip() for o, _ in eerste] == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("pagina", PAGINAS, ids=lambda p: p.name)
def test_elke_opdracht_draait(pagina, tmp_path):
    tekst = pagina.read_text(encoding="utf-8")
    te_draaien = [(o, v) for o, v in opdrachten(tekst) if v is not None]
    if not te_draaien:
        pytest.skip(f"{pagina.name} shows no command to run")
    kopie = tmp_path / "repo"
    shutil.copytree(ROOT, kopie, ignore=NEGEER)
    for naam, inhoud in bestanden(tekst).items():
        (kopie / naam).write_text(inhoud, encoding="utf-8")
    omgeving = dict(
        os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"
    )
    omgeving.pop("COLUMNS", None)
    for opdracht, verwacht in te_draaien:
        klaar = subprocess.run(
            ["bash", "-c", opdracht],
            cwd=kopie,
            env=omgeving,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert klaar.returncode == verwacht, (
            f"{pagina.name}: `{opdracht}` ended with exit status {klaar.returncode}, expected "
            f"{verwacht}\nstdout:\n{klaar.stdout[-3000:]}\nstderr:\n{klaar.stderr[-3000:]}"
        )


def ankers(pagina: Path) -> set[str]:
    """The anchors GitHub gives the headings of a page."""
    tekst = CODEBLOK.sub("", pagina.read_text(encoding="utf-8"))
    gezien: dict[str, int] = {}
    uit = set()
    for kop in re.findall(r"^#{1,6} (.+)$", tekst, re.M):
        anker = re.sub(r"[^\w\- ]", "", kop.strip().lower()).replace(" ", "-")
        uit.add(anker if anker not in gezien else f"{anker}-{gezien[anker]}")
        gezien[anker] = gezien.get(anker, 0) + 1
    return uit


@pytest.mark.parametrize("pagina", PAGINAS, ids=lambda p: p.name)
def test_relatieve_links_bestaan(pagina):
    tekst = CODEBLOK.sub("", pagina.read_text(encoding="utf-8"))
    fout = []
    for doel in LINK.findall(tekst):
        if re.match(r"[a-z]+:", doel):
            continue
        pad, _, anker = doel.partition("#")
        bestand = (pagina.parent / pad).resolve() if pad else pagina
        if not bestand.exists():
            fout.append(f"{doel}: no such file")
        elif anker and (bestand.suffix != ".md" or anker not in ankers(bestand)):
            fout.append(f"{doel}: no heading with that anchor")
    assert not fout, f"{pagina.name}:\n" + "\n".join(fout)


def test_web_api_voorbeeld_antwoordt_zoals_beschreven(tmp_path):
    """The `curl` of docs/web-api.md, posted to the app `arbeidsmigratie serve` runs, answers the
    route the page says (no server: the command itself is not run)."""
    from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
    from openfisca_arbeidsmigratie.tools.web.web_api import maak_app

    tekst = (ROOT / "docs" / "web-api.md").read_text(encoding="utf-8")
    curl = next(o for o, _ in opdrachten(tekst) if o.startswith("curl "))
    situatie = json.loads(re.search(r"-d '(.*)'", curl, re.S)[1])
    beschreven = json.loads("{" + re.search(r"answers `(.*?)`", tekst)[1] + "}")
    app = maak_app(CountryTaxBenefitSystem(), slotmap=tmp_path)
    antwoord = app.test_client().post("/calculate", json=situatie)
    assert antwoord.status_code == 200, antwoord.get_data(as_text=True)
    gegevens = antwoord.get_json()
    assert gegevens["personen"]["ravi"]["toelatingsroute"] == beschreven["toelatingsroute"]
    assert gegevens["actualiteit"] is not None


def test_cli_naslag_is_actueel():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == naslag(), (
        "docs/cli.md is stale: run `make docs`"
    )
