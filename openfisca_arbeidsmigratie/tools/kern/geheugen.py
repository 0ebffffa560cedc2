"""The memory allocators of a population run: freed memory kept for the next chunk.

A run allocates about the same memory for every chunk (its columns, its simulations) and frees
it when the chunk is done. By default both allocators hand much of it back to the system at once:
glibc's `malloc` trims the top of its heap and maps large blocks afresh, and the mimalloc of
pyarrow's memory pool purges freed pages after 10 ms. The next chunk then faults the same pages in
again (in a measured run of 1,000,000 persons, about 40,000 extra page faults and up to 1 s of
system time, varying from run to run). Keeping the memory freed by one chunk for the next makes
the run faster and its time steadier; the peak memory does not grow, since the next chunk reuses
the same memory.

numpy asks the kernel for huge pages (2 MiB) for every array of 4 MiB or more. Workers forked
from a process then copy the huge pages they share with it as soon as they write into them: in a
measured pool run of 1,000,000 persons, 0.3 s of system time more for each worker's first chunk.
One process gains from them (about 0.2 s per 1,000,000 persons), so they are switched off only
around a pool of forked workers (`zonder_hugepages`), and on again after it.

`voor_bevolking()` is called by the population commands (`bevolking`, `drempel`) before pyarrow
is imported (mimalloc reads its options from the environment when pyarrow loads it); worker
processes inherit the settings. A value already set in the environment is left as it is.
"""

import ctypes
import os
from contextlib import contextmanager

from openfisca_arbeidsmigratie.model import motor

MIMALLOC_PURGE_DELAY = "MIMALLOC_PURGE_DELAY"
NOOIT = "-1"
# glibc's mallopt parameters (malloc.h) and the values set: the heap is trimmed only above
# 256 MiB free at its top, and blocks up to 32 MiB (glibc's largest threshold on 64 bits) come
# from the heap, so that they are reused rather than mapped afresh.
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
TRIMDREMPEL = 256 * 2**20
MMAPDREMPEL = 32 * 2**20
GLIBC_OMGEVING = ("MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_")


def voor_bevolking() -> dict[str, bool]:
    """Set both allocators as above; which of the two settings took effect."""
    os.environ.setdefault(MIMALLOC_PURGE_DELAY, NOOIT)
    return {"mimalloc": os.environ[MIMALLOC_PURGE_DELAY] == NOOIT, "glibc": _glibc()}


def _glibc() -> bool:
    if any(naam in os.environ for naam in GLIBC_OMGEVING):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library this process runs on
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_TRIM_THRESHOLD, TRIMDREMPEL)) and bool(
        mallopt(M_MMAP_THRESHOLD, MMAPDREMPEL)
    )


NUMPY_HUGEPAGE = "NUMPY_MADVISE_HUGEPAGE"


@contextmanager
def zonder_hugepages():
    """numpy's huge pages off in this process, and in the processes it forks, until the end; left
    as they are when the user set `NUMPY_MADVISE_HUGEPAGE`."""
    schakelaar = motor.hugepageschakelaar()
    if schakelaar is None or NUMPY_HUGEPAGE in os.environ:
        yield
        return
    vorige = schakelaar(False)
    try:
        yield
    finally:
        schakelaar(vorige)
