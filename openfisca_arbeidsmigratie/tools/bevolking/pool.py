"""Chunks over a process pool on one machine: systems built once per process, parts in order.

With `fork` (Linux) the systems are built in this process before the pool starts and the workers
inherit them; elsewhere each worker builds them once from the `Opdracht` (reform names, not
systems: a built system cannot be pickled). This process reads the chunks and hands them out, at
most two per worker at a time, so memory stays bounded; the parts come back in input order.
"""

import gc
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor

from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, Rekenaar

_rekenaar: Rekenaar | None = None


def beschikbare_kernen() -> int:
    """The cores this process may run on (the CPU affinity where the system reports it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _begin(opdracht: Opdracht):
    global _rekenaar
    if _rekenaar is None:
        _rekenaar = Rekenaar(opdracht)


def _verwerk(blok, eerste_rij):
    deel = _rekenaar.blok(blok, eerste_rij)
    del blok
    gc.collect()
    return deel


def pooldelen(systeem, opdracht: Opdracht, blokken, processen: int):
    """The parts of a run over `processen` worker processes, in input order."""
    global _rekenaar
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        _rekenaar = Rekenaar(opdracht, systeem)
    else:
        context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            max_workers=processen,
            mp_context=context,
            initializer=_begin,
            initargs=(opdracht,),
        ) as pool:
            wachtend = deque()
            eerste_rij = 1
            for blok in blokken:
                wachtend.append(pool.submit(_verwerk, blok, eerste_rij))
                eerste_rij += blok.num_rows
                del blok
                if len(wachtend) >= 2 * processen:
                    yield wachtend.popleft().result()
            while wachtend:
                yield wachtend.popleft().result()
    finally:
        _rekenaar = None
