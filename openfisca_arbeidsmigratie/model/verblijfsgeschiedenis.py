"""Counting months of residence over a monthly history, vectorised over all persons.

A history is a (months x persons) array, row 0 the month before the application month and each
next row one month further back. A count walks back over it: a loop over at most a bounded number
of months, every step a numpy operation over all persons.

Several variables share one history and one walk (the national count and the lawful-residence
count use the same interruptions; the EU count and its absence window come from the same walk).
OpenFisca caches one array per variable and period, not a (months x persons) array or a walk with
several results, so these are kept in a store (`_gedeeld`). A walk reads only the history inputs
and a few `verblijf` parameters, so its key is the period plus the values of exactly those
parameters: simulations of several systems over the same persons (a population run gives them one
store through `GEDEELDE_OPSLAG`) share a walk when those values are equal and recompute it when a
reform changes them. Without a shared store each simulation keeps its own.
"""

import math

import numpy as np

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel

GEEN = Verblijfsdoel.geen.index
RECHTMATIG = np.array([lid.index != GEEN for lid in Verblijfsdoel])


GEDEELDE_OPSLAG = "arbeidsmigratie_gedeelde_opslag"


def _gedeeld(populatie, sleutel, bereken):
    opslag = getattr(populatie.simulation, GEDEELDE_OPSLAG, None)
    if opslag is None:
        opslag = populatie.__dict__.setdefault("_gedeeld", {})
    if sleutel not in opslag:
        opslag[sleutel] = bereken()
    return opslag[sleutel]


def maanden_terug(period, aantal: int) -> list:
    """The `aantal` months before the month of a DAY period, most recent first."""
    eerste = period.first_month
    return [eerste.offset(-1 - k) for k in range(aantal)]


def terugkijkperiode(verblijf) -> int:
    """How far back a count can need to look (`verblijf`: the parameter node on the date).

    Five years of months at the smallest positive weight (study counts half for EU status), or the
    ten years after which the means requirement lapses, whichever is longer.
    """
    kleinste_gewicht = verblijf.eu_langdurig_ingezetene.gewicht_half_meetellend
    return int(
        max(
            math.ceil(verblijf.vereiste_verblijfsduur_maanden / kleinste_gewicht),
            verblijf.onbepaalde_tijd.middelenvereiste_vervalt_na_maanden,
        )
    )


def niet_tijdelijke_doelen(leden, tijdelijk) -> list[str]:
    """The purposes of lawful residence that are not in the list of temporary purposes."""
    return [lid.name for lid in leden if lid.index != GEEN and lid.name not in tijdelijk]


def blauwe_kaart_telling(persoon, period, parameters):
    """Months of uninterrupted residence in the Netherlands as Blue Card holder."""
    p = parameters(period).verblijf
    aantal = terugkijkperiode(p)
    onderbreking = p.eu_langdurig_ingezetene.blauwe_kaart_onderbreking_aaneengesloten_maanden_buiten

    def bereken():
        doelen, buiten = geschiedenis(persoon, period, aantal)
        houder = doeltabel(Verblijfsdoel, ["blauwe_kaart"])
        (telling,), _ = tel_verblijf(
            [houder.astype(np.float64)], houder, doelen, buiten, onderbreking, aantal
        )
        return telling

    return _gedeeld(persoon, ("blauwe_kaart", str(period), aantal, onderbreking), bereken)


# A population run hands the walk its history as one array instead of per-month inputs.
MAANDREEKS = "arbeidsmigratie_maandreeks"


