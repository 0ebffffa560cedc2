"""The whole route decision (`toelatingsroute`) in plain numpy, for the benchmark.

Written from the formulas of the variables under `variables/` as they read on a date from 2024-06-12
on (the current Blue Card and minimum-wage versions), with every threshold and list read from the
parameters on the date. `alle_invoer` makes a population that sets every input of the decision,
the withdrawal agreement included. `tests/tools/test_numpy_route.py` checks that this and OpenFisca
agree, so a rule change that is not carried over here fails the test suite, not only the benchmark.
"""

import numpy as np
import pyarrow as pa

from openfisca_arbeidsmigratie.model.bedragen import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from openfisca_arbeidsmigratie.model.enums import (
    KennismigrantFunctie,
    StudentenarbeidKeuze,
    Toelatingsroute,
    TwvCategorie,
    Verblijfsvergunning,
    VrijstellingBuwav,
)
from openfisca_arbeidsmigratie.model.landen import Land
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    persoonkolommen,
    werkgeverkolommen,
)

INVOER = [
    "nationaliteit",
    "terugtrekkingsakkoord_verblijfsrecht",
    "verblijfsvergunning",
    "leeftijd",
    "bruto_maandloon",
    "arbeidsuren_per_week",
    "kennismigrant_functie",
    "recent_afgestudeerd",
    "erkend_referent",
    "boetes_afgelopen_vier_jaar",
    "hoger_onderwijs_diploma",
    "relevante_werkervaring_jaren",
    "ict_specialist",
    "arbeidsovereenkomst_maanden",
    "vrijstelling_buwav",
    "twv_categorie",
    "prioriteitgenietend_aanbod_beschikbaar",
    "vacature_gemeld_weken",
    "wervingsinspanning_voldoende",
    "verblijfsdocument_geldig",
    "studentenarbeid_keuze",
]


def alle_invoer(systeem, aantal: int, zaad: int = 2026) -> pa.Table:
    """Persons with every DAY input of persons and employers set, each value drawn at random.

    A third of the nationalities are the United Kingdom (the withdrawal agreement), and half of
    everyone has a residence right under that agreement; wages spread over every criterion.
    """
    rng = np.random.default_rng(zaad)
    kolommen = {PERSOON_ID: np.char.add("p", np.arange(1, aantal + 1).astype(str))}
    for naam, kolom in {**persoonkolommen(systeem), **werkgeverkolommen(systeem)}.items():
        if kolom.soort == "enum":
            leden = np.array(kolom.leden)
            waarden = leden[rng.integers(0, len(leden), aantal)]
            kolommen[naam] = pa.array(waarden).dictionary_encode()
        elif kolom.soort == "bool":
            kolommen[naam] = rng.random(aantal) < 0.5
        elif kolom.soort == "int":
            kolommen[naam] = rng.integers(0, 60, aantal).astype(np.int64)
        else:
            kolommen[naam] = np.round(rng.uniform(0, 80, aantal), 1)
    landen = np.array(["GB", "PL", "IN", "US", "TR", "CH", "NO", "UA", "CN", "BG"])
    kolommen["nationaliteit"] = pa.array(
        np.where(rng.random(aantal) < 1 / 3, "GB", landen[rng.integers(0, len(landen), aantal)])
    ).dictionary_encode()
    kolommen["leeftijd"] = rng.integers(15, 70, aantal).astype(np.int64)
    kolommen["bruto_maandloon"] = np.round(rng.uniform(0, 9_000, aantal), 2)
    kolommen["boetes_afgelopen_vier_jaar"] = rng.integers(0, 6, aantal).astype(np.int64)
    kolommen["vacature_gemeld_weken"] = rng.integers(0, 10, aantal).astype(np.int64)
    kolommen["relevante_werkervaring_jaren"] = np.round(rng.uniform(0, 10, aantal), 1)
    return pa.table(kolommen)


def _tabel(leden, namen) -> np.ndarray:
    tabel = np.zeros(len(leden), dtype=bool)
    tabel[[leden[naam].index for naam in namen or []]] = True
    return tabel


def _centen(bedrag) -> np.ndarray:
    return np.round(np.asarray(bedrag, dtype=np.float64) * 100)


