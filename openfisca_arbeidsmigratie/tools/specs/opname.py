"""Recording, while the formulas run, every value a numeric input is compared with.

An input array is given to the simulation as a `Gevolgd` array: a numpy array that remembers it
is `schaal * input + verschuiving` (per person) for one input. Arithmetic with values that do not
come from a followed input keeps that form; a comparison with such a value records the threshold
`(value - verschuiving) / schaal` for that input. Any other use of a followed value (a product of
two inputs, a rounding, a selection, a cast to whole numbers, a numpy function not listed) is an
escape: the input's partition is then unknown and a spec over it is checked, never proved.

While recording, `numpy.asarray` and `numpy.array` keep the followed form (the rules convert
amounts with them before comparing in cents); a rounding of a followed value to whole cents is
followed exactly when the input itself is given in cents (`stap` 0.01) or whole units.
"""

import contextlib
import threading
from collections import defaultdict

import numpy as np

VERGELIJKEND = {np.greater, np.greater_equal, np.less, np.less_equal, np.equal, np.not_equal}
LINEAIR = {np.add, np.subtract, np.multiply, np.true_divide, np.negative, np.positive}
# Functions that only read a value's comparisons with constants, or pass it on unchanged.
DOORGEVEN = {"broadcast_arrays", "shape", "ndim", "size", "copyto", "result_type"}

_actief = threading.local()


class Opname:
    """Thresholds per input (input -> set of values) and escapes (input -> reasons)."""

    def __init__(self, stappen: dict[str, float]):
        self.stappen = stappen
        self.drempels: dict[str, set[float]] = defaultdict(set)
        self.ontsnapt: dict[str, set[str]] = defaultdict(set)

    def drempel(self, naam, waarden) -> None:
        waarden = np.unique(np.asarray(waarden, dtype=np.float64).ravel())
        self.drempels[naam].update(float(w) for w in waarden[np.isfinite(waarden)])

    def ontsnap(self, naam, reden) -> None:
        self.ontsnapt[naam].add(reden)


class Gevolgd(np.ndarray):
    """An array equal to `schaal * invoer + verschuiving` for the input `invoer`."""

    invoer: str | None = None
    schaal = 1.0
    verschuiving = 0.0

    def __array_finalize__(self, obj):
        if obj is not None:
            self.invoer = getattr(obj, "invoer", None)
            self.schaal = getattr(obj, "schaal", 1.0)
            self.verschuiving = getattr(obj, "verschuiving", 0.0)

    def astype(self, dtype, *args, **kwargs):
        doel = np.dtype(dtype)
        if self.invoer and doel.kind in "iub" and self.dtype.kind == "f":
            _ontsnap(self.invoer, f"cast to {doel}")
            return np.asarray(self.view(np.ndarray).astype(dtype, *args, **kwargs))
        return super().astype(dtype, *args, **kwargs)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        kale = [i.view(np.ndarray) if isinstance(i, Gevolgd) else i for i in inputs]
        if "out" in kwargs:
            kwargs["out"] = tuple(
                o.view(np.ndarray) if isinstance(o, Gevolgd) else o for o in kwargs["out"]
            )
        uitkomst = getattr(ufunc, method)(*kale, **kwargs)
        gevolgd = [i for i in inputs if isinstance(i, Gevolgd) and i.invoer]
        opname = getattr(_actief, "opname", None)
        if not gevolgd or opname is None or method != "__call__":
            if gevolgd and opname is not None:
                opname.ontsnap(gevolgd[0].invoer, f"numpy {ufunc.__name__}.{method}")
            return uitkomst
        return _volg(opname, ufunc, inputs, uitkomst)


def _ontsnap(naam, reden):
    opname = getattr(_actief, "opname", None)
    if opname is not None:
        opname.ontsnap(naam, reden)


def _vorm(waarde):
    if isinstance(waarde, Gevolgd) and waarde.invoer:
        return waarde.invoer, waarde.schaal, waarde.verschuiving
    return None


def _als_gevolgd(array, invoer, schaal, verschuiving):
    uit = np.asarray(array).view(Gevolgd)
    uit.invoer, uit.schaal, uit.verschuiving = invoer, schaal, verschuiving
    return uit


def _kaal(waarde):
    return np.asarray(waarde.view(np.ndarray) if isinstance(waarde, Gevolgd) else waarde)


def _volg(opname, ufunc, inputs, uitkomst):
    vormen = [_vorm(i) for i in inputs]
    gevolgd = [v for v in vormen if v]
    if len({v[0] for v in gevolgd}) > 1 or len(gevolgd) > 1 and ufunc not in VERGELIJKEND:
        for v in gevolgd:
            opname.ontsnap(v[0], f"numpy {ufunc.__name__} of two inputs")
        return uitkomst
    naam, schaal, verschuiving = gevolgd[0]
    if ufunc in VERGELIJKEND:
        if len(gevolgd) > 1:
            opname.ontsnap(naam, "an input compared with itself")
            return uitkomst
        ander = _kaal(inputs[1] if vormen[0] else inputs[0])
        with np.errstate(divide="ignore", invalid="ignore"):
            opname.drempel(naam, (ander - verschuiving) / schaal)
        return uitkomst
    if ufunc not in LINEAIR:
        opname.ontsnap(naam, f"numpy {ufunc.__name__}")
        return uitkomst
    if ufunc is np.negative:
        return _als_gevolgd(uitkomst, naam, -schaal, -verschuiving)
    if ufunc is np.positive:
        return _als_gevolgd(uitkomst, naam, schaal, verschuiving)
    ander = _kaal(inputs[1] if vormen[0] else inputs[0])
    links = vormen[0] is not None
    if ufunc is np.add:
        return _als_gevolgd(uitkomst, naam, schaal, verschuiving + ander)
    if ufunc is np.subtract:
        if links:
            return _als_gevolgd(uitkomst, naam, schaal, verschuiving - ander)
        return _als_gevolgd(uitkomst, naam, -schaal, ander - verschuiving)
    if ufunc is np.multiply:
        return _als_gevolgd(uitkomst, naam, schaal * ander, verschuiving * ander)
    if links:
        return _als_gevolgd(uitkomst, naam, schaal / ander, verschuiving / ander)
    opname.ontsnap(naam, "numpy true_divide by an input")
    return uitkomst


