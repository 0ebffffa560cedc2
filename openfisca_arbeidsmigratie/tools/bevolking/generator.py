"""A synthetic population of people asking to work in the Netherlands, deterministic for a seed.

Calibrated to the published aggregates in law-facts section 7; where nothing was published the
choice is an ASSUMPTION, marked as such below and in docs/analyst.md. The groups and their shares:

- ASSUMPTION: 40% are EU/EEA/Swiss workers (free movement); the register counts no applications
  for them. Nationalities weighted toward Poland, Romania and Bulgaria (ASSUMPTION).
- The third-country groups follow the IND application counts of 2021 (magazines.rijksoverheid.nl,
  IND jaarverslag 2021): Kennis en Talent 22,840, students 20,560, other labour 3,300; and UWV's
  TWV applications of 2018 (7,900). Blue Cards are about 1% of knowledge-migrant permits (150
  against 12,500 in 2021). Permanent residents, refugees and seasonal workers are ASSUMPTIONS.
- Nationalities: India first, then China and Turkey for knowledge migrants (IND 2021, 2023); the
  remaining weights are ASSUMPTIONS.
- Ages: two thirds of knowledge migrants younger than 40 (CBS via Volkskrant, 2023); students 18
  to 29; the shapes are ASSUMPTIONS.
- Wages (ASSUMPTION: no distribution was published): knowledge migrants lognormal around 1.35
  times their criterion (sigma 0.19, so about 6% fall below it, matching the 94% grant rate of
  2021); TWV applicants around 1.12 times the minimum wage; Blue Card holders around 1.25 times
  their criterion. The criteria, the age limit between them and the minimum wage (for the
  person's age and hours) are the law on the date, read from the system's parameters and rules.
- Labour-market test (ASSUMPTION, tuned to UWV's 86-89% grant rate of 2017-2018): for TWV and GVVA
  applicants the vacancy was reported in time for 97%, recruitment was sufficient for 96%, priority
  supply is available for 3%. Other employers (of knowledge migrants, for instance) reported no
  vacancy to UWV.
- Residence histories (ASSUMPTION): 40% of knowledge migrants, 25% of TWV applicants and every
  student already live here, for up to ten years; 3% of months are spent abroad and 4% of people
  have one long absence of 3 to 12 months; 2% have one month without lawful residence.
- Employers: one for every eight persons; knowledge migrants work for the 40% that are sponsors,
  97% of them recognised; fines Poisson(0.15), plus 1% of sponsors with 3 to 5 fines (ASSUMPTION).
- Temporary protection: 5% of the population are displaced persons from Ukraine holding the
  protection document (ASSUMPTION: no count of working displaced persons relative to the other
  groups was found), 97% Ukrainian and 3% third-country nationals with protection (Russian,
  Belarusian, Moldovan; ASSUMPTION); they live here since March 2022 or later (uniform); 95% of
  their employers reported the work to UWV (ASSUMPTION).
- Turkish workers by years of legal employment (Decision 1/80): every worker of the TWV,
  GVVA, knowledge-migrant and Blue Card groups with a residence history worked legally for 60% to
  100% of the months lived here (uniform, ASSUMPTION), a share of 30% to 100% of it with the
  current employer (ASSUMPTION), and half work in the same occupation as before (ASSUMPTION).
  Residence histories are uniform over ten years, so of Turkish GVVA holders (seed 2026, 50,000
  persons) about 9% have worked less than one year, 24% one to three years, 13% three to four
  years and 54% four years or more.
- Kosovo (XK) and stateless persons (XXA): weight 3 among TWV applicants and weight 2 among
  asylum permit holders (ASSUMPTION).
- Lent workers (Waadi, Wtta): 45% of EU workers (ASSUMPTION, after the IBO finding that about
  half of EU labour migrants work on temporary contracts), 7% of knowledge migrants (letter of 8
  November 2024: 6,520 of them, 7%, work for lending sponsors), 15% of TWV and GVVA workers
  (ASSUMPTION). They work for lenders: 3% of sponsors (277 lending sponsors of about 10,000) and
  15% of other employers (ASSUMPTION); 85% of lenders are admitted under the Wtta and 5% lend
  within a group (ASSUMPTIONS: the NAU publishes no figures yet).
"""

