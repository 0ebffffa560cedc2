"""The vectorised residence count agrees with a plain per-person reference on random histories.

The reference is written from the rules, not from the vectorised walk: it first finds where the
counted period starts (the last month without lawful residence, or the last absence long enough
to interrupt), then sums the weights after it and looks for absences in the five-year window.
"""

import os

import numpy as np
import pytest
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel

# 20,000 random histories in `make test`; 100,000 in `make fuzz` (ARBEIDSMIGRATIE_FUZZ_FACTOR).
AANTAL = 20_000 if int(os.environ.get("ARBEIDSMIGRATIE_FUZZ_FACTOR", "1")) == 1 else 100_000
DATUM = "2025-03-10"
MAANDEN = 120
TIJDELIJK = {
    "seizoensarbeid",
    "studie",
    "zoekjaar_hoogopgeleiden",
    "au_pair",
    "uitwisseling",
    "medische_behandeling",
    "overplaatsing_binnen_onderneming",
    "tijdelijke_bescherming",
    "stagiair",
    "grensoverschrijdende_dienstverlening",
    "tijdelijke_humanitaire_gronden",
    "gezinshereniging_tijdelijk",
    "asiel",
}
EU_MEETELLEND = {"asiel"}
EU_UITGESLOTEN = {"au_pair", "seizoensarbeid", "grensoverschrijdende_dienstverlening"}
EU_UITGESLOTEN |= {"overplaatsing_binnen_onderneming"}
GEEN = Verblijfsdoel.geen.index
BLAUWE_KAART = Verblijfsdoel.blauwe_kaart.index
STUDIE = Verblijfsdoel.studie.index


def gewicht_vvo(doel):
    """Every lawful month counts toward the national permit (Vw 2000 art. 21 lid 1 aanhef)."""
    return float(doel != GEEN)


def gewicht_eu(doel):
    naam = Verblijfsdoel.names[doel]
    if doel == STUDIE:
        return 0.5
    if doel == GEEN or naam in EU_UITGESLOTEN:
        return 0.0
    return 1.0 if naam not in TIJDELIJK or naam in EU_MEETELLEND else 0.0


def referentie(doelen, buiten, gewicht, onderbreking, vereist=60):
    """(counted months, months abroad in the five-year window) for one person, most recent first."""
    einde = len(doelen)
    reeks = 0
    for maand, (doel, weg) in enumerate(zip(doelen, buiten, strict=True)):
        if doel == GEEN:
            einde = maand
            break
        reeks = reeks + 1 if weg else 0
        if reeks >= onderbreking:
            einde = maand - reeks + 1
            break
    telling = sum(gewicht(doelen[maand]) for maand in range(einde))
    opgeteld = 0.0
    weg_in_venster = 0
    for maand in range(einde):
        if opgeteld >= vereist:
            break
        opgeteld += gewicht(doelen[maand])
        weg_in_venster += int(buiten[maand])
    return telling, weg_in_venster


def willekeurige_geschiedenissen(rng, aantal, maanden):
    """Histories as runs of purposes, with gaps and months abroad (row 0 = most recent month)."""
    leden = np.arange(len(Verblijfsdoel))
    kansen = np.full(len(leden), 1.0)
    kansen[GEEN] = 0.6
    kansen[Verblijfsdoel.arbeid_kennismigrant.index] = 4.0
    kansen[BLAUWE_KAART] = 2.0
    kansen[STUDIE] = 3.0
    kansen /= kansen.sum()
    doelen = np.empty((maanden, aantal), dtype=np.int16)
    huidig = rng.choice(leden, size=aantal, p=kansen)
    for maand in range(maanden):
        wissel = rng.random(aantal) < 0.03
        huidig = np.where(wissel, rng.choice(leden, size=aantal, p=kansen), huidig)
        doelen[maand] = huidig
    afwezig = rng.random((maanden, aantal)) < 0.04
    lang = rng.random(aantal) < 0.15
    begin = rng.integers(0, maanden, size=aantal)
    duur = rng.integers(3, 15, size=aantal)
    rij = np.arange(maanden)[:, None]
    afwezig |= lang & (rij >= begin) & (rij < begin + duur)
    return doelen, afwezig


@pytest.fixture(scope="module")
def uitkomst(systeem):
    rng = np.random.default_rng(20251127)
    doelen, buiten = willekeurige_geschiedenissen(rng, AANTAL, MAANDEN)
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=AANTAL)
    maand = periods.period(DATUM).first_month
    for k in range(MAANDEN):
        vorige = maand.offset(-1 - k)
        simulatie.set_input("verblijfsdoel", vorige, doelen[k])
        simulatie.set_input("buiten_nederland", vorige, buiten[k])
    elders = np.where(rng.random(AANTAL) < 0.5, rng.integers(0, 30, size=AANTAL), 0)
    simulatie.set_input("maanden_blauwe_kaart_andere_lidstaat", DATUM, elders)
    namen = [
        "verblijfsduur_maanden_vvo",
        "verblijfsduur_maanden_eu",
        "eu_verblijf_ononderbroken",
        "rechtmatig_verblijf_maanden",
        "blauwe_kaart_maanden_in_nederland",
        "verblijf_met_arbeid_maanden",
    ]
    berekend = {naam: np.asarray(simulatie.calculate(naam, DATUM)) for naam in namen}
    return doelen.T.tolist(), buiten.T.tolist(), berekend, elders.tolist()


