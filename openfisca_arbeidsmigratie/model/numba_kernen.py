"""numba kernels of the two residence-history walks of `verblijfsgeschiedenis`.

Imported only through `versnelling.kernen()`. Each kernel walks one person at a time, month by
month, and stops where that person's walk ends; it does the numpy walk's float64 operations in
the same order, so the results are bit-identical. A wrapper returns None for inputs the kernel
does not take (unusual dtypes, a purpose index outside the tables): the numpy walk then decides,
and raises where it raises.
"""

import operator

import numba
import numpy as np


def _kern(functie):
    """`functie` compiled, its machine code kept in numba's on-disk cache (the package's
    `__pycache__`, else the user's cache directory, or `NUMBA_CACHE_DIR`) so that the next process
    loads it instead of compiling; where no cache directory is writable, compiled in each
    process (`numba` raises at decoration then)."""
    try:
        return numba.njit(cache=True, nogil=True)(functie)
    except RuntimeError:
        return numba.njit(nogil=True)(functie)


@_kern
def _tel_verblijf(gewichten, rechtmatig, doelen, buiten, onderbreking, vereist):
    tabellen = gewichten.shape[0]
    maanden, personen = doelen.shape
    bereik = min(rechtmatig.shape[0], gewichten.shape[1])
    tellingen = np.zeros((tabellen, personen))
    weg_in_venster = np.zeros(personen, dtype=np.int32)
    telling = np.zeros(tabellen)
    reeksgewicht = np.zeros(tabellen)
    for persoon in range(personen):
        telling[:] = 0.0
        reeksgewicht[:] = 0.0
        reeks = 0
        reeks_in_venster = 0
        buiten_in_venster = 0
        grens = onderbreking[persoon]
        for maand in range(maanden):
            rij = doelen[maand, persoon]
            if rij < 0 or rij >= bereik:
                return tellingen, weg_in_venster, False
            if not rechtmatig[rij]:
                break
            in_venster = telling[0] < vereist
            weg = buiten[maand, persoon]
            if weg:
                reeks += 1
                if in_venster:
                    reeks_in_venster += 1
                    buiten_in_venster += 1
            else:
                reeks = 0
                reeks_in_venster = 0
            onderbroken = reeks >= grens
            for k in range(tabellen):
                meetellend = gewichten[k, rij]
                telling[k] += meetellend
                reeksgewicht[k] = reeksgewicht[k] + meetellend if weg else 0.0
                telling[k] -= reeksgewicht[k] if onderbroken else 0.0
            if onderbroken:
                buiten_in_venster -= reeks_in_venster
                break
        for k in range(tabellen):
            tellingen[k, persoon] = telling[k]
        weg_in_venster[persoon] = buiten_in_venster
    return tellingen, weg_in_venster, True


@_kern
def _langste_reeks(tabel, doelen, buiten, grens, aantal):
    personen = doelen.shape[1]
    langste = np.zeros(personen, dtype=np.int32)
    for persoon in range(personen):
        weg = 0
        reeks = 0
        hoogste = 0
        voor_weg = 0
        for maand in range(aantal):
            rij = doelen[maand, persoon]
            if rij < 0 or rij >= tabel.shape[0]:
                return langste, False
            reeks = reeks + 1 if tabel[rij] else 0
            hoogste = max(hoogste, reeks)
            if buiten[maand, persoon]:
                weg += 1
            else:
                weg = 0
                voor_weg = hoogste
            if weg >= grens:
                hoogste = voor_weg
                break
        langste[persoon] = hoogste
    return langste, True


# The compiled functions; their `signatures` are the argument types compiled (or loaded) so far.
GECOMPILEERD = (_tel_verblijf, _langste_reeks)


def _geschiedenis(doelen, buiten):
    doelen, buiten = np.asarray(doelen), np.asarray(buiten)
    if (
        doelen.ndim == 2
        and buiten.shape == doelen.shape
        and doelen.dtype.kind in "iu"
        and buiten.dtype == np.bool_
    ):
        return doelen, buiten
    return None


def _getal(waarde):
    """A real scalar as float64, compared as numpy compares it with a month count; else None."""
    waarde = np.asarray(waarde)
    if waarde.ndim or waarde.dtype.kind not in "biuf" or waarde.dtype.itemsize > 8:
        return None
    return float(waarde)


def tel_verblijf(gewichtstabellen, rechtmatig_tabel, doelen, buiten, onderbreking_vanaf, vereist):
    """`verblijfsgeschiedenis.tel_verblijf` compiled, or None where numpy must decide."""
    geschiedenis = _geschiedenis(doelen, buiten)
    tabellen = [np.asarray(tabel) for tabel in gewichtstabellen]
    rechtmatig = np.asarray(rechtmatig_tabel)
    onderbreking = np.asarray(onderbreking_vanaf)
    drempel = _getal(vereist)
    if (
        geschiedenis is None
        or drempel is None
        or not tabellen
        or any(t.ndim != 1 or t.dtype.kind not in "biuf" or t.dtype.itemsize > 8 for t in tabellen)
        or len({len(t) for t in tabellen}) != 1
        or rechtmatig.ndim != 1
        or rechtmatig.dtype != np.bool_
        or onderbreking.dtype.kind not in "biuf"
        or onderbreking.dtype.itemsize > 8
    ):
        return None
    doelen, buiten = geschiedenis
    onderbreking = np.broadcast_to(onderbreking, (doelen.shape[1],)).astype(np.float64)
    gewichten = np.stack([t.astype(np.float64) for t in tabellen])
    tellingen, weg_in_venster, gelukt = _tel_verblijf(
        gewichten, rechtmatig, doelen, buiten, onderbreking, drempel
    )
    return (list(tellingen), weg_in_venster) if gelukt else None


def langste_reeks_met_arbeid(tabel, doelen, buiten, grens, aantal):
    """`verblijfsgeschiedenis.langste_reeks_met_arbeid` compiled, or None where numpy decides."""
    geschiedenis = _geschiedenis(doelen, buiten)
    tabel = np.asarray(tabel)
    grens = _getal(grens)
    try:
        aantal = operator.index(aantal)
    except TypeError:
        return None
    if (
        geschiedenis is None
        or grens is None
        or tabel.ndim != 1
        or tabel.dtype != np.bool_
        or aantal > geschiedenis[0].shape[0]
    ):
        return None
    langste, gelukt = _langste_reeks(tabel, *geschiedenis, grens, aantal)
    return langste if gelukt else None


def opwarmen() -> None:
    """Run both kernels on a tiny history of the types the walks pass (read-only int16, bool)."""
    doelen = np.zeros((2, 1), dtype=np.int16)
    buiten = np.zeros((2, 1), dtype=bool)
    for array in (doelen, buiten):
        array.setflags(write=False)
    tel_verblijf([np.ones(1)], np.ones(1, dtype=bool), doelen, buiten, 7, 60)
    langste_reeks_met_arbeid(np.ones(1, dtype=bool), doelen, buiten, 7, 2)
