"""Population outputs are all or nothing: real runs interrupted at random points leave the
previous results untouched, a second run into the same folder is refused, and an unusable
output folder is found before anything is computed."""

import fcntl
import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
UITVOER = {"personen.parquet", "aggregaat.csv", "verschil.csv", "routes.png"}


@pytest.fixture(autouse=True)
def eigen_tijdelijke_map(tmp_path, monkeypatch):
    """The temporary files of runs killed here (SIGKILL leaves them) stay in the test's folder."""
    map_ = tmp_path / "tijdelijk"
    map_.mkdir()
    monkeypatch.setenv("TMPDIR", str(map_))


def draai(*argumenten, wacht=True):
    opdracht = [BIN / "arbeidsmigratie", *map(str, argumenten)]
    if not wacht:
        return subprocess.Popen(opdracht, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run(opdracht, capture_output=True, text=True, timeout=240)


def inhoud(map_: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in map_.iterdir()}


@pytest.fixture(scope="module")
def bevolking(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("bevolking")
    uit = draai("genereer", "--aantal", 800, "--uitvoer", map_ / "p.parquet")
    assert uit.returncode == 0, uit.stderr
    assert werkgevers(map_ / "p.parquet").is_file()
    return map_ / "p.parquet"


def werkgevers(invoer: Path) -> Path:
    """The employers table `genereer` writes next to the persons (joined by `werkgever_id`)."""
    return invoer.with_name(f"{invoer.stem}_werkgevers{invoer.suffix}")


def bevolkingsrun(invoer, uitvoer, datum, wacht=True):
    return draai(
        "bevolking",
        "--invoer",
        invoer,
        "--werkgevers",
        werkgevers(invoer),
        "--reform",
        "kennismigrant_jongerennorm_afgeschaft",
        "--blokgrootte",
        100,
        "--datum",
        datum,
        "--uitvoer",
        uitvoer,
        wacht=wacht,
    )


def test_onderbroken_runs_laten_vorige_uitkomsten_staan(bevolking, tmp_path):
    """Runs alternate between two dates, so that each run's complete outputs differ from the
    previous ones: after an interruption the folder holds one or the other, never a mix."""
    datums = ("2026-06-15", "2023-01-02")
    referentie = {}
    duur = 0.0
    for datum in datums:
        begin = time.monotonic()
        uit = bevolkingsrun(bevolking, tmp_path / datum, datum)
        duur = max(duur, time.monotonic() - begin)
        assert uit.returncode == 0, uit.stderr
        referentie[datum] = inhoud(tmp_path / datum)
        assert set(referentie[datum]) == UITVOER
    assert referentie[datums[0]] != referentie[datums[1]]
    uitvoer = tmp_path / "uit"
    assert bevolkingsrun(bevolking, uitvoer, datums[0]).returncode == 0
    assert inhoud(uitvoer) == referentie[datums[0]]
    toeval = random.Random()
    for stap, signaal in enumerate((signal.SIGINT, signal.SIGTERM, signal.SIGKILL), 1):
        vorige = inhoud(uitvoer)
        datum = datums[stap % 2]
        moment = toeval.uniform(0.2, duur)
        proces = bevolkingsrun(bevolking, uitvoer, datum, wacht=False)
        time.sleep(moment)
        proces.send_signal(signaal)
        proces.communicate(timeout=120)
        beschrijving = f"{signaal.name} after {moment:.2f} s of {duur:.2f} s"
        assert inhoud(uitvoer) in (vorige, referentie[datum]), beschrijving
        if signaal != signal.SIGKILL:
            assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name], beschrijving
    uit = bevolkingsrun(bevolking, uitvoer, datums[1])
    assert uit.returncode == 0, uit.stderr
    assert inhoud(uitvoer) == referentie[datums[1]]
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_tweede_run_tegelijk_geweigerd(bevolking, tmp_path):
    """While a run holds the lock of a folder (here this test, as a run would), another run into
    that folder is refused at once and changes nothing."""
    uitvoer = tmp_path / "uit"
    assert bevolkingsrun(bevolking, uitvoer, "2026-06-15").returncode == 0
    vorige = inhoud(uitvoer)
    with (tmp_path / ".uit.lock").open("a") as slot:
        fcntl.flock(slot, fcntl.LOCK_EX | fcntl.LOCK_NB)
        tweede = bevolkingsrun(bevolking, uitvoer, "2023-01-02")
    assert tweede.returncode == 2, tweede.stderr
    assert "another run is writing to" in tweede.stderr
    assert "Traceback" not in tweede.stderr
    assert inhoud(uitvoer) == vorige
    assert bevolkingsrun(bevolking, uitvoer, "2023-01-02").returncode == 0


def test_drempel_onderbroken(bevolking, tmp_path):
    uitvoer = tmp_path / "drempel"
    argumenten = [
        "drempel",
        "kennismigrant.salariscriterium.jonger_dan_dertig",
        "--invoer",
        bevolking,
        "--werkgevers",
        werkgevers(bevolking),
        "--stappen",
        3,
        "--uitvoer",
        uitvoer,
    ]
    assert draai(*argumenten).returncode == 0
    vorige = inhoud(uitvoer)
    assert set(vorige) == {"drempel.csv", "drempel.png"}
    proces = draai(*argumenten, "--stappen", 30, wacht=False)
    time.sleep(random.uniform(1.0, 2.5))
    proces.send_signal(signal.SIGKILL)
    proces.communicate(timeout=60)
    nu = inhoud(uitvoer)
    if nu != vorige:
        assert set(nu) == {"drempel.csv", "drempel.png"}
        regels = (uitvoer / "drempel.csv").read_text().splitlines()
        assert len(regels) >= 31, "a complete table of the 30-step run"


def beeindig_binnen(proces, signaal, groep=False) -> float:
    """Send `signaal` (to the process group when `groep`); the seconds until the process ended."""
    begin = time.monotonic()
    if groep:
        os.killpg(proces.pid, signaal)
    else:
        proces.send_signal(signaal)
    try:
        proces.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proces.pid, signal.SIGKILL)
        proces.communicate()
        return float("inf")
    return time.monotonic() - begin