from dataclasses import dataclass

import numpy as np
import pyarrow as pa
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID, WERKGEVER_ID

MAANDEN = 120

GROEPEN = {  # group: share of the population
    "eu_werknemer": 0.40,
    "kennismigrant": 0.60 * 22_840 / 54_600,
    "student": 0.60 * 20_560 / 54_600,
    "twv": 0.60 * 7_900 / 54_600,
    "arbeid_regulier": 0.60 * 3_300 / 54_600,
}
GROEPEN["blauwe_kaart"] = GROEPEN["kennismigrant"] * 150 / 12_500
GROEPEN.update({"onbepaalde_tijd": 0.030, "asiel": 0.015, "seizoensarbeid": 0.004})
GROEPEN["tijdelijke_bescherming"] = 0.05

NATIONALITEITEN = {
    "eu_werknemer": {
        "PL": 30,
        "RO": 12,
        "BG": 10,
        "DE": 8,
        "IT": 6,
        "ES": 6,
        "PT": 4,
        "HU": 4,
        "GR": 3,
        "HR": 3,
        "LT": 3,
        "FR": 3,
        "BE": 3,
        "NO": 1,
        "CH": 1,
    },
    "kennismigrant": {
        "IN": 35,
        "CN": 10,
        "TR": 10,
        "RU": 6,
        "US": 6,
        "GB": 5,
        "BR": 4,
        "UA": 3,
        "IR": 3,
        "ZA": 3,
        "JP": 2,
        "KR": 2,
        "MX": 2,
        "EG": 2,
        "PK": 2,
        "ID": 2,
        "NG": 1,
        "PH": 1,
        "CA": 1,
    },
    "student": {
        "CN": 25,
        "IN": 20,
        "US": 8,
        "TR": 6,
        "ID": 6,
        "KR": 4,
        "VN": 4,
        "BR": 4,
        "MX": 3,
        "GB": 5,
        "NG": 3,
        "PK": 3,
        "IR": 3,
        "EG": 2,
        "CA": 2,
        "JP": 2,
    },
    "twv": {
        "PH": 15,
        "UA": 15,
        "IN": 12,
        "TR": 12,
        "CN": 8,
        "MA": 8,
        "US": 5,
        "BR": 5,
        "ID": 5,
        "GB": 5,
        "RS": 5,
        "BA": 5,
        "XK": 3,
        "XXA": 3,
    },
    "arbeid_regulier": {
        "IN": 20,
        "TR": 20,
        "UA": 15,
        "PH": 10,
        "CN": 10,
        "US": 10,
        "MA": 10,
        "GB": 5,
    },
    "blauwe_kaart": {"IN": 40, "US": 10, "BR": 10, "RU": 10, "TR": 10, "CN": 10, "GB": 10},
    "onbepaalde_tijd": {
        "TR": 25,
        "MA": 20,
        "SR": 10,
        "IN": 15,
        "CN": 10,
        "US": 5,
        "EG": 5,
        "IR": 5,
        "SY": 5,
    },
    "asiel": {"SY": 40, "ER": 20, "AF": 15, "TR": 10, "YE": 5, "IR": 5, "IQ": 5, "XXA": 2},
    "seizoensarbeid": {"UA": 50, "MD": 25, "MA": 25},
    "tijdelijke_bescherming": {"UA": 97, "RU": 1, "BY": 1, "MD": 1},
}
VERGUNNING = {
    "kennismigrant": "kennismigrant",
    "student": "studie",
    "twv": "arbeid_regulier",
    "arbeid_regulier": "arbeid_regulier",
    "blauwe_kaart": "blauwe_kaart",
    "asiel": "asiel",
    "seizoensarbeid": "seizoensarbeid",
    "tijdelijke_bescherming": "tijdelijke_bescherming",
}
DOEL = {
    "kennismigrant": "arbeid_kennismigrant",
    "student": "studie",
    "twv": "arbeid_regulier",
    "arbeid_regulier": "arbeid_regulier",
    "blauwe_kaart": "blauwe_kaart",
    "asiel": "asiel",
    "seizoensarbeid": "seizoensarbeid",
    "onbepaalde_tijd": "arbeid_regulier",
    "tijdelijke_bescherming": "tijdelijke_bescherming",
}
AL_IN_NEDERLAND = {  # share with a residence history (ASSUMPTION)
    "kennismigrant": 0.40,
    "student": 1.0,
    "twv": 0.25,
    "arbeid_regulier": 0.5,
    "blauwe_kaart": 0.5,
    "onbepaalde_tijd": 1.0,
    "asiel": 1.0,
    "seizoensarbeid": 0.5,
    "tijdelijke_bescherming": 1.0,
}
ARBEIDSGROEPEN = ("twv", "arbeid_regulier", "kennismigrant", "blauwe_kaart")
UITGELEEND = {"eu_werknemer": 0.45, "kennismigrant": 0.07, "twv": 0.15, "arbeid_regulier": 0.15}
UITLENERS = {"sponsor": 0.03, "overig": 0.15}
UITLENER_TOEGELATEN = 0.85
UITLENING_BINNEN_CONCERN = 0.05
BESCHERMING_SINDS = "2022-03"
SECTOREN = {
    "kennismigrant": {"J": 35, "M": 25, "C": 15, "K": 10, "P": 5, "Q": 3, "G": 4, "H": 3},
    "blauwe_kaart": {"J": 50, "M": 25, "C": 15, "K": 10},
    "twv": {"Q": 25, "A": 15, "I": 15, "C": 15, "H": 15, "N": 15},
    "seizoensarbeid": {"A": 100},
}
BEROEPEN = {
    "kennismigrant": {
        "isco_2_specialisten": 70,
        "isco_1_leidinggevenden": 10,
        "isco_3_technici": 15,
        "isco_4_administratief": 5,
    },
    "blauwe_kaart": {"isco_2_specialisten": 80, "isco_1_leidinggevenden": 20},
    "twv": {
        "isco_5_dienstverlening_verkoop": 30,
        "isco_7_ambacht": 20,
        "isco_8_bediening_machines": 20,
        "isco_9_elementair": 30,
    },
    "seizoensarbeid": {"isco_9_elementair": 100},
}
STANDAARD_SECTOREN = {"G": 20, "C": 15, "N": 15, "H": 15, "Q": 10, "I": 10, "F": 10, "A": 5}
STANDAARD_BEROEPEN = {
    "isco_5_dienstverlening_verkoop": 30,
    "isco_7_ambacht": 20,
    "isco_8_bediening_machines": 20,
    "isco_9_elementair": 20,
    "isco_3_technici": 10,
}


