"""The national permit's age limit (Vw 2000 art. 21 lid 5) and the main-residence rule of Vc 2000
B1/6.2.1 onder c agree with plain per-person references on random histories."""

from datetime import date, timedelta

import numpy as np
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.wandelingen import jaren_lang_buiten

GEEN = Verblijfsdoel.geen.index
KENNISMIGRANT = Verblijfsdoel.arbeid_kennismigrant.index
DATUM = date(2025, 3, 10)
MAANDEN = 120


def volle_maanden(van: date, tot: date) -> int:
    return max(12 * (tot.year - van.year) + tot.month - van.month - (van.day > tot.day), 0)


def achtste_verjaardag(geboren: date) -> date:
    try:
        return geboren.replace(year=geboren.year + 8)
    except ValueError:
        return date(geboren.year + 8, 3, 1)


def telling_referentie(doelen, buiten, sinds_acht):
    """Months counted: back from the most recent month to the first without lawful residence, the
    first run of seven months abroad or the month the person was not yet eight."""
    reeks = 0
    for maand, (doel, weg) in enumerate(zip(doelen, buiten, strict=True)):
        if doel == GEEN or maand >= sinds_acht:
            return maand
        reeks = reeks + 1 if weg else 0
        if reeks >= 7:
            return maand - reeks + 1
    return len(doelen)


def test_leeftijdsgrens_gelijk_aan_referentie(systeem):
    rng = np.random.default_rng(20261207)
    aantal = 3_000
    dagen_oud = rng.integers(5 * 365, 20 * 365, size=aantal)
    geboren = [DATUM - timedelta(days=int(d)) for d in dagen_oud]
    doelen = np.full((MAANDEN, aantal), KENNISMIGRANT, dtype=np.int16)
    begin = rng.integers(20, MAANDEN, size=aantal)
    doelen[np.arange(MAANDEN)[:, None] >= begin] = GEEN
    buiten = rng.random((MAANDEN, aantal)) < 0.05
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=aantal)
    maand = periods.period(DATUM.isoformat()).first_month
    for k in range(MAANDEN):
        simulatie.set_input("verblijfsdoel", maand.offset(-1 - k), doelen[k])
        simulatie.set_input("buiten_nederland", maand.offset(-1 - k), buiten[k])
    simulatie.set_input("geboortedatum", "eternity", np.array(geboren, dtype="datetime64[D]"))
    berekend = np.asarray(simulatie.calculate("verblijfsduur_maanden_vvo", DATUM.isoformat()))
    verwacht = [
        telling_referentie(doelen[:, i], buiten[:, i], volle_maanden(achtste_verjaardag(g), DATUM))
        for i, g in enumerate(geboren)
    ]
    np.testing.assert_array_equal(berekend, verwacht)
    assert 0 < (berekend >= 60).sum() < aantal


def verplaatst_referentie(buiten, meer_dan=4, jaren=3, venster=60):
    """The years (twelve-month blocks back from row 0) in which a run abroad reaches its fifth
    month, and whether three of them within the window are consecutive."""
    met_verblijf = set()
    reeks = 0
    for rij in range(len(buiten) - 1, -1, -1):
        reeks = reeks + 1 if buiten[rij] else 0
        if reeks == meer_dan + 1 and rij < venster:
            met_verblijf.add(rij // 12)
    return any(
        all(jaar + k in met_verblijf for k in range(jaren))
        for jaar in range(venster // 12 - jaren + 1)
    )


def test_hoofdverblijf_gelijk_aan_referentie():
    rng = np.random.default_rng(6201)
    aantal = 20_000
    buiten = rng.random((MAANDEN, aantal)) < 0.03
    for jaar in range(7):
        wie = rng.random(aantal) < 0.6
        begin = jaar * 12 + rng.integers(0, 12, size=aantal)
        duur = rng.integers(3, 8, size=aantal)
        rij = np.arange(MAANDEN)[:, None]
        buiten |= wie & (rij >= begin) & (rij < begin + duur)
    doelen = np.full((MAANDEN, aantal), KENNISMIGRANT, dtype=np.int16)
    berekend = jaren_lang_buiten(doelen, buiten, 4, 3, 60)
    verwacht = [verplaatst_referentie(buiten[:, i]) for i in range(aantal)]
    np.testing.assert_array_equal(berekend, verwacht)
    assert 0.05 < berekend.mean() < 0.95