class Maandreeks:
    """A history given as arrays: `doelen` (enum indices) and `buiten`, one row per month.

    `maanden` names the row of each month ('YYYY-MM'); a month without a row has the inputs'
    defaults (no lawful residence, not abroad), as a month never set in a simulation has.
    """

    def __init__(self, maanden: list[str], doelen: np.ndarray, buiten: np.ndarray):
        self.rij = {maand: i for i, maand in enumerate(maanden)}
        self.doelen = doelen
        self.buiten = buiten

    def venster(self, maanden) -> tuple[np.ndarray, np.ndarray]:
        rijen = np.array([self.rij.get(str(maand), -1) for maand in maanden])
        personen = self.doelen.shape[1]
        eerste = rijen[0] if len(rijen) else -1
        if eerste >= 0 and np.array_equal(rijen, np.arange(eerste, eerste + len(rijen))):
            return self.doelen[eerste : eerste + len(rijen)], self.buiten[
                eerste : eerste + len(rijen)
            ]
        if not len(self.rij):
            leeg = (len(rijen), personen)
            return np.full(leeg, GEEN, dtype=np.int16), np.zeros(leeg, dtype=bool)
        doelen = self.doelen[np.maximum(rijen, 0)]
        buiten = self.buiten[np.maximum(rijen, 0)]
        doelen[rijen < 0] = GEEN
        buiten[rijen < 0] = False
        return doelen, buiten


def geschiedenis(persoon, period, aantal: int) -> tuple[np.ndarray, np.ndarray]:
    """The purposes (enum indices) and months abroad, as (months x persons) arrays."""

    def stapel():
        maanden = maanden_terug(period, aantal)
        reeks = getattr(persoon.simulation, MAANDREEKS, None)
        if reeks is not None:
            return reeks.venster(maanden)
        doelen = np.stack([np.asarray(persoon("verblijfsdoel", maand)) for maand in maanden])
        buiten = np.stack([np.asarray(persoon("buiten_nederland", maand)) for maand in maanden])
        return doelen, buiten

    return _gedeeld(persoon, ("geschiedenis", str(period), aantal), stapel)


def gewichtstabel(leden, volle_doelen, halve_doelen=(), half=0.0) -> np.ndarray:
    """Weight per purpose index: 1 for `volle_doelen`, `half` for `halve_doelen`, else 0."""
    tabel = np.zeros(len(leden), dtype=np.float64)
    tabel[[leden[naam].index for naam in halve_doelen]] = half
    tabel[[leden[naam].index for naam in volle_doelen]] = 1.0
    return tabel


def doeltabel(leden, doelen) -> np.ndarray:
    """True per purpose index for the purposes in `doelen`."""
    tabel = np.zeros(len(leden), dtype=bool)
    tabel[[leden[naam].index for naam in doelen]] = True
    return tabel


COMPACT_ELKE = 12
COMPACT_ONDER = 0.7


def tel_verblijf(gewichtstabellen, rechtmatig_tabel, doelen, buiten, onderbreking_vanaf, vereist):
    """Walk back over uninterrupted lawful residence and count weighted months.

    - A month whose purpose is not lawful (`rechtmatig_tabel`) ends the walk: counting restarts
      after it.
    - A run of `onderbreking_vanaf` or more consecutive months abroad interrupts the residence:
      the walk ends and the months of that run do not count (counting restarts on return).
    - The window is the months walked until the first weights' count reaches `vereist`; the
      months abroad in it are returned for the rules on total absence.

    Every twelve months the persons whose walk has ended are set aside, so the loop runs over the
    long histories only. Returns (one count per weights table, months abroad within the window).
    """
    aantal, personen = doelen.shape
    uit_tellingen = [np.zeros(personen) for _ in gewichtstabellen]
    uit_buiten = np.zeros(personen, dtype=np.int32)
    wie = np.arange(personen)
    onderbreking = np.broadcast_to(np.asarray(onderbreking_vanaf), (personen,)).copy()
    actief = np.ones(personen, dtype=bool)
    tellingen = [np.zeros(personen) for _ in gewichtstabellen]
    reeksgewichten = [np.zeros(personen) for _ in gewichtstabellen]
    buiten_in_venster = np.zeros(personen, dtype=np.int32)
    reeks = np.zeros(personen, dtype=np.int32)
    reeks_in_venster = np.zeros(personen, dtype=np.int32)
    alle = True

    def zet_opzij(klaar):
        for uit, telling in zip(uit_tellingen, tellingen, strict=True):
            uit[wie[klaar]] = telling[klaar]
        uit_buiten[wie[klaar]] = buiten_in_venster[klaar]

    for maand in range(aantal):
        if maand and maand % COMPACT_ELKE == 0 and actief.mean() < COMPACT_ONDER:
            zet_opzij(~actief)
            wie, onderbreking = wie[actief], onderbreking[actief]
            tellingen = [t[actief] for t in tellingen]
            reeksgewichten = [r[actief] for r in reeksgewichten]
            buiten_in_venster = buiten_in_venster[actief]
            reeks, reeks_in_venster = reeks[actief], reeks_in_venster[actief]
            actief = actief[actief]
            alle = False
        if not actief.any():
            break
        rij = doelen[maand] if alle else doelen[maand][wie]
        weg_rij = buiten[maand] if alle else buiten[maand][wie]
        actief &= rechtmatig_tabel[rij]
        in_venster = actief & (tellingen[0] < vereist)
        weg = actief & weg_rij
        reeks = np.where(weg, reeks + 1, 0)
        reeks_in_venster = np.where(weg, reeks_in_venster + in_venster, 0)
        buiten_in_venster += weg & in_venster
        onderbroken = reeks >= onderbreking
        for telling, reeksgewicht, tabel in zip(
            tellingen, reeksgewichten, gewichtstabellen, strict=True
        ):
            meetellend = np.where(actief, tabel[rij], 0.0)
            telling += meetellend
            reeksgewicht[:] = np.where(weg, reeksgewicht + meetellend, 0.0)
            telling -= np.where(onderbroken, reeksgewicht, 0.0)
        buiten_in_venster -= np.where(onderbroken, reeks_in_venster, 0)
        actief &= ~onderbroken
    zet_opzij(np.ones(len(wie), dtype=bool))
    return uit_tellingen, uit_buiten


