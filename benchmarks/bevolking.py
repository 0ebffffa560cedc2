"""Population benchmark: `make bench`. Every figure is the minimum and median of three runs.

1. End to end from Parquet (`arbeidsmigratie bevolking`, 1,000,000 persons, current law and six
   reforms, reading, validation, every output): one process, the process pool, a Dask
   LocalCluster (its start included), that cluster with the nanny's MALLOC_TRIM_THRESHOLD_=65536,
   and a running cluster (`dask scheduler`, `dask worker`, configured as docs/analyst.md says); wall
   time and the peak resident memory of the largest process.
2. Scaling: 100,000 to 10,000,000 persons with the pool; 0 to 6 reforms in one process.
3. The whole route decision against `numpy_route.py` (plain numpy, the same rules) on a
   population that sets every input, the withdrawal agreement and the monthly history of Wav art.
   4(2)(b) included: end to end from Parquet (also with the walks in numpy), and the decision alone
   on the same arrays. Results asserted equal.
   And the fair numpy limit (`numpy_eerlijk.py`): the project's run of current law and six
   reforms, `--variabelen toelatingsroute`, one process, against the same run with numpy for the
   rules: the same Parquet file in chunks of 100,000 rows, the same compiled walk, the same
   outputs (asserted equal byte for byte); both as fresh processes, interleaved, ratios per round.
4. One simulation per person: in-process (SimulationBuilder) and over HTTP (`openfisca serve`,
   one POST /calculate per person), against the vectorised run.

The runs of the first figures are interleaved (one process, pool, cluster, cluster with the trim
threshold, running cluster, pool with the chart; three rounds), and each ratio is taken between
runs of the same round, so a change in the machine's load hits both sides.
"""

import argparse
import contextlib
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem, Populatie
from openfisca_arbeidsmigratie.model.enums import Toelatingsroute, Verblijfsdoel
from openfisca_arbeidsmigratie.model.maandreeks import (
    maanden_terug,
    vergeet_wandelingen,
)
from openfisca_arbeidsmigratie.model.motor import lege_simulatie
from openfisca_arbeidsmigratie.model.versnelling import SCHAKELAAR
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer, genereer_blokken
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    maandkolom,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy_route  # noqa: E402

DATUM = "2026-06-15"
RUNS = 3
RIJGROEP = 100_000
BENCHMARKPAGINA = Path(__file__).resolve().parent.parent / "docs" / "benchmark.md"
BIN = Path(sys.executable).parent
GIB = 2**30


def machine() -> str:
    model = next(
        (
            r.split(":", 1)[1].strip()
            for r in Path("/proc/cpuinfo").read_text().splitlines()
            if r.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    geheugen = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / GIB
    belasting = ", ".join(f"{b:.1f}" for b in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({model}), {geheugen:.0f} GiB, Python "
        f"{platform.python_version()}, numpy {np.__version__}; load average at the start "
        f"{belasting}"
    )


def meet(opdracht, omgeving=None) -> tuple[float, float]:
    """(wall seconds, peak RSS in GiB of the largest process) of a command, in a fresh wrapper."""
    wrapper = (
        "import json,resource,subprocess,sys,time;t=time.perf_counter();"
        "subprocess.run(sys.argv[1:],check=True,stdout=subprocess.DEVNULL);"
        "print(json.dumps([time.perf_counter()-t,"
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))"
    )
    env = {**os.environ, "CI": "1", **(omgeving or {})}
    uit = subprocess.run(
        [sys.executable, "-c", wrapper, *map(str, opdracht)],
        capture_output=True,
        text=True,
        env=env,
    )
    if uit.returncode:
        raise RuntimeError(f"{opdracht}: {uit.stderr[-3000:]}")
    duur, kib = json.loads(uit.stdout.strip().splitlines()[-1])
    return duur, kib / 2**20


def drie(functie):
    return [functie() for _ in range(RUNS)]


def s(waarden) -> str:
    return f"{min(waarden):.2f} / {statistics.median(waarden):.2f} s"


def ms(waarden) -> str:
    return f"{1000 * min(waarden):.0f} / {1000 * statistics.median(waarden):.0f} ms"


def x(waarden) -> str:
    return f"{min(waarden):.2f} / {statistics.median(waarden):.2f} x"