def _kies(rng, keuzes: dict, aantal: int) -> np.ndarray:
    namen = np.array(list(keuzes))
    gewichten = np.array(list(keuzes.values()), dtype=float)
    return namen[rng.choice(len(namen), size=aantal, p=gewichten / gewichten.sum())]


def _tekst(waarden) -> pa.Array:
    return pa.array(waarden, type=pa.string()).dictionary_encode()


def criteria(systeem, datum):
    """The amounts and the age limit the generator places wages around: the law on the date."""
    p = systeem.parameters(datum)
    km = p.kennismigrant.salariscriterium
    return {
        "dertig": km.dertig_jaar_en_ouder,
        "jonger": km.jonger_dan_dertig,
        "verlaagd": km.verlaagd,
        "leeftijdsgrens": p.kennismigrant.leeftijdsgrens,
        "blauwe_kaart": p.blauwe_kaart.salariscriterium,
    }


def minimumloon(systeem, datum, leeftijd, uren) -> np.ndarray:
    """The statutory minimum wage per month for each age and weekly hours on the date."""
    simulatie = SimulationBuilder().build_default_simulation(systeem, len(leeftijd))
    simulatie.set_input("leeftijd", datum, np.asarray(leeftijd))
    simulatie.set_input("arbeidsuren_per_week", datum, np.asarray(uren, dtype=float))
    return np.asarray(simulatie.calculate("minimumloon_bruto_maand", datum))


BLOK = 100_000  # persons per generated chunk (and Parquet row group); part of the seed scheme


@dataclass
class Werkgeverspool:
    """The employers, drawn before any person: a chunk of persons picks among them."""

    tabel: pa.Table
    sponsors: int
    sponsor_uitleners: np.ndarray
    overige_uitleners: np.ndarray

    @property
    def aantal(self) -> int:
        return self.tabel.num_rows


