"""The walks back over a monthly history (`maandreeks`), vectorised over all persons: a loop
over at most a bounded number of months, every step a numpy operation over all persons.

The two walks that dominate a population run, `tel_verblijf` and `langste_reeks_met_arbeid`, run
as compiled kernels when numba is installed (`versnelling`), with bit-identical results; the numpy
code here is the fallback. What the walks are asked to count is the law's, in
`verblijfsgeschiedenis`.
"""

import numpy as np

from openfisca_arbeidsmigratie.model import versnelling


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