def x_op(waarden) -> str:
    """A speed-up: the best (largest) and the median."""
    return f"{max(waarden):.2f} / {statistics.median(waarden):.2f} x"


# The targets of issue 14 are for current law and six reforms: the six bundled when they were set,
# so that figures stay comparable as reforms are added; the same six the numpy route decides (the
# fair numpy limit needs a numpy version of each).
HERVORMINGEN = (*numpy_route.HERVORMINGEN, *numpy_route.ZONDER_GEVOLG_VOOR_ROUTE)


def bevolking(bestand, werkgevers, uit, *extra, omgeving=None):
    if "--reform" not in extra:
        extra = (*extra, *(a for h in HERVORMINGEN for a in ("--reform", h)))
    return meet(
        [
            BIN / "arbeidsmigratie",
            "bevolking",
            "--invoer",
            bestand,
            "--werkgevers",
            werkgevers,
            "--datum",
            DATUM,
            "--uitvoer",
            uit,
            *extra,
        ],
        omgeving,
    )


def schrijf_populaties(systeem, map_: Path, basis: int, tot: int):
    """`basis` generated persons (row groups of 100k), its first tenth; `tot` persons generated
    independently with their own employers (as real data would be) and, labelled apart, `tot`
    persons as copies of the base with new identifiers; and `basis` persons that set every input."""
    personen, werkgevers = genereer(systeem, basis, 2026, DATUM)
    pq.write_table(werkgevers, map_ / "werkgevers.parquet")
    pq.write_table(personen, map_ / "basis.parquet", row_group_size=RIJGROEP)
    pq.write_table(personen.slice(0, basis // 10), map_ / "klein.parquet", row_group_size=RIJGROEP)
    if tot > basis:
        schrijver = pq.ParquetWriter(map_ / "groot.parquet", personen.schema)
        plek = personen.schema.get_field_index("persoon_id")
        for kopie in range(tot // basis):
            ids = np.char.add("p", (np.arange(1, basis + 1) + kopie * basis).astype(str))
            schrijver.write_table(
                personen.set_column(plek, "persoon_id", pa.array(ids)), row_group_size=RIJGROEP
            )
        schrijver.close()
        werkgevers_groot, blokken = genereer_blokken(systeem, tot, 2027, DATUM)
        pq.write_table(werkgevers_groot, map_ / "groot_werkgevers.parquet")
        schrijver = None
        for blok in blokken:
            if schrijver is None:
                schrijver = pq.ParquetWriter(map_ / "onafhankelijk.parquet", blok.schema)
            schrijver.write_table(blok, row_group_size=RIJGROEP)
        schrijver.close()
    alle = numpy_route.alle_invoer(systeem, basis, datum=DATUM)
    pq.write_table(alle, map_ / "alle.parquet", row_group_size=RIJGROEP)


def routebeslissing(systeem, bestand) -> dict:
    """Route decision: OpenFisca against plain numpy, end to end and the decision alone; and
    OpenFisca end to end with the walks in numpy (`ARBEIDSMIGRATIE_NUMBA=0`)."""
    p = systeem.parameters(DATUM)
    maand = periods.period(DATUM).start.month
    namen = np.array([lid.name for lid in Toelatingsroute])
    uit = {n: [] for n in ("e2e_of", "e2e_of_numpy", "e2e_np", "beslissing_of", "beslissing_np")}
    for _ in range(RUNS):
        for sleutel, schakelaar in (("e2e_of", "1"), ("e2e_of_numpy", "0")):
            os.environ[SCHAKELAAR] = schakelaar
            begin = time.perf_counter()
            openfisca = Populatie(pq.read_table(bestand), systeem=systeem).bereken(
                "toelatingsroute", DATUM
            )
            uit[sleutel].append(time.perf_counter() - begin)
            del os.environ[SCHAKELAAR]
        begin = time.perf_counter()
        tabel = pq.read_table(bestand, columns=numpy_route.gelezen_kolommen(systeem, DATUM))
        invoer, doelen, buiten = numpy_route.als_arrays(systeem, tabel, DATUM)
        eigen = numpy_route.route(p, invoer, maand, doelen, buiten)
        uit["e2e_np"].append(time.perf_counter() - begin)
        assert np.array_equal(
            namen[eigen], openfisca["toelatingsroute__huidig_recht"].astype(str).to_numpy()
        ), "numpy and OpenFisca disagree"
        simulatie = lege_simulatie(systeem, tabel.num_rows)
        for naam, waarden in invoer.items():
            simulatie.set_input(naam, DATUM, waarden)
        for rij, maand_terug in enumerate(maanden_terug(periods.period(DATUM), len(doelen))):
            simulatie.set_input("verblijfsdoel", maand_terug, EnumArray(doelen[rij], Verblijfsdoel))
            simulatie.set_input("buiten_nederland", maand_terug, buiten[rij])
        vergeet_wandelingen()
        begin = time.perf_counter()
        alleen = np.asarray(simulatie.calculate("toelatingsroute", DATUM))
        uit["beslissing_of"].append(time.perf_counter() - begin)
        begin = time.perf_counter()
        eigen = numpy_route.route(p, invoer, maand, doelen, buiten)
        uit["beslissing_np"].append(time.perf_counter() - begin)
        assert np.array_equal(alleen, eigen), "numpy and OpenFisca disagree"
        del openfisca, tabel, invoer, doelen, buiten, simulatie
    return uit


def _rekenwerk(_) -> float:
    """CPU-bound numpy work with no I/O and nothing shared, about half a second."""
    a = np.random.default_rng(0).random(2_000_000)
    for _ in range(60):
        a = np.sqrt(a * 1.0001 + 0.1)
    return float(a.sum())


def plafond(kernen: int) -> float:
    """The machine's own ceiling for a pool, measured in each round right after the pool's run, in
    a fresh process as the population runs are (not forked from this one, whose heap holds the
    generated populations): `kernen` copies of the same CPU-bound job one after the other against
    in a fresh pool of `kernen` processes (its start included, as the population run's pool); the
    speed-up."""
    uit = subprocess.run(
        [sys.executable, __file__, "--plafond", str(kernen)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(uit.stdout.strip().splitlines()[-1])


def _plafond_hier(kernen: int) -> float:
    import multiprocessing

    begin = time.perf_counter()
    for k in range(kernen):
        _rekenwerk(k)
    serieel = time.perf_counter() - begin
    begin = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(kernen) as pool:
        pool.map(_rekenwerk, range(kernen))
    return serieel / (time.perf_counter() - begin)


def eerlijke_grens(bestand: Path, map_: Path) -> dict:
    """The project (`arbeidsmigratie bevolking`, one process, the route of every system) against
    the fair numpy limit (`numpy_eerlijk.py`) on the same file, interleaved; outputs compared."""
    hervormingen = [a for h in HERVORMINGEN for a in ("--reform", h)]
    uit = {"project": [], "numpy": []}
    project, eigen = map_ / "eerlijk_project", map_ / "eerlijk_numpy"
    for _ in range(RUNS):
        uit["project"].append(
            meet([BIN / "arbeidsmigratie", "bevolking", "--invoer", bestand, "--datum", DATUM,
                  "--uitvoer", project, "--variabelen", "toelatingsroute", "--processen", "1",
                  "--geen-grafiek", *hervormingen])
        )  # fmt: skip
        uit["numpy"].append(
            meet([sys.executable, Path(__file__).with_name("numpy_eerlijk.py"), "--invoer",
                  bestand, "--datum", DATUM, "--uitvoer", eigen, *hervormingen])
        )  # fmt: skip
        for naam in ("aggregaat.csv", "verschil.csv"):
            assert (project / naam).read_bytes() == (eigen / naam).read_bytes(), naam
        assert pq.read_table(project / "personen.parquet").equals(
            pq.read_table(eigen / "personen.parquet")
        ), "numpy and OpenFisca disagree"
    return uit


def eerlijke_regel(basis: int, eerlijk: dict) -> str:
    tijd = {k: [t for t, _ in v] for k, v in eerlijk.items()}
    ratio = [a / b for a, b in zip(tijd["project"], tijd["numpy"], strict=True)]
    systemen = 1 + len(HERVORMINGEN)
    return (
        f"| **Fair numpy limit**: {basis:,} persons setting every input x {systemen} systems, one "
        "process, end to end as fresh processes (`arbeidsmigratie bevolking --variabelen "
        "toelatingsroute --processen 1` against `benchmarks/numpy_eerlijk.py`: the same Parquet "
        f"file in chunks of {RIJGROEP:,} rows, the same compiled walk, the same outputs, asserted "
        f"equal byte for byte): project {s(tijd['project'])}, numpy {s(tijd['numpy'])} | "
        f"{x(ratio)} | <= 1.2 x: {doel(min(ratio) <= 1.2)} |"
    )


def alleen_eerlijk(systeem, basis: int) -> str:
    """`--alleen-eerlijk`: the fair numpy limit alone (to check it at a smaller size)."""
    with tempfile.TemporaryDirectory() as naam:
        map_ = Path(naam)
        alle = numpy_route.alle_invoer(systeem, basis, datum=DATUM)
        pq.write_table(alle, map_ / "alle.parquet", row_group_size=RIJGROEP)
        del alle
        eerlijk = eerlijke_grens(map_ / "alle.parquet", map_)
    return "\n".join(
        [f"Machine: {machine()}.", "", "| Figure | min / median | Target |", "|---|---|---|",
         eerlijke_regel(basis, eerlijk)]
    )  # fmt: skip


def situaties(bestand, werkgeverbestand, aantal):
    personen = pq.read_table(bestand).slice(0, aantal).to_pylist()
    werkgevers = {r.pop("werkgever_id"): r for r in pq.read_table(werkgeverbestand).to_pylist()}
    for rij in personen:
        persoon, werkgever = {}, werkgevers[rij.pop("werkgever_id")]
        rij.pop("persoon_id")
        for naam, waarde in rij.items():
            maand = maandkolom(naam)
            if maand:
                persoon.setdefault(maand[0], {})[maand[1]] = waarde
            else:
                persoon[naam] = {DATUM: waarde}
        persoon["toelatingsroute"] = {DATUM: None}
        yield {
            "personen": {"p": persoon},
            "werkgevers": {
                "w": {"werknemers": ["p"], **{k: {DATUM: v} for k, v in werkgever.items()}}
            },
        }


def per_persoon_in_proces(systeem, gevallen) -> float:
    begin = time.perf_counter()
    for geval in gevallen:
        SimulationBuilder().build_from_entities(systeem, geval).calculate("toelatingsroute", DATUM)
    return (time.perf_counter() - begin) / len(gevallen)


def per_persoon_http(gevallen) -> list[float]:
    with socket.socket() as sok:
        sok.bind(("127.0.0.1", 0))
        poort = sok.getsockname()[1]
    server = subprocess.Popen(
        [BIN / "openfisca", "serve", "-c", "openfisca_arbeidsmigratie", "--bind",
         f"127.0.0.1:{poort}", "--workers", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    basis = f"http://127.0.0.1:{poort}"
    try:
        einde = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{basis}/parameters", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > einde:
                    raise
                time.sleep(0.5)
        tijden = []
        for _ in range(RUNS):
            begin = time.perf_counter()
            for geval in gevallen:
                verzoek = urllib.request.Request(
                    f"{basis}/calculate",
                    data=json.dumps(geval).encode(),
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(verzoek, timeout=60) as antwoord:
                    antwoord.read()
            tijden.append((time.perf_counter() - begin) / len(gevallen))
        return tijden
    finally:
        server.terminate()
        server.wait(timeout=30)


def alleen_huidig_recht(systeem, bestand, werkgevers):
    """Current law alone, as `arbeidsmigratie bevolking` would run it with no reform."""
    from openfisca_arbeidsmigratie.tools.bevolking.lezen import controleer_pad, lees_tabel
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai

    with tempfile.TemporaryDirectory() as uit:
        draai(
            systeem,
            Bron(bestand, pad=controleer_pad(bestand)),
            [],
            DATUM,
            uitvoer=uit,
            werkgevers=lees_tabel(werkgevers),
            grafiek=False,
        )


DASK_CONFIGURATIE = """distributed:
  nanny:
    pre-spawn-environ:
      MALLOC_TRIM_THRESHOLD_: null
"""


@contextlib.contextmanager
def draaiend_cluster(map_: Path, werkers: int):
    """A running scheduler and `werkers` workers (`dask scheduler`, `dask worker`), started as
    docs/analyst.md says for a real cluster; yields the scheduler's address once every worker is there."""
    from dask.distributed import Client

    configuratie = map_ / "dask"
    configuratie.mkdir()
    (configuratie / "arbeidsmigratie.yaml").write_text(DASK_CONFIGURATIE)
    omgeving = {**os.environ, "DASK_CONFIG": str(configuratie)}
    bestand = map_ / "scheduler.json"
    stil = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": omgeving}
    processen = [
        subprocess.Popen(
            [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--scheduler-file", bestand], **stil,
        ),
        subprocess.Popen(
            [BIN / "dask", "worker", "--scheduler-file", bestand, "--nworkers", str(werkers),
             "--nthreads", "1", "--no-dashboard"], **stil,
        ),
    ]  # fmt: skip
    try:
        einde = time.monotonic() + 120
        while not bestand.exists():
            if time.monotonic() > einde:
                raise RuntimeError("the Dask scheduler did not start")
            time.sleep(0.2)
        with Client(scheduler_file=str(bestand), timeout="60s") as client:
            client.wait_for_workers(werkers, timeout=120)
            assert not any(client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values())
            yield client.scheduler.address
    finally:
        for proces in reversed(processen):
            proces.terminate()
            proces.wait(timeout=60)


def schrijf_pagina(tekst: str):
    inhoud = BENCHMARKPAGINA.read_text(encoding="utf-8")
    nieuw = re.sub(
        r"(<!-- benchmark:begin -->\n).*?(<!-- benchmark:end -->)",
        lambda m: m.group(1) + tekst + "\n" + m.group(2),
        inhoud,
        flags=re.S,
    )
    BENCHMARKPAGINA.write_text(nieuw, encoding="utf-8")


def doel(gehaald: bool) -> str:
    return "met" if gehaald else "**not met**"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000, help="the base population")
    parser.add_argument("--tot", type=int, default=10_000_000, help="largest population")
    parser.add_argument(
        "--docs", action="store_true", help="write the results into docs/benchmark.md"
    )
    parser.add_argument("--persoonlijk", type=int, default=100, help="persons for one-by-one")
    parser.add_argument("--alleen-huidig", nargs=2, metavar=("PERSONS", "EMPLOYERS"))
    parser.add_argument(
        "--alleen-eerlijk", action="store_true", help="only the fair numpy limit, --aantal persons"
    )
    parser.add_argument("--plafond", type=int, metavar="CORES", help=argparse.SUPPRESS)
    argumenten = parser.parse_args()
    if argumenten.plafond:
        print(_plafond_hier(argumenten.plafond))
        return
    systeem = CountryTaxBenefitSystem()
    if argumenten.alleen_huidig:
        alleen_huidig_recht(systeem, *argumenten.alleen_huidig)
        return
    if argumenten.alleen_eerlijk:
        print(alleen_eerlijk(systeem, argumenten.aantal))
        return
    systemen = 1 + len(HERVORMINGEN)
    kernen = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    regels = [f"Machine: {machine()}. Each figure: min / median of {RUNS} runs.", ""]
    with tempfile.TemporaryDirectory() as naam:
        map_ = Path(naam)
        basis = argumenten.aantal
        schrijf_populaties(systeem, map_, basis, argumenten.tot)
        w = map_ / "werkgevers.parquet"
        miljoen = map_ / "basis.parquet"
        uit = map_ / "uit"

        def run(bestand, *extra, omgeving=None):
            return drie(
                lambda: bevolking(bestand, w, uit, "--geen-grafiek", *extra, omgeving=omgeving)
            )

        varianten = {
            "een": (["--processen", "1"], None),
            "pool": (["--processen", str(kernen)], None),
            "cluster": (["--dask", "lokaal", "--processen", str(kernen)], None),
            "trim": (
                ["--dask", "lokaal", "--processen", str(kernen)],
                {"MALLOC_TRIM_THRESHOLD_": "65536"},
            ),
        }
        gemeten = {naam: [] for naam in [*varianten, "draaiend", "grafiek", "plafond"]}
        with draaiend_cluster(map_, kernen) as adres:
            bevolking(miljoen, w, uit, "--geen-grafiek", "--dask", adres)
            for _ in range(RUNS):
                for naam, (extra, omgeving) in varianten.items():
                    gemeten[naam].append(
                        bevolking(miljoen, w, uit, "--geen-grafiek", *extra, omgeving=omgeving)
                    )
                    if naam == "pool":
                        gemeten["plafond"].append(plafond(kernen))
                gemeten["draaiend"].append(
                    bevolking(miljoen, w, uit, "--geen-grafiek", "--dask", adres)
                )
                gemeten["grafiek"].append(bevolking(miljoen, w, uit, "--processen", str(kernen)))
        een, pool, cluster, trim = (gemeten[n] for n in varianten)
        draaiend = gemeten["draaiend"]
        met_grafiek = gemeten["grafiek"]
        schaal = {basis // 10: run(map_ / "klein.parquet", "--processen", str(kernen)), basis: pool}
        if argumenten.tot > basis:
            groot = {1: [], kernen: []} if kernen > 1 else {1: []}
            for _ in range(RUNS):
                for processen, runs in groot.items():
                    runs.append(
                        bevolking(
                            map_ / "onafhankelijk.parquet",
                            map_ / "groot_werkgevers.parquet",
                            uit,
                            "--geen-grafiek",
                            "--processen",
                            str(processen),
                        )
                    )
            schaal[argumenten.tot] = groot[kernen]
            kopieen = run(map_ / "groot.parquet", "--processen", str(kernen))
        hervormingen = list(HERVORMINGEN)
        per_aantal = {
            0: drie(lambda: meet([sys.executable, __file__, "--alleen-huidig", miljoen, w]))
        }
        for k in (1, 3, 6):
            extra = [a for h in hervormingen[:k] for a in ("--reform", h)]
            per_aantal[k] = run(miljoen, "--processen", "1", *extra)
        route = routebeslissing(systeem, map_ / "alle.parquet")
        eerlijk = eerlijke_grens(map_ / "alle.parquet", map_)
        grens = gemeten["plafond"]
        gevallen = list(situaties(miljoen, w, argumenten.persoonlijk))
        in_proces = drie(lambda: per_persoon_in_proces(systeem, gevallen))
        http = per_persoon_http(gevallen)

    tijden = lambda r: [t for t, _ in r]  # noqa: E731
    piek = lambda r: max(m for _, m in r)  # noqa: E731
    verhouding = lambda a, b: [p / q for (p, _), (q, _) in zip(a, b, strict=True)]  # noqa: E731
    route_e2e = [a / b for a, b in zip(route["e2e_of"], route["e2e_np"], strict=True)]
    route_e2e_numpy = [a / b for a, b in zip(route["e2e_of_numpy"], route["e2e_np"], strict=True)]
    route_alleen = [
        a / b for a, b in zip(route["beslissing_of"], route["beslissing_np"], strict=True)
    ]
    gevectoriseerd = min(tijden(pool)) / (basis * systemen)
    regels += [
        f"| Figure ({basis:,} generated persons, current law + {systemen - 1} reforms unless said) | min / median | Target |",
        "|---|---|---|",
        f"| End to end from Parquet, one process (`--processen 1`) | {s(tijden(een))} | <= 6 s: {doel(min(tijden(een)) <= 6)} |",
        f"| End to end, process pool of {kernen} (`--processen {kernen}`) | {s(tijden(pool))} | <= 4 s: {doel(min(tijden(pool)) <= 4)} |",
        f"| Pool against one process (speed-up, same run; best / median) | {x_op(verhouding(een, pool))} | >= 1.7 x: {doel(max(verhouding(een, pool)) >= 1.7)} |",
        f"| This machine's ceiling for that speed-up: {kernen} copies of a CPU-bound numpy job (no I/O, nothing shared), in a fresh pool of {kernen} against one after the other (in each round, right after the pool's run; best / median) | {x_op(grens)} | |",
        f"| End to end, Dask LocalCluster of {kernen} workers (`--dask lokaal`), cluster start included | {s(tijden(cluster))} | |",
        f"| LocalCluster against the pool (slow-down) | {x(verhouding(cluster, pool))} | <= 1.3 x: {doel(min(verhouding(cluster, pool)) <= 1.3)} |",
        f"| End to end on a running cluster (`dask scheduler` and `dask worker --nworkers {kernen} --nthreads 1` on this machine, configured as docs/analyst.md says; `--dask ADDRESS`; one run before, so the workers have built current law) | {s(tijden(draaiend))} | |",
        f"| Running cluster against the pool (slow-down) | {x(verhouding(draaiend, pool))} | <= 1.3 x: {doel(min(verhouding(draaiend, pool)) <= 1.3)} |",
        f"| LocalCluster with the nanny's MALLOC_TRIM_THRESHOLD_=65536 against without | {x(verhouding(trim, cluster))} | |",
        f"| With the chart (`routes.png`) against without, pool | {x(verhouding(met_grafiek, pool))} | optional: `--geen-grafiek` |",
        f"| Peak memory of the largest process: one process / pool / LocalCluster | {piek(een):.2f} / {piek(pool):.2f} / {piek(cluster):.2f} GiB | <= 1 GiB: {doel(max(piek(een), piek(pool)) <= 1)} |",
    ]
    for aantal, runs in schaal.items():
        soort = " (independently generated, own employers)" if aantal > basis else ""
        regels.append(
            f"| {aantal:,} persons{soort} x {systemen} systems, pool: time, peak memory | {s(tijden(runs))}, {piek(runs):.2f} GiB | "
            + (f"<= 40 s: {doel(min(tijden(runs)) <= 40)} |" if aantal >= 10_000_000 else "|")
        )
    if argumenten.tot > basis:
        lineair = [a / b for a, b in zip(tijden(schaal[argumenten.tot]), tijden(pool), strict=True)]
        doel_lineair = argumenten.tot / basis * 1.05
        regels += [
            f"| {argumenten.tot:,} independent persons against {basis:,} (same run) | {x(lineair)} | <= {doel_lineair:.1f} x: {doel(min(lineair) <= doel_lineair)} |",
            *(
                [
                    f"| {argumenten.tot:,} independent persons, one process (`--processen 1`; interleaved with the pool's runs) | {s(tijden(groot[1]))}, {piek(groot[1]):.2f} GiB | |",
                    f"| Pool against one process, {argumenten.tot:,} independent persons (speed-up, same run; best / median; the fixed cost spread over {argumenten.tot // basis} times the persons) | {x_op(verhouding(groot[1], groot[kernen]))} | |",
                ]
                if kernen > 1
                else []
            ),
            f"| {argumenten.tot:,} persons as copies of the {basis:,} with new identifiers (shared employers; for comparison only) | {s(tijden(kopieen))}, {piek(kopieen):.2f} GiB | |",
        ]
    for k, runs in per_aantal.items():
        regels.append(f"| Current law + {k} reform(s), one process | {s(tijden(runs))} | |")
    regels += [
        eerlijke_regel(basis, eerlijk),
        f"| Plain numpy (not the same work: the whole table at once, walks in numpy, nothing written), whole route decision end to end from Parquet ({basis:,} persons setting every input, withdrawal agreement and {len(numpy_route.historiemaanden(systeem, DATUM))} months of history included; `Populatie.bereken` vs read + numpy): OpenFisca {s(route['e2e_of'])}, numpy {s(route['e2e_np'])}, results equal | {x(route_e2e)} | <= 2 x: {doel(min(route_e2e) <= 2)} |",
        f"| The same, OpenFisca with the walks in numpy (`ARBEIDSMIGRATIE_NUMBA=0`, no numba): OpenFisca {s(route['e2e_of_numpy'])} | {x(route_e2e_numpy)} | |",
        f"| The decision alone on the same arrays (inputs set, walks not kept from an earlier run): OpenFisca {ms(route['beslissing_of'])}, numpy {ms(route['beslissing_np'])} | {x(route_alleen)} | |",
        f"| One simulation per person in-process ({argumenten.persoonlijk} persons): ms per person | {1000 * min(in_proces):.1f} / {1000 * statistics.median(in_proces):.1f} ms | |",
        f"| One POST /calculate per person over HTTP (`openfisca serve`, 1 worker): ms per person | {1000 * min(http):.1f} / {1000 * statistics.median(http):.1f} ms | |",
        f"| Vectorised (pool) per person and system: {1e6 * gevectoriseerd:.2f} us; HTTP is slower by | {min(http) / gevectoriseerd:,.0f} x | |",
    ]
    tekst = "\n".join(regels)
    print(tekst)
    if argumenten.docs:
        schrijf_pagina(tekst)


if __name__ == "__main__":
    main()
