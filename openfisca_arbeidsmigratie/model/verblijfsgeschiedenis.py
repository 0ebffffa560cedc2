"""Which months of residence count, under which article: the statutory counts over a monthly
history, for the national permit (Vw 2000 art. 21), EU long-term resident status (Vw 2000 art.
45a-45b, Richtlijn 2003/109/EG art. 4), the Blue Card holder's months and Wav art. 4(2)(b).

Each count says what counts and hands it to a walk (`wandelingen`) over the shared history
(`maandreeks.gedeelde_wandeling`); the machinery is there, the law here.
"""

import math

import numpy as np

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.maandreeks import GEEN, RECHTMATIG, gedeelde_wandeling
from openfisca_arbeidsmigratie.model.wandelingen import (
    doeltabel,
    gewichtstabel,
    jaren_lang_buiten,
    langste_reeks_met_arbeid,
    tel_verblijf,
)


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
