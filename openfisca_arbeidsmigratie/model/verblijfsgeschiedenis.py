"""Counting months of residence over a monthly history, vectorised over all persons.

A history is a (months x persons) array, row 0 the month before the application month and each
next row one month further back. A count walks back over it: a loop over at most a bounded number
of months, every step a numpy operation over all persons.

Several variables share one history and one walk (the national count and the lawful-residence
count use the same interruptions; the EU count and its absence window come from the same walk),
and a population run judges the same persons under several systems. OpenFisca caches one array
per variable and period, not a (months x persons) array or a walk with several results, so a walk
is run through `gedeelde_wandeling`: the walk is a function of the history and of its arguments
only (a closure is refused), and its result is kept under a key made of exactly that: the walk,
the history (a digest of its content; for a `Maandreeks`, whose arrays are read-only, the series
and the window) and the arguments. Simulations over the same history share a
walk when the arguments are equal and recompute it when a reform changes them. A population run
hands the history as one (months x persons) array per chunk (`Maandreeks`, `koppel_maandreeks`),
so the walk does not read every month back from the simulation.

The two walks that dominate a population run, `tel_verblijf` and `langste_reeks_met_arbeid`, run
as compiled kernels when numba is installed (`versnelling`), with bit-identical results; the numpy
code here is the fallback.
"""

import hashlib
import math
import threading
import uuid
import weakref
from collections import OrderedDict

import numpy as np

from openfisca_arbeidsmigratie.model import versnelling
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel

GEEN = Verblijfsdoel.geen.index
RECHTMATIG = np.array([lid.index != GEEN for lid in Verblijfsdoel])
# The monthly history, read from the holders or from a `Maandreeks`, not through a formula call.
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


def eu_volle_doelen(leden, verblijf) -> list[str]:
    """The purposes that count fully toward EU long-term resident status (`verblijf`: the node).

    The non-temporary purposes and the nationally temporary ones the directive counts (asylum),
    never the purposes outside the directive (art. 3(2)(e)), whatever the national list says.
    """
    eu = verblijf.eu_langdurig_ingezetene
    meetellend = set(eu.meetellende_tijdelijke_verblijfsdoelen or [])
    uitgesloten = set(eu.uitgesloten_verblijfsdoelen or [])
    niet_tijdelijk = set(niet_tijdelijke_doelen(leden, verblijf.tijdelijke_verblijfsdoelen))
    return [
        lid.name
        for lid in leden
        if lid.name in (niet_tijdelijk | meetellend) and lid.name not in uitgesloten
    ]


