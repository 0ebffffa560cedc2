"""Counting months of residence over a monthly history, vectorised over all persons.

A history is a (months x persons) array, row 0 the month before the application month and each
next row one month further back. The count walks back over it: a loop over at most a bounded
number of months, every step a numpy operation over all persons.
"""

import math

import numpy as np

from openfisca_arbeidsmigratie.enums import Verblijfsdoel


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
    return [lid.name for lid in leden if lid.index != 0 and lid.name not in tijdelijk]


def geschiedenis(persoon, period, aantal: int) -> tuple[np.ndarray, np.ndarray]:
    """The purposes (enum indices) and months abroad, as (months x persons) arrays."""
    maanden = maanden_terug(period, aantal)
    doelen = np.stack([np.asarray(persoon("verblijfsdoel", maand)) for maand in maanden])
    buiten = np.stack([np.asarray(persoon("buiten_nederland", maand)) for maand in maanden])
    return doelen, buiten


def gewichten(leden, doelen, volle_doelen, halve_doelen=(), half=0.0) -> np.ndarray:
    """The weight of every month: 1 for `volle_doelen`, `half` for `halve_doelen`, else 0."""
    tabel = np.zeros(len(leden), dtype=np.float64)
    tabel[[leden[naam].index for naam in halve_doelen]] = half
    tabel[[leden[naam].index for naam in volle_doelen]] = 1.0
    return tabel[doelen]


def tel_verblijf(gewicht, rechtmatig, buiten, onderbreking_vanaf, vereist):
    """Walk back over uninterrupted lawful residence and count weighted months.

    - A month without lawful residence ends the walk: counting restarts after it.
    - A run of `onderbreking_vanaf` or more consecutive months abroad interrupts the residence:
      the walk ends and the months of that run do not count (counting restarts on return).
    - The window is the months walked until the count reaches `vereist`; the months abroad in it
      are returned for the rules on total absence.

    Returns (weighted months counted, months abroad within the window).
    """
    aantal, personen = gewicht.shape
    actief = np.ones(personen, dtype=bool)
    telling = np.zeros(personen)
    buiten_in_venster = np.zeros(personen, dtype=np.int32)
    reeks = np.zeros(personen, dtype=np.int32)
    reeks_gewicht = np.zeros(personen)
    reeks_in_venster = np.zeros(personen, dtype=np.int32)
    for maand in range(aantal):
        actief &= rechtmatig[maand]
        if not actief.any():
            break
        in_venster = actief & (telling < vereist)
        meetellend = np.where(actief, gewicht[maand], 0.0)
        weg = actief & buiten[maand]
        reeks = np.where(weg, reeks + 1, 0)
        reeks_gewicht = np.where(weg, reeks_gewicht + meetellend, 0.0)
        reeks_in_venster = np.where(weg, reeks_in_venster + in_venster, 0)
        telling += meetellend
        buiten_in_venster += weg & in_venster
        onderbroken = reeks >= onderbreking_vanaf
        telling -= np.where(onderbroken, reeks_gewicht, 0.0)
        buiten_in_venster -= np.where(onderbroken, reeks_in_venster, 0)
        actief &= ~onderbroken
    return telling, buiten_in_venster


def eu_telling(persoon, period, parameters):
    """The walk for EU long-term resident status: (weighted months in NL, months abroad in window).

    Non-temporary purposes count fully, study for half, other temporary purposes not at all;
    a Blue Card holder has the longer absence limits of the Blue Card directive.
    """
    p = parameters(period).verblijf
    eu = p.eu_langdurig_ingezetene
    aantal = terugkijkperiode(p)
    doelen, buiten = geschiedenis(persoon, period, aantal)
    gewicht = gewichten(
        Verblijfsdoel,
        doelen,
        niet_tijdelijke_doelen(Verblijfsdoel, p.tijdelijke_verblijfsdoelen),
        eu.half_meetellende_verblijfsdoelen,
        eu.gewicht_half_meetellend,
    )
    onderbreking = np.where(
        persoon("blauwe_kaart_regels_van_toepassing", period),
        eu.blauwe_kaart_onderbreking_aaneengesloten_maanden_buiten,
        eu.onderbreking_aaneengesloten_maanden_buiten,
    )
    return tel_verblijf(
        gewicht,
        doelen != Verblijfsdoel.geen.index,
        buiten,
        onderbreking,
        p.vereiste_verblijfsduur_maanden,
    )
