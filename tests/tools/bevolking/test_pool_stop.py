"""An interrupted pool ends within a bounded time, also when its workers died at the same moment
(SIGTERM to the whole process group): `Pool.terminate` then waits forever for a queue lock that
a dead worker held (issue 20.8). Run in a subprocess, so that a hang is a timeout, not a stuck
test session."""

import os
import signal
import subprocess
import sys
import time

SCRIPT = """
import multiprocessing, os, signal, time
from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.pool import pooldelen
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron

systeem = CountryTaxBenefitSystem()
personen, _ = genereer(systeem, 400, zaad=1, datum="2026-06-15")
opdracht = Opdracht("2026-06-15", alleen_controleren=True)
stroom = pooldelen(systeem, opdracht, Bron("t", tabel=personen), 20, 2)
next(stroom)
time.sleep(0.5)
for kind in multiprocessing.active_children():
    os.kill(kind.pid, signal.SIGKILL)
time.sleep(0.3)
begin = time.monotonic()
try:
    stroom.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    pass
print(f"{time.monotonic() - begin:.3f}", flush=True)
print(len(multiprocessing.active_children()), flush=True)
os._exit(0)
"""


def test_pool_met_dode_werkers_stopt_begrensd(tmp_path):
    proces = subprocess.Popen(
        [sys.executable, "-c", SCRIPT],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    begin = time.monotonic()
    try:
        uit, fout = proces.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proces.pid, signal.SIGKILL)
        proces.communicate()
        raise AssertionError(f"no end after {time.monotonic() - begin:.0f} s") from None
    assert proces.returncode == 0, fout
    duur, over = uit.split()
    assert float(duur) < 2.0
    assert over == "0", "every worker is gone"