def blauwe_kaart_telling(persoon, period, parameters):
    """Months of uninterrupted residence in the Netherlands as Blue Card holder."""
    p = parameters(period).verblijf
    aantal = terugkijkperiode(p)
    onderbreking = p.eu_langdurig_ingezetene.blauwe_kaart_onderbreking_aaneengesloten_maanden_buiten

    def bereken(doelen, buiten, onderbreking, aantal):
        houder = doeltabel(Verblijfsdoel, ["blauwe_kaart"])
        (telling,), _ = tel_verblijf(
            [houder.astype(np.float64)], houder, doelen, buiten, onderbreking, aantal
        )
        return telling

    return gedeelde_wandeling(persoon, period, aantal, bereken, onderbreking, aantal)


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

    Returns (one count per weights table, months abroad within the window).
    """
    kernen = versnelling.kernen(np.shape(doelen)[-1] if np.ndim(doelen) else None)
    if kernen is not None:
        uitkomst = kernen.tel_verblijf(
            gewichtstabellen, rechtmatig_tabel, doelen, buiten, onderbreking_vanaf, vereist
        )
        if uitkomst is not None:
            return uitkomst
    return tel_verblijf_numpy(
        gewichtstabellen, rechtmatig_tabel, doelen, buiten, onderbreking_vanaf, vereist
    )


def tel_verblijf_numpy(
    gewichtstabellen, rechtmatig_tabel, doelen, buiten, onderbreking_vanaf, vereist
):
    """`tel_verblijf` in numpy, over all persons at once.

    Every twelve months the persons whose walk has ended are set aside, so the loop runs over the
    long histories only.
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

    Both end at the last month without lawful residence, the last move of the main residence
    abroad (more than the allowed consecutive months outside the Netherlands) or the month the
    person reached the age from which residence counts (Vw 2000 art. 21 lid 5). Every lawful month
    counts, unless `tijdelijk_verblijf_telt_mee` is false: then only non-temporary purposes.
    """
    p = parameters(period).verblijf
    aantal = terugkijkperiode(p)
    if p.onbepaalde_tijd.tijdelijk_verblijf_telt_mee:
        meetellend = tuple(lid.name for lid in Verblijfsdoel if lid.index != GEEN)
    else:
        meetellend = tuple(niet_tijdelijke_doelen(Verblijfsdoel, p.tijdelijke_verblijfsdoelen))
    onderbreking = p.onbepaalde_tijd.hoofdverblijf_verplaatst_maanden_buiten + 1
    sinds_leeftijd = np.clip(persoon("maanden_sinds_meetellende_leeftijd", period), 0, aantal)

    def bereken(doelen, buiten, meetellend, onderbreking, aantal, sinds_leeftijd_bytes):
        (alle, geteld), _ = tel_verblijf(
            [RECHTMATIG.astype(np.float64), gewichtstabel(Verblijfsdoel, meetellend)],
            RECHTMATIG,
            alleen_vanaf(doelen, np.frombuffer(sinds_leeftijd_bytes, dtype=np.int32)),
            buiten,
            onderbreking,
            aantal,
        )
        return alle, geteld

    return gedeelde_wandeling(
        persoon,
        period,
        aantal,
        bereken,
        meetellend,
        onderbreking,
        aantal,
        np.asarray(sinds_leeftijd, dtype=np.int32).tobytes(),
    )


def alleen_vanaf(doelen, maanden) -> np.ndarray:
    """The history with every month from row `maanden` (per person) on read as no lawful residence.

    Vw 2000 art. 21 lid 5: residence before the age of eight is left out of the period, so the walk
    ends where it begins. Both the numpy walk and the compiled kernel receive the same array.
    """
    rijen = np.arange(doelen.shape[0])[:, None]
    if (maanden >= doelen.shape[0]).all():
        return doelen
    return np.where(rijen < maanden[None, :], doelen, GEEN).astype(doelen.dtype)


def eu_telling(persoon, period, parameters):
    """The walk for EU long-term resident status: (weighted months in NL, months abroad in window).

    The purposes of `eu_volle_doelen` count fully, study for half, the rest not at all. Where the
    Blue Card absence limits apply (`blauwe_kaart_afwezigheid_van_toepassing`), the longer
    consecutive absence limit applies: less than twelve months in the cumulation case (Vb 2000
    art. 3.124 lid 2 onder c), not longer than twelve for any other holder (onder d); otherwise
    the general one.
    """
    p = parameters(period).verblijf
    eu = p.eu_langdurig_ingezetene
    aantal = terugkijkperiode(p)
    volle = tuple(eu_volle_doelen(Verblijfsdoel, p))
    halve = tuple(eu.half_meetellende_verblijfsdoelen)
    half = eu.gewicht_half_meetellend
    grenzen = (
        eu.blauwe_kaart_onderbreking_aaneengesloten_maanden_buiten,
        eu.blauwe_kaart_houder_onderbreking_aaneengesloten_maanden_buiten,
        eu.onderbreking_aaneengesloten_maanden_buiten,
    )
    vereist = p.vereiste_verblijfsduur_maanden
    cumulatie = np.asarray(persoon("blauwe_kaart_cumulatie_van_toepassing", period))
    blauwe_kaart = np.asarray(persoon("blauwe_kaart_afwezigheid_van_toepassing", period))

    def bereken(doelen, buiten, volle, halve, half, grenzen, vereist, cumulatie_bits, bk_bits):
        cumulatie, blauwe_kaart = (
            np.unpackbits(np.frombuffer(bits, dtype=np.uint8), count=doelen.shape[1]).astype(bool)
            for bits in (cumulatie_bits, bk_bits)
        )
        (telling,), buiten_in_venster = tel_verblijf(
            [gewichtstabel(Verblijfsdoel, volle, halve, half)],
            RECHTMATIG,
            doelen,
            buiten,
            np.select([cumulatie & blauwe_kaart, blauwe_kaart], grenzen[:2], grenzen[2]),
            vereist,
        )
        return telling, buiten_in_venster

    return gedeelde_wandeling(
        persoon,
        period,
        aantal,
        bereken,
        volle,
        halve,
        half,
        grenzen,
        vereist,
        np.packbits(cumulatie).tobytes(),
        np.packbits(blauwe_kaart).tobytes(),
    )


def verblijf_met_arbeid_telling(persoon, period, parameters):
    """Wav art. 4(2)(b): the longest uninterrupted run of months on a permit valid for work.

    Only the months after the last move of the main residence abroad (more than the allowed
    consecutive months outside the Netherlands) are looked at: the whole abroad run and everything
    before it drop out. A month on another purpose or without lawful residence ends a run; months
    abroad within a run count (the permit was held).
    """
    w = parameters(period).wav.vergunningplicht.verblijf_met_arbeid
    aantal = int(w.terugkijkperiode_maanden)
    met_arbeid = tuple(w.verblijfsdoelen)
    grens = w.hoofdverblijf_verplaatst_maanden_buiten + 1

    def bereken(doelen, buiten, met_arbeid, grens, aantal):
        return langste_reeks_met_arbeid(
            doeltabel(Verblijfsdoel, met_arbeid), doelen, buiten, grens, aantal
        )

    return gedeelde_wandeling(persoon, period, aantal, bereken, met_arbeid, grens, aantal)


def langste_reeks_met_arbeid(tabel, doelen, buiten, grens, aantal):
    """Per person, the longest run of months whose purpose is in `tabel` (True per purpose index)
    within the first `aantal` months, before the most recent run of `grens` or more months abroad
    (that run and everything before it drop out). Returns int32 months.
    """
    kernen = versnelling.kernen(np.shape(doelen)[-1] if np.ndim(doelen) else None)
    if kernen is not None:
        langste = kernen.langste_reeks_met_arbeid(tabel, doelen, buiten, grens, aantal)
        if langste is not None:
            return langste
    return langste_reeks_numpy(tabel, doelen, buiten, grens, aantal)


def langste_reeks_numpy(tabel, doelen, buiten, grens, aantal):
    personen = doelen.shape[1]
    einde = np.full(personen, aantal, dtype=np.int32)
    weg = np.zeros(personen, dtype=np.int32)
    for maand in range(aantal):
        weg = np.where(buiten[maand], weg + 1, 0)
        verplaatst = (weg >= grens) & (einde == aantal)
        einde = np.where(verplaatst, maand - weg + 1, einde)
    reeks = np.zeros(personen, dtype=np.int32)
    langste = np.zeros(personen, dtype=np.int32)
    for maand in range(aantal):
        reeks = np.where(tabel[doelen[maand]] & (maand < einde), reeks + 1, 0)
        langste = np.maximum(langste, reeks)
    return langste


def hoofdverblijf_telling(persoon, period, parameters):
    """Vc 2000 B1/6.2.1 onder c: per person, whether in `jaren` consecutive years within the five
    years before the application each year held a stay abroad of more than `meer_dan` consecutive
    months.
    """
    p = parameters(period).verblijf
    aantal = terugkijkperiode(p)
    o = p.onbepaalde_tijd
    argumenten = (
        int(o.hoofdverblijf_verplaatst_maanden_per_jaar),
        int(o.hoofdverblijf_verplaatst_jaren),
        int(p.vereiste_verblijfsduur_maanden),
    )
    return gedeelde_wandeling(persoon, period, aantal, jaren_lang_buiten, *argumenten)


MAANDEN_PER_JAAR = 12


def jaren_lang_buiten(doelen, buiten, meer_dan: int, jaren: int, venster: int) -> np.ndarray:
    """Whether `jaren` consecutive years (blocks of twelve months counted back from row 0, within
    the first `venster` rows) each hold the month in which a run abroad passes `meer_dan`
    consecutive months. A run belongs to the year of its (`meer_dan` + 1)-th month, so it counts
    once; the rows before the window are walked too, so a run that began there is measured whole.
    """
    aantal, personen = buiten.shape
    per_jaar_aantal = venster // MAANDEN_PER_JAAR
    per_jaar = np.zeros((per_jaar_aantal, personen), dtype=bool)
    reeks = np.zeros(personen, dtype=np.int32)
    for rij in range(aantal - 1, -1, -1):
        reeks = np.where(buiten[rij], reeks + 1, 0)
        jaar = rij // MAANDEN_PER_JAAR
        if jaar < per_jaar_aantal:
            per_jaar[jaar] |= reeks == meer_dan + 1
    achtereen = np.zeros(personen, dtype=bool)
    for eerste in range(per_jaar_aantal - jaren + 1):
        achtereen |= per_jaar[eerste : eerste + jaren].all(axis=0)
    return achtereen