@dataclass
class Blok:
    """The attributes of one chunk of persons while they are drawn."""

    groep: np.ndarray
    nationaliteit: np.ndarray
    leeftijd: np.ndarray
    loon: np.ndarray
    uren: np.ndarray
    vergunning: np.ndarray
    sector: np.ndarray
    beroep: np.ndarray
    functie: np.ndarray
    afgestudeerd: np.ndarray
    diploma: np.ndarray
    ict: np.ndarray
    studiekeuze: np.ndarray
    verblijf: np.ndarray


def genereer(systeem, aantal: int = 100_000, zaad: int = 2026, datum: str = "2026-06-15"):
    """(persons, employers) as pyarrow Tables; the same seed gives the same population."""
    werkgevers, blokken = genereer_blokken(systeem, aantal, zaad, datum)
    return pa.concat_tables(list(blokken)), werkgevers


def genereer_blokken(systeem, aantal: int, zaad: int = 2026, datum: str = "2026-06-15"):
    """(employers, an iterator of person chunks of at most `BLOK` rows): memory flat in `aantal`.

    Employers draw from the seed's stream 0, chunk `i` of persons from stream (1, i), so a
    population is the same whether it is generated whole or chunk by chunk."""
    pool = werkgeverspool(np.random.default_rng([zaad, 0]), max(1, aantal // 8))
    c = criteria(systeem, datum)

    def blokken():
        for i, begin in enumerate(range(0, aantal, BLOK)):
            rng = np.random.default_rng([zaad, 1, i])
            yield personen(systeem, c, rng, begin, min(BLOK, aantal - begin), pool, datum)

    return pool.tabel, blokken()


def werkgeverspool(rng, aantal_werkgevers: int) -> Werkgeverspool:
    sponsors = max(1, int(aantal_werkgevers * 0.4))
    is_sponsor = np.arange(aantal_werkgevers) < sponsors
    uitlener = rng.random(aantal_werkgevers) < np.where(
        is_sponsor, UITLENERS["sponsor"], UITLENERS["overig"]
    )
    uitlener[0] = uitlener[sponsors % aantal_werkgevers] = True
    sponsor_uitleners = np.flatnonzero(uitlener & is_sponsor)
    overige_uitleners = np.flatnonzero(uitlener & ~is_sponsor)
    if not len(overige_uitleners):
        overige_uitleners = sponsor_uitleners
    boetes = rng.poisson(0.15, aantal_werkgevers)
    veel = rng.random(aantal_werkgevers) < 0.01
    boetes = np.where(veel, rng.integers(3, 6, aantal_werkgevers), boetes)
    tabel = pa.table(
        {
            WERKGEVER_ID: np.char.add("w", np.arange(aantal_werkgevers).astype(str)),
            "erkend_referent": is_sponsor & (rng.random(aantal_werkgevers) < 0.97),
            "boetes_afgelopen_vier_jaar": boetes.astype(np.int32),
            "werkgever_is_uitlener": uitlener,
            "uitlener_toegelaten": uitlener & (rng.random(aantal_werkgevers) < UITLENER_TOEGELATEN),
            "uitlening_binnen_concern": uitlener
            & (rng.random(aantal_werkgevers) < UITLENING_BINNEN_CONCERN),
        }
    )
    return Werkgeverspool(tabel, sponsors, sponsor_uitleners, overige_uitleners)


def personen(systeem, c, rng, begin: int, aantal: int, pool: Werkgeverspool, datum) -> pa.Table:
    """One chunk of persons, numbered from `begin + 1`."""
    namen = list(GROEPEN)
    aandelen = np.array([GROEPEN[n] for n in namen])
    groep = np.array(namen)[rng.choice(len(namen), size=aantal, p=aandelen / aandelen.sum())]
    blok = Blok(
        groep=groep,
        nationaliteit=np.empty(aantal, dtype=object),
        leeftijd=np.zeros(aantal, dtype=np.int32),
        loon=np.zeros(aantal),
        uren=np.full(aantal, 40.0),
        vergunning=np.full(aantal, "geen", dtype=object),
        sector=np.full(aantal, "onbekend", dtype=object),
        beroep=np.full(aantal, "onbekend", dtype=object),
        functie=np.full(aantal, "regulier", dtype=object),
        afgestudeerd=np.zeros(aantal, dtype=bool),
        diploma=rng.random(aantal) < 0.5,
        ict=np.zeros(aantal, dtype=bool),
        studiekeuze=np.full(aantal, "uren_per_week", dtype=object),
        verblijf=np.zeros(aantal, dtype=np.int32),
    )
    kol = {PERSOON_ID: np.char.add("p", np.arange(begin + 1, begin + aantal + 1).astype(str))}
    ervaring = np.round(rng.gamma(2.0, 3.0, aantal), 1)
    contract = rng.choice([6, 12, 24, 36, 60], size=aantal, p=[0.1, 0.4, 0.2, 0.2, 0.1])
    for naam in namen:
        _herkomst_en_verblijf(rng, blok, naam, datum)
    for naam in namen:
        _leeftijd_en_loon(systeem, c, rng, blok, naam, datum)
    kol.update(_persoonskolommen(blok, ervaring, contract))
    kol.update(_arbeidsmarkt_en_welvaart(rng, blok))
    kol.update(_arbeidsverleden(rng, blok))
    kol["ter_beschikking_gesteld"], werkgever = _werkgever(rng, blok, pool)
    kol[WERKGEVER_ID] = _tekst(np.char.add("w", werkgever.astype(str)))
    kol.update(geschiedenis(rng, groep, blok.verblijf, datum))
    return pa.table(kol)


def _herkomst_en_verblijf(rng, blok: Blok, naam: str, datum) -> None:
    deel = blok.groep == naam
    n = int(deel.sum())
    if not n:
        return
    blok.nationaliteit[deel] = _kies(rng, NATIONALITEITEN[naam], n)
    blok.sector[deel] = _kies(rng, SECTOREN.get(naam, STANDAARD_SECTOREN), n)
    blok.beroep[deel] = _kies(rng, BEROEPEN.get(naam, STANDAARD_BEROEPEN), n)
    if naam in VERGUNNING:
        blok.vergunning[deel] = VERGUNNING[naam]
    if naam == "onbepaalde_tijd":
        blok.vergunning[deel] = np.where(
            rng.random(n) < 0.7, "onbepaalde_tijd_regulier", "eu_langdurig_ingezetene"
        )
    hier = rng.random(n) < AL_IN_NEDERLAND.get(naam, 0.0)
    duur = np.where(hier, rng.integers(1, MAANDEN + 1, n), 0)
    if naam == "onbepaalde_tijd":
        duur = rng.integers(60, MAANDEN + 1, n)
    if naam == "student":
        duur = rng.integers(1, 61, n)
    if naam == "tijdelijke_bescherming":
        sinds = periods.period(datum).first_month.start
        begin = periods.period(BESCHERMING_SINDS).start
        maximum = (sinds.year - begin.year) * 12 + sinds.month - begin.month
        duur = rng.integers(1, max(maximum, 1) + 1, n) if maximum > 0 else np.zeros(n, int)
    blok.verblijf[deel] = duur
    if naam in ("kennismigrant", "twv", "blauwe_kaart", "arbeid_regulier", "seizoensarbeid"):
        blok.vergunning[deel] = np.where(hier, blok.vergunning[deel], "geen")


def _leeftijd_en_loon(systeem, c, rng, blok: Blok, naam: str, datum) -> None:
    deel = blok.groep == naam
    n = int(deel.sum())
    if not n:
        return

    def wml():
        return minimumloon(systeem, datum, blok.leeftijd[deel], blok.uren[deel])

    if naam == "kennismigrant":
        _kennismigrant(c, rng, blok, deel, n, wml)
    elif naam == "blauwe_kaart":
        blok.leeftijd[deel] = rng.integers(25, 56, n)
        blok.loon[deel] = c["blauwe_kaart"] * rng.lognormal(np.log(1.25), 0.15, n)
        blok.diploma[deel] = rng.random(n) < 0.95
        blok.ict[deel] = blok.sector[deel] == "J"
    elif naam in ("twv", "arbeid_regulier", "seizoensarbeid"):
        blok.leeftijd[deel] = rng.integers(20, 56, n)
        blok.uren[deel] = rng.choice([40.0, 38.0, 36.0, 32.0], size=n, p=[0.7, 0.1, 0.1, 0.1])
        blok.loon[deel] = wml() * rng.lognormal(np.log(1.12), 0.06, n)
    elif naam == "student":
        blok.leeftijd[deel] = rng.integers(18, 30, n)
        soort = rng.choice(3, size=n, p=[0.70, 0.15, 0.15])
        blok.uren[deel] = np.select(
            [soort == 0, soort == 1], [rng.integers(4, 17, n), rng.integers(17, 25, n)], 40
        ).astype(float)
        blok.studiekeuze[deel] = np.where(soort == 2, "zomermaanden", "uren_per_week")
        blok.loon[deel] = wml() * 1.05
    else:
        blok.leeftijd[deel] = rng.integers(18, 65, n)
        blok.loon[deel] = wml() * rng.lognormal(np.log(1.25), 0.25, n)


def _kennismigrant(c, rng, blok: Blok, deel, n: int, wml) -> None:
    blok.leeftijd[deel] = np.clip(22 + rng.gamma(3.0, 3.5, n), 21, 64).astype(int)
    jong = blok.leeftijd[deel] < c["leeftijdsgrens"]
    blok.afgestudeerd[deel] = rng.random(n) < np.where(jong, 0.30, 0.05)
    blok.functie[deel] = _kies(
        rng,
        {
            "regulier": 935,
            "wetenschappelijk_onderzoeker": 50,
            "arts_in_opleiding_tot_specialist": 10,
            "gastdocent": 5,
        },
        n,
    )
    norm = np.select(
        [blok.afgestudeerd[deel], jong], [c["verlaagd"], c["jonger"]], default=c["dertig"]
    )
    norm = np.where(blok.functie[deel] == "regulier", norm, wml() * 1.2)
    blok.loon[deel] = norm * rng.lognormal(np.log(1.35), 0.19, n)
    blok.ict[deel] = blok.sector[deel] == "J"
    blok.diploma[deel] = rng.random(n) < 0.9


def _persoonskolommen(blok: Blok, ervaring, contract) -> dict:
    return {
        "nationaliteit": _tekst(blok.nationaliteit),
        "leeftijd": blok.leeftijd,
        "bruto_maandloon": np.round(blok.loon, 2),
        "arbeidsuren_per_week": blok.uren,
        "verblijfsvergunning": _tekst(blok.vergunning),
        "kennismigrant_functie": _tekst(blok.functie),
        "kennismigrant_verlaagd_criterium": blok.afgestudeerd,
        "hoger_onderwijs_diploma": blok.diploma,
        "relevante_werkervaring_jaren": ervaring,
        "ict_specialist": blok.ict,
        "arbeidsovereenkomst_maanden": contract.astype(np.int32),
    }


def _arbeidsmarkt_en_welvaart(rng, blok: Blok) -> dict:
    aantal = len(blok.groep)
    getoetst = np.isin(blok.groep, ["twv", "arbeid_regulier", "seizoensarbeid"])
    kol = {}
    kol["vacature_gemeld_weken"] = np.where(
        getoetst,
        np.where(
            rng.random(aantal) < 0.97, rng.integers(5, 13, aantal), rng.integers(0, 5, aantal)
        ),
        0,
    ).astype(float)
    kol["wervingsinspanning_voldoende"] = getoetst & (rng.random(aantal) < 0.96)
    kol["prioriteitgenietend_aanbod_beschikbaar"] = getoetst & (rng.random(aantal) < 0.03)
    kol["studentenarbeid_keuze"] = _tekst(blok.studiekeuze)
    kol["sector"] = _tekst(blok.sector)
    kol["beroepsgroep"] = _tekst(blok.beroep)
    kol["huisvesting"] = _tekst(
        _kies(rng, {"eigen_woonruimte": 60, "werkgever": 30, "geen": 10}, aantal)
    )
    kol["taalniveau_nederlands"] = _tekst(
        _kies(
            rng, {"geen": 40, "intentie": 30, "a1": 10, "a2": 10, "b1": 7, "b2_of_hoger": 3}, aantal
        )
    )
    kol["middelen_voldoende"] = rng.random(aantal) < 0.85
    kol["inburgering_voldaan"] = rng.random(aantal) < np.where(blok.verblijf >= 48, 0.5, 0.1)
    return kol


def _arbeidsverleden(rng, blok: Blok) -> dict:
    aantal = len(blok.groep)
    werkt = np.isin(blok.groep, ARBEIDSGROEPEN) & (blok.verblijf > 0)
    legaal = np.where(werkt, np.round(blok.verblijf * rng.uniform(0.6, 1.0, aantal)), 0)
    return {
        "maanden_legale_arbeid": legaal.astype(np.int32),
        "maanden_legale_arbeid_huidige_werkgever": np.round(
            legaal * rng.uniform(0.3, 1.0, aantal)
        ).astype(np.int32),
        "arbeid_in_zelfde_beroep": werkt & (rng.random(aantal) < 0.5),
        "melding_uwv_gedaan": (blok.groep != "tijdelijke_bescherming")
        | (rng.random(aantal) < 0.95),
    }


def _per_groep(groep: np.ndarray, waarden: dict, standaard, dtype=None) -> np.ndarray:
    """`waarden[g]` for each person's group `g` (`standaard` for the others), by group."""
    uit = np.full(len(groep), standaard, dtype=dtype)
    for naam, waarde in waarden.items():
        uit[groep == naam] = waarde
    return uit


def _werkgever(rng, blok: Blok, pool: Werkgeverspool) -> tuple[np.ndarray, np.ndarray]:
    """(lent, employer) per person: knowledge migrants work for a sponsor, lent workers for a
    lender."""
    aantal = len(blok.groep)
    uitgeleend = rng.random(aantal) < _per_groep(blok.groep, UITGELEEND, 0.0)
    kennismigrant = blok.groep == "kennismigrant"
    werkgever = np.where(
        kennismigrant,
        rng.integers(0, pool.sponsors, aantal),
        rng.integers(0, pool.aantal, aantal),
    )
    uitlener = np.where(
        kennismigrant,
        pool.sponsor_uitleners[rng.integers(0, len(pool.sponsor_uitleners), aantal)],
        pool.overige_uitleners[rng.integers(0, len(pool.overige_uitleners), aantal)],
    )
    return uitgeleend, np.where(uitgeleend, uitlener, werkgever)


def geschiedenis(rng, groep, verblijf, datum) -> dict:
    """Wide history columns `verblijfsdoel_YYYY_MM` and `buiten_nederland_YYYY_MM`."""
    aantal = len(groep)
    studie_eerst = (groep == "kennismigrant") & (rng.random(aantal) < 0.2)
    studieduur = np.where(studie_eerst, rng.integers(12, 49, aantal), 0)
    gat = np.where(rng.random(aantal) < 0.02, rng.integers(0, MAANDEN, aantal), -1)
    lang = rng.random(aantal) < 0.04
    lang_begin = rng.integers(0, MAANDEN, aantal)
    lang_duur = rng.integers(3, 13, aantal)
    eerste = periods.period(datum).first_month
    kolommen = {}
    doelcodes = {naam: i for i, naam in enumerate(sorted(set(DOEL.values()) | {"geen"}))}
    woordenboek = pa.array(sorted(doelcodes, key=doelcodes.get))
    hoofd = _per_groep(
        groep, {g: doelcodes[d] for g, d in DOEL.items()}, doelcodes["geen"], np.int32
    )
    for k in range(MAANDEN):
        maand = eerste.offset(-1 - k)
        code = np.where(
            k < verblijf - studieduur,
            hoofd,
            np.where(k < verblijf, doelcodes["studie"], doelcodes["geen"]),
        )
        code = np.where(gat == k, doelcodes["geen"], code)
        weg = (rng.random(aantal) < 0.03) | (
            lang & (k >= lang_begin) & (k < lang_begin + lang_duur)
        )
        achtervoegsel = f"{maand.start.year}_{maand.start.month:02d}"
        kolommen[f"verblijfsdoel_{achtervoegsel}"] = pa.DictionaryArray.from_arrays(
            pa.array(code, type=pa.int32()), woordenboek
        )
        kolommen[f"buiten_nederland_{achtervoegsel}"] = weg & (code != doelcodes["geen"])
    return kolommen