def route(p, k: dict, maand: int) -> np.ndarray:
    """Route indices; `p`: the parameters on the date, `k`: the inputs as model arrays."""
    wav = p.wav
    land = np.asarray(k["nationaliteit"])
    vrij_land = np.zeros(len(Land), dtype=bool)
    for naam in wav.vrij_verkeer:
        groep = wav.vrij_verkeer[naam]
        if "vrij_verkeer" in groep and groep.vrij_verkeer:
            vrij_land[[Land[c].index for c in groep.landen]] = True
    akkoord_land = np.zeros(len(Land), dtype=bool)
    if "terugtrekkingsakkoord" in wav and wav.terugtrekkingsakkoord is not None:
        akkoord_land[[Land[c].index for c in wav.terugtrekkingsakkoord]] = True
    vrij_verkeer = vrij_land[land] | (
        akkoord_land[land] & k["terugtrekkingsakkoord_verblijfsrecht"]
    )
    derde_land = ~vrij_verkeer
    vergunning = np.asarray(k["verblijfsvergunning"])
    vrij_toegestaan = _tabel(Verblijfsvergunning, wav.vergunningplicht.arbeid_vrij_toegestaan)[
        vergunning
    ]

    leeftijd = k["leeftijd"]
    schaal = wav.minimumloon.jeugdloon_percentage
    procent = np.array(schaal.amounts)[np.digitize(leeftijd, np.array(schaal.thresholds)) - 1]
    uurloon = np.round(wav.minimumloon.uurloon * procent, 2)
    uren = k["arbeidsuren_per_week"]
    minimumloon = np.round((uurloon * (uren * WEKEN_PER_JAAR / MAANDEN_PER_JAAR)), 2)
    loon = _centen(k["bruto_maandloon"])
    loon_minimum = loon >= _centen(minimumloon)

    km = p.kennismigrant
    zonder = _tabel(KennismigrantFunctie, km.functies_zonder_salariscriterium)[
        np.asarray(k["kennismigrant_functie"])
    ]
    km_norm = np.select(
        [zonder, k["recent_afgestudeerd"], leeftijd < km.leeftijdsgrens],
        [minimumloon, km.salariscriterium.verlaagd, km.salariscriterium.jonger_dan_dertig],
        default=km.salariscriterium.dertig_jaar_en_ouder,
    )
    km_salaris = loon >= _centen(km_norm)
    referent = k["erkend_referent"] & ~(
        k["boetes_afgelopen_vier_jaar"] >= km.erkend_referent.weigering_aantal_boetes
    )
    kennismigrant = derde_land & km_salaris & referent

    bk = p.blauwe_kaart
    bk_norm = np.where(
        k["recent_afgestudeerd"], bk.salariscriterium_recent_afgestudeerd, bk.salariscriterium
    )
    bk_salaris = loon >= _centen(bk_norm)
    ervaring = k["relevante_werkervaring_jaren"]
    kwalificatie = (
        k["hoger_onderwijs_diploma"]
        | (ervaring >= bk.kwalificatie.werkervaring_jaren)
        | (k["ict_specialist"] & (ervaring >= bk.kwalificatie.ict_werkervaring_jaren))
    )
    contract = k["arbeidsovereenkomst_maanden"] >= bk.minimale_duur_arbeidsovereenkomst_maanden
    blauwe_kaart = derde_land & bk_salaris & kwalificatie & contract

    vrijstelling = np.asarray(k["vrijstelling_buwav"])
    buwav = np.select(
        [
            vrijstelling == VrijstellingBuwav.geen.index,
            vrijstelling == VrijstellingBuwav.kennismigrant.index,
            vrijstelling == VrijstellingBuwav.blauwe_kaart.index,
        ],
        [
            False,
            (vergunning == Verblijfsvergunning.kennismigrant.index) & km_salaris,
            (vergunning == Verblijfsvergunning.blauwe_kaart.index) & bk_salaris,
        ],
        default=True,
    )
    twv_vereist = ~(vrij_verkeer | vrij_toegestaan | buwav)
    zonder_toets = _tabel(TwvCategorie, wav.arbeidsmarkttoets.categorieen_zonder_toets)
    toets_vereist = twv_vereist & ~zonder_toets[np.asarray(k["twv_categorie"])]
    toets_voldaan = (
        ~k["prioriteitgenietend_aanbod_beschikbaar"]
        & (k["vacature_gemeld_weken"] >= wav.arbeidsmarkttoets.meldingstermijn_weken)
        & k["wervingsinspanning_voldoende"]
    )
    st = wav.studenten
    zomer = np.asarray(k["studentenarbeid_keuze"]) == StudentenarbeidKeuze.zomermaanden.index
    binnen_keuze = np.where(zomer, maand in st.zomermaanden, uren <= st.max_arbeidsuren_per_week)
    student = (vergunning != Verblijfsvergunning.studie.index) | binnen_keuze
    twv = (
        twv_vereist
        & (~toets_vereist | toets_voldaan)
        & k["verblijfsdocument_geldig"]
        & loon_minimum
        & student
    )
    houdt_blauwe_kaart = vergunning == Verblijfsvergunning.blauwe_kaart.index
    return np.select(
        [
            vrij_verkeer,
            vrij_toegestaan,
            kennismigrant & ~houdt_blauwe_kaart,
            blauwe_kaart,
            buwav,
            twv,
        ],
        [
            Toelatingsroute.vrij_verkeer.index,
            Toelatingsroute.arbeid_vrij_toegestaan.index,
            Toelatingsroute.kennismigrant.index,
            Toelatingsroute.blauwe_kaart.index,
            Toelatingsroute.vrijgesteld.index,
            Toelatingsroute.twv.index,
        ],
        default=Toelatingsroute.geen.index,
    )