def nationale_telling(persoon, period, parameters):
    """The walk for the national permit: (months of lawful residence, months that count).

    Both end at the last month without lawful residence or the last move of the main residence
    abroad (more than the allowed consecutive months outside the Netherlands).
    """
    p = parameters(period).verblijf
    aantal = terugkijkperiode(p)
    niet_tijdelijk = niet_tijdelijke_doelen(Verblijfsdoel, p.tijdelijke_verblijfsdoelen)
    onderbreking = p.onbepaalde_tijd.hoofdverblijf_verplaatst_maanden_buiten + 1

    def bereken():
        doelen, buiten = geschiedenis(persoon, period, aantal)
        (alle, meetellend), _ = tel_verblijf(
            [RECHTMATIG.astype(np.float64), gewichtstabel(Verblijfsdoel, niet_tijdelijk)],
            RECHTMATIG,
            doelen,
            buiten,
            onderbreking,
            aantal,
        )
        return alle, meetellend

    sleutel = ("nationaal", str(period), aantal, tuple(niet_tijdelijk), onderbreking)
    return _gedeeld(persoon, sleutel, bereken)


def eu_telling(persoon, period, parameters):
    """The walk for EU long-term resident status: (weighted months in NL, months abroad in window).

    Non-temporary purposes count fully, study for half, other temporary purposes not at all;
    a Blue Card holder (in the month before the application month, as in
    `blauwe_kaart_regels_van_toepassing`) has the longer absence limits of the Blue Card directive.
    """
    p = parameters(period).verblijf
    eu = p.eu_langdurig_ingezetene
    aantal = terugkijkperiode(p)
    volle = tuple(niet_tijdelijke_doelen(Verblijfsdoel, p.tijdelijke_verblijfsdoelen))
    halve = tuple(eu.half_meetellende_verblijfsdoelen)
    half = eu.gewicht_half_meetellend
    grenzen = (
        eu.blauwe_kaart_onderbreking_aaneengesloten_maanden_buiten,
        eu.onderbreking_aaneengesloten_maanden_buiten,
    )
    vereist = p.vereiste_verblijfsduur_maanden

    def bereken():
        doelen, buiten = geschiedenis(persoon, period, aantal)
        onderbreking = np.where(doelen[0] == Verblijfsdoel.blauwe_kaart.index, *grenzen)
        (telling,), buiten_in_venster = tel_verblijf(
            [gewichtstabel(Verblijfsdoel, volle, halve, half)],
            RECHTMATIG,
            doelen,
            buiten,
            onderbreking,
            vereist,
        )
        return telling, buiten_in_venster

    sleutel = ("eu", str(period), aantal, volle, halve, half, grenzen, vereist)
    return _gedeeld(persoon, sleutel, bereken)