def test_nationale_telling_gelijk_aan_referentie(uitkomst):
    doelen, buiten, berekend, _ = uitkomst
    verwacht = [referentie(d, b, gewicht_vvo, 7)[0] for d, b in zip(doelen, buiten, strict=True)]
    np.testing.assert_array_equal(berekend["verblijfsduur_maanden_vvo"], verwacht)


def test_rechtmatig_verblijf_gelijk_aan_referentie(uitkomst):
    doelen, buiten, berekend, _ = uitkomst
    verwacht = [
        referentie(d, b, lambda doel: float(doel != GEEN), 7)[0]
        for d, b in zip(doelen, buiten, strict=True)
    ]
    np.testing.assert_array_equal(berekend["rechtmatig_verblijf_maanden"], verwacht)


def blauwe_kaart_in_nederland(d, b):
    return referentie([x if x == BLAUWE_KAART else GEEN for x in d], b, lambda doel: 1.0, 12)[0]


def test_eu_telling_en_afwezigheid_gelijk_aan_referentie(uitkomst):
    """Directive 2003/109 art. 4(3): 11 months in total interrupt; Blue Card cumulation (12 months
    elsewhere, 24 in NL) adds the months elsewhere and the 12/19 limits of Vb 2000 art. 3.124 lid 2
    onder c; every other Blue Card holder has the 13/19 limits of onder d."""
    doelen, buiten, berekend, elders = uitkomst
    tellingen, ononderbroken = [], []
    for d, b, e in zip(doelen, buiten, elders, strict=True):
        houder = d[0] == BLAUWE_KAART
        cumulatie = houder and e >= 12 and blauwe_kaart_in_nederland(d, b) >= 24
        telling, weg = referentie(d, b, gewicht_eu, 12 if cumulatie else 13 if houder else 6)
        tellingen.append(telling + (e if cumulatie else 0))
        ononderbroken.append(weg < (19 if houder else 11))
    np.testing.assert_array_equal(berekend["verblijfsduur_maanden_eu"], tellingen)
    np.testing.assert_array_equal(berekend["eu_verblijf_ononderbroken"], ononderbroken)


def test_blauwe_kaart_maanden_gelijk_aan_referentie(uitkomst):
    doelen, buiten, berekend, _ = uitkomst
    verwacht = [blauwe_kaart_in_nederland(d, b) for d, b in zip(doelen, buiten, strict=True)]
    np.testing.assert_array_equal(berekend["blauwe_kaart_maanden_in_nederland"], verwacht)


def test_geschiedenissen_zijn_gevarieerd(uitkomst):
    doelen, _, berekend, elders = uitkomst
    cumulatie = [d[0] == BLAUWE_KAART and e >= 12 for d, e in zip(doelen, elders, strict=True)]
    assert np.mean(cumulatie & (berekend["blauwe_kaart_maanden_in_nederland"] >= 24)) > 0.005
    vvo = berekend["verblijfsduur_maanden_vvo"]
    assert (vvo >= 60).mean() > 0.05 and (vvo < 60).mean() > 0.05
    eu = berekend["verblijfsduur_maanden_eu"]
    assert (eu >= 60).mean() > 0.05 and (eu < 60).mean() > 0.3
    assert (~berekend["eu_verblijf_ononderbroken"]).mean() > 0.005


MET_ARBEID = {
    "arbeid_kennismigrant",
    "blauwe_kaart",
    "arbeid_regulier",
    "seizoensarbeid",
    "overplaatsing_binnen_onderneming",
    "grensoverschrijdende_dienstverlening",
    "stagiair",
    "uitwisseling",
    "au_pair",
    "zoekjaar_hoogopgeleiden",
    "gezinshereniging",
    "gezinshereniging_tijdelijk",
}


def langste_reeks_met_arbeid(doelen, buiten, verplaatst_na=6):
    """Wav art. 4(2)(b): the longest run of months on a permit valid for work, after the last
    time the main residence moved abroad (a run of more than `verplaatst_na` months abroad, which
    drops out whole, with everything before it)."""
    einde = len(doelen)
    reeks = 0
    for maand, weg in enumerate(buiten):
        reeks = reeks + 1 if weg else 0
        if reeks > verplaatst_na:
            einde = maand - reeks + 1
            break
    langste = lopend = 0
    for doel in doelen[:einde]:
        lopend = lopend + 1 if Verblijfsdoel.names[doel] in MET_ARBEID else 0
        langste = max(langste, lopend)
    return langste


def test_verblijf_met_arbeid_gelijk_aan_referentie(uitkomst):
    doelen, buiten, berekend, _ = uitkomst
    deel = 20_000
    verwacht = [
        langste_reeks_met_arbeid(d, b) for d, b in zip(doelen[:deel], buiten[:deel], strict=True)
    ]
    np.testing.assert_array_equal(berekend["verblijf_met_arbeid_maanden"][:deel], verwacht)
    assert (np.asarray(verwacht) >= 60).mean() > 0.05
