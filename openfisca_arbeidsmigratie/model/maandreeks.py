"""A monthly history of residence, shared by the walks over it.

A history is a (months x persons) array, row 0 the month before the application month and each
next row one month further back. Several variables share one history and one walk (the national
count and the lawful-residence count use the same interruptions; the EU count and its absence
window come from the same walk), and a population run judges the same persons under several
systems. OpenFisca caches one array per variable and period, not a (months x persons) array or a
walk with several results, so a walk is run through `gedeelde_wandeling`: the walk is a function
of the history and of its arguments only (a closure is refused), and its result is kept under a
key made of exactly that: the walk, the history (a digest of its content; for a `Maandreeks`,
whose arrays are read-only, the series and the window) and the arguments. Simulations over the
same history share a walk when the arguments are equal and recompute it when a reform changes
them. A population run hands the history as one (months x persons) array per chunk
(`Maandreeks`, `koppel_maandreeks`), so the walk does not read every month back from the
simulation.

The law (which months count, under which article) is in `verblijfsgeschiedenis`; the walks in
`wandelingen`.
"""

import hashlib
import threading
import uuid
import weakref
from collections import OrderedDict

import numpy as np

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel

GEEN = Verblijfsdoel.geen.index


RECHTMATIG = np.array([lid.index != GEEN for lid in Verblijfsdoel])


GESCHIEDENIS = ("verblijfsdoel", "buiten_nederland")


BEWAARDE_WANDELINGEN = 16


_wandelingen: OrderedDict = OrderedDict()


_geschiedenissen: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


_maandreeksen: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


_slot = threading.Lock()


class _Geschiedenis:
    """A history as (months x persons) arrays (read-only), with a digest of their content."""

    def __init__(self, doelen: np.ndarray, buiten: np.ndarray, vingerafdruk: str | None = None):
        self.doelen = doelen
        self.buiten = buiten
        for array in (doelen, buiten):
            array.setflags(write=False)
        if vingerafdruk is not None:
            self.vingerafdruk = vingerafdruk
            return
        digest = hashlib.blake2b(digest_size=16)
        digest.update(f"{doelen.shape}".encode())
        digest.update(
            doelen.astype(np.uint8) if len(Verblijfsdoel) <= 256 else doelen.astype(np.int64)
        )
        digest.update(np.packbits(buiten))
        self.vingerafdruk = digest.hexdigest()

    def gestapeld(self) -> tuple[np.ndarray, np.ndarray]:
        return self.doelen, self.buiten


class Maandreeks:
    """A history given as arrays: `doelen` (enum indices) and `buiten`, one row per month.

    A population run hands the walks its history this way (`koppel_maandreeks`) instead of
    having them read every month's inputs back from the simulation. `maanden` names the row of
    each month ('YYYY-MM'); a month without a row has the inputs' defaults (no lawful residence,
    not abroad), as a month never set in a simulation has. The simulations of several systems
    over the same chunk share one series, and with it the histories cut from it.
    """

    def __init__(self, maanden: list[str], doelen: np.ndarray, buiten: np.ndarray):
        self.rij = {maand: i for i, maand in enumerate(maanden)}
        self.doelen = doelen
        self.buiten = buiten
        for array in (doelen, buiten):
            array.setflags(write=False)
        self.teken = uuid.uuid4().hex
        self.geschiedenissen: dict = {}

    def venster(self, maanden) -> tuple[np.ndarray, np.ndarray]:
        rijen = np.array([self.rij.get(str(maand), -1) for maand in maanden])
        personen = self.doelen.shape[1]
        eerste = rijen[0] if len(rijen) else -1
        if eerste >= 0 and np.array_equal(rijen, np.arange(eerste, eerste + len(rijen))):
            return (
                self.doelen[eerste : eerste + len(rijen)],
                self.buiten[eerste : eerste + len(rijen)],
            )
        if not len(self.rij):
            leeg = (len(rijen), personen)
            return np.full(leeg, GEEN, dtype=np.int16), np.zeros(leeg, dtype=bool)
        doelen = self.doelen[np.maximum(rijen, 0)]
        buiten = self.buiten[np.maximum(rijen, 0)]
        doelen[rijen < 0] = GEEN
        buiten[rijen < 0] = False
        return doelen, buiten


