"""Chunks over a process pool on one machine: systems built once per process, parts in order.

With `fork` (Linux) the systems are built, and the compiled walks loaded, in this process before
the pool starts, and the workers inherit them; elsewhere each worker builds them once from the
`Opdracht` (reform names, not systems: a built system cannot be pickled). The workers read their
own pieces: the row groups of a Parquet file (write it with row groups of about a chunk), or
slices of a table in memory; otherwise this process reads the chunks and sends them. At most two
pieces per worker are under way, so memory stays bounded; the parts come back in input order.

An interrupted run ends its pool within `FRIST` seconds: `Pool.terminate` can wait forever for a
queue lock that a worker killed at the same moment held (SIGTERM to the whole process group), so
it runs beside this process's main thread, and the workers still there after `FRIST` are killed.
The workers start with SIGINT and SIGTERM held back until they have their own handlers, and die
with the process that started them (Linux).
"""

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from contextlib import nullcontext

import pyarrow as pa
import pyarrow.parquet as pq

from openfisca_arbeidsmigratie.tools.bevolking.doorgang import (
    InProces,
    Opdracht,
    Rekenaar,
    Uitvoerder,
)
from openfisca_arbeidsmigratie.tools.kern import geheugen

_rekenaar: Rekenaar | None = None
_tabel = None
FRIST = 0.5
SIGNALEN = {signal.SIGINT, signal.SIGTERM}


def beschikbare_kernen() -> int:
    """The cores this process may run on (the CPU affinity where the system reports it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _begin(opdracht: Opdracht, draden: int):
    # Ctrl-C reaches the whole process group: the main process handles it and ends the workers
    # (SIGTERM, the default action, which the CLI's own SIGTERM handler must not replace here).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform == "linux":
        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALEN)
    # The workers fill the cores between them: Arrow's decoding threads beyond a worker's share
    # of the cores only add switching (measured: 0.3 s of CPU time per 1,000,000 persons).
    pa.set_cpu_count(draden)
    global _rekenaar
    if _rekenaar is None:
        _rekenaar = Rekenaar(opdracht)


def _verwerk(stuk, eerste_rij, blokgrootte):
    """In a worker: one row group of a Parquet file, a slice of the table, or a chunk."""
    if isinstance(stuk, tuple) and stuk[0] == "parquet":
        tabel = pq.ParquetFile(stuk[1]).read_row_group(stuk[2])
    elif isinstance(stuk, tuple):
        tabel = _tabel.slice(stuk[1], stuk[2])
    else:
        tabel = stuk
    delen = []
    for begin in range(0, tabel.num_rows, blokgrootte):
        delen.append(_rekenaar.blok(tabel.slice(begin, blokgrootte), eerste_rij + begin))
    return delen


def stukken(bron, blokgrootte: int, processen: int, fork: bool):
    """(piece, first row) for the workers: they read Parquet row groups or slice the table
    themselves; otherwise (CSV, a file with fewer row groups than workers) this process reads.
    """
    if bron.tabel is not None and fork:
        for begin in range(0, bron.tabel.num_rows, blokgrootte):
            yield ("tabel", begin, blokgrootte), begin + 1
        return
    if bron.pad is not None and bron.pad.suffix.lower() == ".parquet":
        meta = pq.ParquetFile(bron.pad).metadata
        if meta.num_row_groups >= processen:
            eerste_rij = 1
            for groep in range(meta.num_row_groups):
                yield ("parquet", str(bron.pad), groep), eerste_rij
                eerste_rij += meta.row_group(groep).num_rows
            return
    eerste_rij = 1
    for blok in bron.blokken(blokgrootte):
        yield blok, eerste_rij
        eerste_rij += blok.num_rows


def pooldelen(systeem, opdracht: Opdracht, bron, blokgrootte: int, processen: int, systemen=None):
    """The parts of a run over `processen` worker processes, in input order (`systemen`: see
    `Rekenaar`). Forked workers run without numpy's huge pages (`geheugen.zonder_hugepages`)."""
    fork = "fork" in multiprocessing.get_all_start_methods()
    with geheugen.zonder_hugepages() if fork else nullcontext():
        yield from _pooldelen(systeem, opdracht, bron, blokgrootte, processen, systemen, fork)


def _pooldelen(systeem, opdracht, bron, blokgrootte, processen, systemen, fork):
    global _rekenaar, _tabel
    if fork:
        context = multiprocessing.get_context("fork")
        _rekenaar = Rekenaar(opdracht, systeem, systemen, bron.aantal())
        _tabel = bron.tabel
        gc.freeze()
    else:
        context = multiprocessing.get_context("spawn")
    voor = set(multiprocessing.active_children())
    pool = None
    try:
        houd_tegen = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALEN)
        try:
            draden = max(1, beschikbare_kernen() // processen)
            pool = context.Pool(
                processes=processen, initializer=_begin, initargs=(opdracht, draden)
            )
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, houd_tegen)
        wachtend = deque()
        for stuk, eerste_rij in stukken(bron, blokgrootte, processen, fork):
            wachtend.append(pool.apply_async(_verwerk, (stuk, eerste_rij, blokgrootte)))
            del stuk
            if len(wachtend) >= 2 * processen:
                yield from wachtend.popleft().get()
        while wachtend:
            yield from wachtend.popleft().get()
        pool.close()
        pool.join()
    except BaseException:
        if pool is not None:
            beeindig(pool, voor)
        raise
    finally:
        _rekenaar = _tabel = None
        if fork:
            gc.unfreeze()


class Procespool(Uitvoerder):
    """An executor for `doorgang.doorloop`: the chunks over `processen` worker processes; in
    this process when there is one, or when the table fits in one chunk."""

    def __init__(self, processen: int):
        self.processen = processen

    def delen(self, systeem, opdracht: Opdracht, bron, blokgrootte: int, systemen=None):
        aantal = bron.aantal()
        if self.processen > 1 and (aantal is None or aantal > blokgrootte):
            return pooldelen(systeem, opdracht, bron, blokgrootte, self.processen, systemen)
        return InProces().delen(systeem, opdracht, bron, blokgrootte, systemen)


def beeindig(pool, voor: set) -> None:
    """End `pool` within about `FRIST` seconds, whatever state its queues are in."""
    afsluiter = threading.Thread(target=pool.terminate, daemon=True)
    afsluiter.start()
    afsluiter.join(FRIST)
    for werker in set(multiprocessing.active_children()) - voor:
        werker.kill()
        werker.join(FRIST / 4)
