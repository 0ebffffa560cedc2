"""The fixed cost before the first person (issue 24 item 3), run by `make bench`.

Every figure is the minimum and median of `--runs` fresh processes, the rounds interleaved:
1. In one process, as `arbeidsmigratie bevolking` starts: importing the command line, loading the
   compiled walks (numba, from its on-disk cache), building current law and the benchmark's six
   reforms; and whether the kernels came from the cache (and where it is).
2. `arbeidsmigratie bevolking` end to end on 100,000 generated persons x 7 systems, one process
   and the default pool (generation not timed).
3. `arbeidsmigratie voorbeelden` end to end (every example case in one simulation per system).

    python benchmarks/vaste_kosten.py [--runs 5] [--aantal 100000] [--docs]
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bevolking import BENCHMARKPAGINA, DATUM, HERVORMINGEN, machine  # noqa: E402

BIN = Path(sys.executable).parent

STAPPEN = """
import json, sys, time
begin = time.perf_counter()
import openfisca_arbeidsmigratie.tools.cli
from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.kern.register import pas_toe
geimporteerd = time.perf_counter()
from openfisca_arbeidsmigratie.model import versnelling
gecompileerd = versnelling.opwarmen()
geladen = time.perf_counter()
systeem = CountryTaxBenefitSystem()
systemen = [systeem, *(pas_toe(systeem, naam) for naam in sys.argv[1:])]
gebouwd = time.perf_counter()
cache = {}
if gecompileerd:
    from openfisca_arbeidsmigratie.model import numba_kernen
    kern = numba_kernen.GECOMPILEERD[0]
    cache = {"map": kern.stats.cache_path,
             "geladen": sum(sum(k.stats.cache_hits.values()) for k in numba_kernen.GECOMPILEERD),
             "gecompileerd": sum(sum(k.stats.cache_misses.values())
                                 for k in numba_kernen.GECOMPILEERD)}
print(json.dumps({"import": geimporteerd - begin, "kernen": geladen - geimporteerd,
                  "systemen": gebouwd - geladen, "cache": cache}))
"""


def wandtijd(opdracht: list) -> float:
    begin = time.perf_counter()
    subprocess.run(list(map(str, opdracht)), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begin


def stappen() -> dict:
    uit = subprocess.run(
        [sys.executable, "-c", STAPPEN, *HERVORMINGEN], check=True, capture_output=True, text=True
    )
    return json.loads(uit.stdout.strip().splitlines()[-1])


def bevolking(map_: Path, processen: int) -> float:
    hervormingen = [a for h in HERVORMINGEN for a in ("--reform", h)]
    return wandtijd(
        [BIN / "arbeidsmigratie", "bevolking", "--invoer", map_ / "personen.parquet",
         "--werkgevers", map_ / "personen_werkgevers.parquet", "--datum", DATUM,
         "--uitvoer", map_ / "uit", "--geen-grafiek", "--processen", processen, *hervormingen]
    )  # fmt: skip


def mm(waarden) -> str:
    return f"{min(waarden):.2f} / {statistics.median(waarden):.2f} s"


def doel(waarden, grens: float) -> str:
    return f"<= {grens} s: " + ("met" if min(waarden) <= grens else "**not met**")


def meet(runs: int, aantal: int) -> list[str]:
    kernen = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    regels = [f"Machine: {machine()}. Each figure: min / median of {runs} fresh processes.", ""]
    with tempfile.TemporaryDirectory() as naam:
        map_ = Path(naam)
        subprocess.run(
            [BIN / "arbeidsmigratie", "genereer", "--aantal", str(aantal), "--datum", DATUM,
             "--uitvoer", map_ / "personen.parquet"], check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        stappen()  # numba's cache written, if this version never ran here
        gemeten = {n: [] for n in ("stappen", "een", "pool", "voorbeelden", "python")}
        for _ in range(runs):
            gemeten["python"].append(wandtijd([sys.executable, "-c", "pass"]))
            gemeten["stappen"].append(stappen())
            gemeten["een"].append(bevolking(map_, 1))
            gemeten["pool"].append(bevolking(map_, kernen))
            gemeten["voorbeelden"].append(wandtijd([BIN / "arbeidsmigratie", "voorbeelden"]))
    deel = {k: [s[k] for s in gemeten["stappen"]] for k in ("import", "kernen", "systemen")}
    samen = [sum(s[k] for k in deel) for s in gemeten["stappen"]]
    cache = gemeten["stappen"][-1]["cache"]
    uit_cache = (
        f"loaded from numba's cache in `{cache['map']}` ({cache['geladen']} loaded, "
        f"{cache['gecompileerd']} compiled)"
        if cache
        else "numba not installed: the walks run numpy"
    )
    systemen = 1 + len(HERVORMINGEN)
    return regels + [
        "| Fixed cost | min / median | Target |",
        "|---|---|---|",
        f"| Python start alone (`python -c pass`, not in the figures below) | {mm(gemeten['python'])} | |",
        f"| Importing the command line | {mm(deel['import'])} | |",
        f"| Loading the compiled walks ({uit_cache}) | {mm(deel['kernen'])} | |",
        f"| Building current law and {systemen - 1} reforms | {mm(deel['systemen'])} | |",
        f"| Imports + compiled walks + {systemen} systems, one process | {mm(samen)} | {doel(samen, 0.8)} |",
        f"| `arbeidsmigratie bevolking`, {aantal:,} persons x {systemen} systems, one process (`--processen 1`), end to end | {mm(gemeten['een'])} | {doel(gemeten['een'], 1.5)} |",
        f"| The same, process pool of {kernen} (the default) | {mm(gemeten['pool'])} | {doel(gemeten['pool'], 1.5)} |",
        f"| `arbeidsmigratie voorbeelden`, end to end (one simulation per system) | {mm(gemeten['voorbeelden'])} | {doel(gemeten['voorbeelden'], 1.0)} |",
    ]  # fmt: skip


def schrijf_pagina(tekst: str):
    inhoud = BENCHMARKPAGINA.read_text(encoding="utf-8")
    nieuw, aantal = re.subn(
        r"(<!-- vaste-kosten:begin -->\n).*?(<!-- vaste-kosten:end -->)",
        lambda m: m.group(1) + tekst + "\n" + m.group(2),
        inhoud,
        flags=re.S,
    )
    if not aantal:
        raise SystemExit("docs/benchmark.md has no <!-- vaste-kosten:begin --> marker")
    tijdelijk = BENCHMARKPAGINA.with_suffix(".md.tmp")
    tijdelijk.write_text(nieuw, encoding="utf-8")
    tijdelijk.replace(BENCHMARKPAGINA)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--aantal", type=int, default=100_000)
    parser.add_argument(
        "--docs", action="store_true", help="write the results into docs/benchmark.md"
    )
    argumenten = parser.parse_args()
    tekst = "\n".join(meet(argumenten.runs, argumenten.aantal))
    print(tekst)
    if argumenten.docs:
        schrijf_pagina(tekst)


if __name__ == "__main__":
    main()