def gestart(*argumenten):
    opdracht = [BIN / "arbeidsmigratie", *map(str, argumenten)]
    return subprocess.Popen(
        opdracht, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )


def test_signaal_beeindigt_een_run_met_processen_binnen_2_s(bevolking, tmp_path):
    """SIGTERM to the whole process group (as a service manager sends it) kills the workers
    while the main process ends the pool; SIGINT is Ctrl-C. Either ends the run within 2 s,
    the earlier results intact (issue 20.8: the pool's shutdown could wait forever)."""
    argumenten = ("bevolking", "--invoer", bevolking, "--werkgevers", werkgevers(bevolking))
    argumenten += ("--processen", 2, "--blokgrootte", 50, "--geen-grafiek", "--uitvoer")
    begin = time.monotonic()
    assert gestart(*argumenten, tmp_path / "nieuw", "--datum", "2023-01-02").wait(240) == 0
    duur = time.monotonic() - begin
    nieuw = inhoud(tmp_path / "nieuw")
    uitvoer = tmp_path / "uit"
    assert gestart(*argumenten, uitvoer, "--datum", "2026-06-15").wait(240) == 0
    vorige = inhoud(uitvoer)
    assert vorige != nieuw
    toeval = random.Random()
    for signaal in (signal.SIGTERM, signal.SIGINT, signal.SIGTERM):
        proces = gestart(*argumenten, uitvoer, "--datum", "2023-01-02")
        moment = toeval.uniform(0.5 * duur, 0.9 * duur)
        time.sleep(moment)
        nodig = beeindig_binnen(proces, signaal, groep=True)
        beschrijving = f"{signaal.name} after {moment:.2f} s of {duur:.2f} s"
        assert nodig < 2.0, f"{beschrijving}: ended after {nodig:.2f} s"
        assert inhoud(uitvoer) in (vorige, nieuw), beschrijving


def test_resten_van_een_gedode_run(bevolking, tmp_path):
    """A run killed with SIGKILL leaves its lock and temporary folder; the next run removes them
    and says so on stderr, and leaves nothing beside the folder itself."""
    uitvoer = tmp_path / "uit"
    proces = bevolkingsrun(bevolking, uitvoer, "2026-06-15", wacht=False)
    einde = time.monotonic() + 120
    while not list(tmp_path.glob(".uit.tmp-*")) and time.monotonic() < einde:
        time.sleep(0.01)
    proces.kill()
    proces.communicate(timeout=60)
    assert (tmp_path / ".uit.lock").read_text() == str(proces.pid)
    assert list(tmp_path.glob(".uit.tmp-*"))
    uit = bevolkingsrun(bevolking, uitvoer, "2026-06-15")
    assert uit.returncode == 0, uit.stderr
    assert f"process {proces.pid}, which wrote to {uitvoer}, ended without finishing" in uit.stderr
    assert ".uit.tmp-" in uit.stderr
    assert not list(tmp_path.glob(".uit.*"))
    assert set(inhoud(uitvoer)) == UITVOER


def test_drempel_stappen_begrensd(bevolking, tmp_path):
    uit = draai(
        "drempel",
        "kennismigrant.salariscriterium.jonger_dan_dertig",
        "--aantal",
        10,
        "--stappen",
        100_000_000,
        "--uitvoer",
        tmp_path / "d",
    )
    assert uit.returncode == 2
    assert "--stappen: at most 1,000 values" in uit.stderr
    assert not (tmp_path / "d").exists()


def test_drempel_signaal_binnen_2_s(bevolking, tmp_path):
    """SIGTERM and SIGINT end `drempel` within 2 s; the earlier table stays whole."""
    uitvoer = tmp_path / "drempel"
    argumenten = [
        "drempel",
        "kennismigrant.salariscriterium.jonger_dan_dertig",
        "--invoer",
        bevolking,
        "--werkgevers",
        werkgevers(bevolking),
        "--uitvoer",
        uitvoer,
    ]
    assert draai(*argumenten, "--stappen", 3).returncode == 0
    vorige = inhoud(uitvoer)
    toeval = random.Random()
    for signaal in (signal.SIGTERM, signal.SIGINT):
        proces = gestart(*argumenten, "--stappen", 1000)
        moment = toeval.uniform(2.0, 4.0)
        time.sleep(moment)
        nodig = beeindig_binnen(proces, signaal)
        assert nodig < 2.0, f"{signaal.name} after {moment:.2f} s: ended after {nodig:.2f} s"
        assert proces.returncode == 128 + signaal
        assert inhoud(uitvoer) == vorige
        assert not list(tmp_path.glob(".drempel.*"))