def maandreeks_van(persoon) -> Maandreeks | None:
    """The history inputs of a simulation's persons as a `Maandreeks` (the months given for
    either input, newest first), to hand to the simulations of other systems over the same
    inputs; None when an input has a formula (then the walks read it through the simulation)."""
    doel, buiten_nl = (persoon.get_holder(naam) for naam in GESCHIEDENIS)
    if doel.variable.formulas or buiten_nl.variable.formulas:
        return None
    maanden = {str(m): m for holder in (doel, buiten_nl) for m in holder.get_known_periods()}
    volgorde = sorted(maanden, reverse=True)
    vorm = (len(volgorde), persoon.count)
    doelen = np.full(vorm, doel.variable.default_value.index, dtype=np.int16)
    buiten = np.full(vorm, buiten_nl.variable.default_value, dtype=bool)
    for rij, maand in enumerate(volgorde):
        for holder, doelrij in ((doel, doelen), (buiten_nl, buiten)):
            waarde = holder.get_array(maanden[maand])
            if waarde is not None:
                doelrij[rij] = np.asarray(waarde)
    return Maandreeks(volgorde, doelen, buiten)


def koppel_maandreeks(persoon, reeks: Maandreeks) -> None:
    """Let the walks over population `persoon` read its history from `reeks`.

    The series must hold the same values as the simulation's `verblijfsdoel` and
    `buiten_nederland` inputs: the population run sets both from it.
    """
    with _slot:
        _maandreeksen[persoon] = reeks


def _geschiedenis(persoon, period, aantal: int) -> _Geschiedenis:
    sleutel = (str(period), aantal)
    with _slot:
        reeks = _maandreeksen.get(persoon)
        bewaard = reeks.geschiedenissen if reeks is not None else _geschiedenissen.get(persoon, {})
        bekend = bewaard.get(sleutel)
    if bekend is not None:
        return bekend
    maanden = maanden_terug(period, aantal)
    if reeks is not None:
        bekend = _Geschiedenis(*reeks.venster(maanden), f"{reeks.teken}:{sleutel}")
    else:
        bekend = _uit_invoer(persoon, maanden)
    with _slot:
        if reeks is not None:
            reeks.geschiedenissen[sleutel] = bekend
        else:
            _geschiedenissen.setdefault(persoon, {})[sleutel] = bekend
    return bekend


def _uit_invoer(persoon, maanden) -> _Geschiedenis:
    """The history as the simulation gives it. When both variables are inputs only (no formula, as
    in every system of the package), a month without an input has their default values, which are
    not read back month by month."""
    doel, buiten_nl = (persoon.get_holder(naam) for naam in GESCHIEDENIS)
    vorm = (len(maanden), persoon.count)
    doelen = np.full(vorm, doel.variable.default_value.index, dtype=np.int16)
    buiten = np.full(vorm, buiten_nl.variable.default_value, dtype=bool)
    if doel.variable.formulas or buiten_nl.variable.formulas:
        gegeven = set(map(str, maanden))
    else:
        gegeven = {str(m) for holder in (doel, buiten_nl) for m in holder.get_known_periods()}
        if not gegeven.intersection(map(str, maanden)):
            standaard = (doel.variable.default_value.name, buiten_nl.variable.default_value)
            return _Geschiedenis(doelen, buiten, f"standaardwaarden:{vorm}:{standaard}")
    for rij, maand in enumerate(maanden):
        if str(maand) in gegeven:
            doelen[rij] = np.asarray(persoon("verblijfsdoel", maand))
            buiten[rij] = np.asarray(persoon("buiten_nederland", maand))
    return _Geschiedenis(doelen, buiten)


def gedeelde_wandeling(persoon, period, aantal: int, wandeling, *argumenten):
    """`wandeling(doelen, buiten, *argumenten)` over the `aantal` months before `period`.

    Computed once per walk, history content and arguments (see the module documentation); the
    arrays returned are shared, so they are read-only.
    """
    if wandeling.__code__.co_freevars:
        raise TypeError(
            f"{wandeling.__qualname__} reads {', '.join(wandeling.__code__.co_freevars)} from "
            "its surroundings: a shared walk takes everything it reads as arguments"
        )
    geschiedenis = _geschiedenis(persoon, period, aantal)
    sleutel = (wandeling.__module__, wandeling.__qualname__, geschiedenis.vingerafdruk, argumenten)
    with _slot:
        if sleutel in _wandelingen:
            _wandelingen.move_to_end(sleutel)
            return _wandelingen[sleutel]
    uitkomst = wandeling(*geschiedenis.gestapeld(), *argumenten)
    for array in uitkomst if isinstance(uitkomst, tuple) else (uitkomst,):
        array.setflags(write=False)
    with _slot:
        _wandelingen[sleutel] = uitkomst
        while len(_wandelingen) > BEWAARDE_WANDELINGEN:
            _wandelingen.popitem(last=False)
    return uitkomst


def vergeet_wandelingen() -> None:
    """Drop every walk kept by `gedeelde_wandeling` (a measurement that must compute them)."""
    with _slot:
        _wandelingen.clear()


def maanden_terug(period, aantal: int) -> list:
    """The `aantal` months before the month of a DAY period, most recent first."""
    eerste = period.first_month
    return [eerste.offset(-1 - k) for k in range(aantal)]
