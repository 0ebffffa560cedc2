"""The compiled residence-history walks (numba), when available; numpy otherwise.

With the optional extra `snel` (numba) installed, `verblijfsgeschiedenis` runs its two walks as
compiled kernels (`kernen()`); their results are bit-identical to the numpy code, which stays the
fallback. Setting the environment variable `ARBEIDSMIGRATIE_NUMBA=0` switches them off. numba
is imported on the first walk, not with the package, and its compiled code is cached on disk, so
a second process loads it instead of compiling. `opwarmen()` does that load (or the first
compile) up front, e.g. before a process pool forks. Loading takes longer than walking a few
thousand persons with numpy: a walk over fewer than `KLEIN` persons runs numpy unless the kernels
are loaded already (a single case, the examples, the Web API), and a run of fewer than
`LOONT_VANAF` persons in all (`opwarmen(personen)`) walks numpy throughout; the results are the
same.
"""

import importlib.util
import os
import threading

SCHAKELAAR = "ARBEIDSMIGRATIE_NUMBA"
KLEIN = 10_000
LOONT_VANAF = 200_000

_slot = threading.Lock()
_geladen: list = []
_kleine_run: list = [False]


def kernen(personen: int | None = None):
    """The module of compiled kernels (`numba_kernen`), or None: then the walks run numpy.

    `personen`: the size of the walk; under `KLEIN` the kernels are not loaded for it.
    """
    if os.environ.get(SCHAKELAAR) == "0":
        return None
    if not _geladen:
        if personen is not None and (personen < KLEIN or _kleine_run[0]):
            return None
        with _slot:
            if not _geladen:
                _geladen.append(_laad())
    return _geladen[0]


def _laad():
    if importlib.util.find_spec("numba") is None:
        return None
    try:
        import numba  # noqa: F401
    except ImportError:
        return None
    from openfisca_arbeidsmigratie.model import numba_kernen

    return numba_kernen


def opwarmen(personen: int | None = None) -> bool:
    """Load (or, the first time, compile) the kernels by running them on tiny histories, for a
    run of `personen` persons (None: not known); a run of fewer than `LOONT_VANAF` persons walks
    numpy, and its walks do not load the kernels.

    Returns whether the compiled kernels are in use.
    """
    _kleine_run[0] = personen is not None and personen < LOONT_VANAF
    if _kleine_run[0]:
        return bool(_geladen and _geladen[0] is not None)
    gekozen = kernen()
    if gekozen is not None:
        gekozen.opwarmen()
    return gekozen is not None