def _rond(opname, waarde, decimalen=0):
    """`round(schaal * x + verschuiving, d)` for an input given in steps of 10**-d / schaal."""
    naam, schaal, verschuiving = _vorm(waarde)
    stap = opname.stappen.get(naam)
    eenheid = 10.0**-decimalen
    exact = (
        stap is not None
        and np.all(
            np.isclose(
                np.asarray(verschuiving) / eenheid, np.round(np.asarray(verschuiving) / eenheid)
            )
        )
        and np.all(
            np.isclose(
                np.asarray(schaal) * stap / eenheid, np.round(np.asarray(schaal) * stap / eenheid)
            )
        )
    )
    if not exact:
        opname.ontsnap(naam, f"rounded to {decimalen} decimals")
        return None
    return _als_gevolgd(np.round(_kaal(waarde), decimalen), naam, schaal, verschuiving)


def _functie(opname, functie, args, kwargs):
    gevolgd = [a for a in list(args) + list(kwargs.values()) if _vorm(a)]
    if not gevolgd:
        return NotImplemented
    naam = functie.__name__
    if naam in ("round", "around") and len(gevolgd) == 1 and gevolgd[0] is args[0]:
        decimalen = args[1] if len(args) > 1 else kwargs.get("decimals", 0)
        return _rond(opname, args[0], decimalen)
    if naam in DOORGEVEN:
        return None
    if naam == "digitize" and len(gevolgd) == 1 and gevolgd[0] is args[0]:
        _grenzen(opname, args[0], args[1] if len(args) > 1 else kwargs["bins"])
        return None
    if naam == "searchsorted" and len(gevolgd) == 1 and gevolgd[0] is not args[0]:
        _grenzen(opname, gevolgd[0], args[0])
        return None
    for a in gevolgd:
        opname.ontsnap(a.invoer, f"numpy.{naam}")
    return None


def _grenzen(opname, waarde, grenzen):
    naam, schaal, verschuiving = _vorm(waarde)
    grenzen = np.asarray(_kaal(grenzen), dtype=np.float64).reshape(-1, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        opname.drempel(naam, (grenzen - np.asarray(verschuiving)) / np.asarray(schaal))


def _array_function(self, func, types, args, kwargs):
    opname = getattr(_actief, "opname", None)
    if opname is not None:
        uit = _functie(opname, func, args, kwargs)
        if uit is not None and uit is not NotImplemented:
            return uit
    kale_args = [_kaal(a) if isinstance(a, Gevolgd) else a for a in args]
    kale_kwargs = {k: _kaal(v) if isinstance(v, Gevolgd) else v for k, v in kwargs.items()}
    return func(*kale_args, **kale_kwargs)


Gevolgd.__array_function__ = _array_function


def volg(array, naam: str) -> Gevolgd:
    """An input array followed as input `naam`."""
    return _als_gevolgd(np.asarray(array), naam, 1.0, 0.0)


_asarray, _array = np.asarray, np.array


def _geheel_van_gebroken(a, dtype) -> bool:
    return dtype is not None and np.dtype(dtype).kind in "iub" and a.dtype.kind == "f"


def _asarray_volgend(a, dtype=None, *args, **kwargs):
    if isinstance(a, Gevolgd) and a.invoer:
        kaal = _asarray(a.view(np.ndarray), dtype, *args, **kwargs)
        if _geheel_van_gebroken(a, dtype):
            _ontsnap(a.invoer, f"converted to {np.dtype(dtype)}")
            return kaal
        return _als_gevolgd(kaal, a.invoer, a.schaal, a.verschuiving)
    return _asarray(a, dtype, *args, **kwargs)


def _array_volgend(a, *args, **kwargs):
    if isinstance(a, Gevolgd) and a.invoer:
        kaal = _array(a.view(np.ndarray), *args, **kwargs)
        dtype = kwargs.get("dtype", args[0] if args else None)
        if _geheel_van_gebroken(a, dtype):
            _ontsnap(a.invoer, f"converted to {np.dtype(dtype)}")
            return kaal
        return _als_gevolgd(kaal, a.invoer, a.schaal, a.verschuiving)
    return _array(a, *args, **kwargs)


_slot = threading.Lock()


@contextlib.contextmanager
def opnemen(opname: Opname):
    """Record into `opname` while the block runs (one recording at a time)."""
    with _slot:
        _actief.opname = opname
        np.asarray, np.array = _asarray_volgend, _array_volgend
        try:
            yield opname
        finally:
            np.asarray, np.array = _asarray, _array
            _actief.opname = None
