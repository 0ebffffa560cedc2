"""The whole route decision (`toelatingsroute`) in plain numpy, for the benchmark.

Written from the formulas of the variables under `variables/` as they read on a date from 2024-06-12
on (the current Blue Card and minimum-wage versions; after the merge of issues 10 and 13: Union
citizens, Turkish association law, temporary protection, seasonal work), with every threshold and
list read from the parameters on the date, Wav art. 4(2)(b) (free access after years on permits
valid for work) from the monthly history included. `alle_invoer` makes a population that sets
every input of the decision, the withdrawal agreement and the monthly history included. `tests/tools/test_numpy_route.py` checks that this and OpenFisca
agree, so a rule change that is not carried over here fails the test suite, not only the benchmark.
"""

import numpy as np
import pyarrow as pa
from openfisca_core import periods

from openfisca_arbeidsmigratie.model.bedragen import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from openfisca_arbeidsmigratie.model.enums import (
    Besluit180Stadium,
    KennismigrantFunctie,
    StudentenarbeidKeuze,
    Toelatingsroute,
    TwvCategorie,
    Verblijfsdoel,
    Verblijfsvergunning,
    VrijstellingBuwav,
)
from openfisca_arbeidsmigratie.model.landen import Land, land_tabel, vrij_verkeer_tabel
from openfisca_arbeidsmigratie.tools.bevolking.kolom import naar_model
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    geschiedeniskolommen,
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
    "kennismigrant_verlaagd_criterium",
    "blauwe_kaart_recent_afgestudeerd",
    "leeftijd_eerste_aanvraag_huidige_werkgever",
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
    "werkgever_gesanctioneerd_illegale_tewerkstelling",
    "maanden_legale_arbeid",
    "maanden_legale_arbeid_huidige_werkgever",
    "arbeid_in_zelfde_beroep",
    "weken_seizoensarbeid_afgelopen_52_weken",
    "weken_sinds_verblijfsvergunning_arbeid",
]


def alle_invoer(systeem, aantal: int, zaad: int = 2026, datum: str = "2026-06-15") -> pa.Table:
    """Persons with every DAY input of persons and employers set, each value drawn at random,
    and a monthly history (`historie`) over the months the Wav art. 4(2)(b) walk reads.

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
            hoogste = min(59, int(kolom.bereik[1]))
            kolommen[naam] = rng.integers(0, hoogste + 1, aantal).astype(np.int64)
        else:
            hoogste = min(80.0, float(kolom.bereik[1]))
            kolommen[naam] = np.round(rng.uniform(0, hoogste, aantal), 1)
    landen = np.array(["GB", "PL", "IN", "US", "TR", "CH", "NO", "UA", "CN", "BG"])
    kolommen["nationaliteit"] = pa.array(
        np.where(rng.random(aantal) < 1 / 3, "GB", landen[rng.integers(0, len(landen), aantal)])
    ).dictionary_encode()
    kolommen["leeftijd"] = rng.integers(15, 70, aantal).astype(np.int64)
    kolommen["bruto_maandloon"] = np.round(rng.uniform(0, 9_000, aantal), 2)
    kolommen["boetes_afgelopen_vier_jaar"] = rng.integers(0, 6, aantal).astype(np.int64)
    kolommen["vacature_gemeld_weken"] = rng.integers(0, 10, aantal).astype(np.int64)
    kolommen["relevante_werkervaring_jaren"] = np.round(rng.uniform(0, 10, aantal), 1)
    kolommen.update(historie(systeem, rng, aantal, datum))
    return pa.table(kolommen)


def historie(systeem, rng, aantal: int, datum: str) -> dict:
    """`verblijfsdoel_YYYY_MM` and `buiten_nederland_YYYY_MM` for every month the walk reads.

    Each person has one purpose from some month on (any purpose, none included), so that runs of
    every length occur; a tenth have one month without lawful residence, three in a hundred
    months are spent abroad, and a twentieth of the persons has one long stay abroad (up to a year,
    so that the main residence moves abroad for some).
    """
    maanden = historiemaanden(systeem, datum)
    leden = [lid.name for lid in Verblijfsdoel]
    doel = rng.integers(0, len(leden), aantal)
    sinds = rng.integers(0, len(maanden) + 1, aantal)
    gat = np.where(rng.random(aantal) < 0.1, rng.integers(0, len(maanden), aantal), -1)
    lang = rng.random(aantal) < 0.05
    lang_begin = rng.integers(0, len(maanden), aantal)
    lang_duur = rng.integers(3, 13, aantal)
    woordenboek = pa.array(leden)
    uit = {}
    for k, (doelnaam, buitennaam) in enumerate(maanden):
        code = np.where((k < sinds) & (gat != k), doel, Verblijfsdoel.geen.index)
        uit[doelnaam] = pa.DictionaryArray.from_arrays(pa.array(code, pa.int32()), woordenboek)
        uit[buitennaam] = (rng.random(aantal) < 0.03) | (
            lang & (k >= lang_begin) & (k < lang_begin + lang_duur)
        )
    return uit


def historiemaanden(systeem, datum: str) -> list[tuple[str, str]]:
    """(purpose column, abroad column) of the months the walk reads, the latest first."""
    aantal = systeem.parameters(datum).wav.vergunningplicht.verblijf_met_arbeid
    eerste = periods.period(datum).first_month
    uit = []
    for k in range(int(aantal.terugkijkperiode_maanden)):
        maand = eerste.offset(-1 - k)
        achtervoegsel = f"{maand.start.year}_{maand.start.month:02d}"
        uit.append((f"verblijfsdoel_{achtervoegsel}", f"buiten_nederland_{achtervoegsel}"))
    return uit


def gelezen_kolommen(systeem, datum: str) -> list[str]:
    """The columns the decision reads: `INVOER` and the months of the history."""
    return [*INVOER, *(naam for paar in historiemaanden(systeem, datum) for naam in paar)]


def als_arrays(systeem, tabel: pa.Table, datum: str) -> tuple[dict, np.ndarray, np.ndarray]:
    """(inputs, purposes, abroad) of a table as `route` takes them."""
    kolommen = {**persoonkolommen(systeem), **werkgeverkolommen(systeem)}
    invoer = {naam: naar_model(kolommen[naam], tabel.column(naam)) for naam in INVOER}
    historie = geschiedeniskolommen(systeem)
    maanden = historiemaanden(systeem, datum)
    doelen = np.stack(
        [np.asarray(naar_model(historie["verblijfsdoel"], tabel.column(d))) for d, _ in maanden]
    )
    buiten = np.stack(
        [naar_model(historie["buiten_nederland"], tabel.column(b)) for _, b in maanden]
    )
    return invoer, doelen, buiten


def verblijf_met_arbeid(
    p, doelen: np.ndarray, buiten: np.ndarray, gecompileerd: bool = False
) -> np.ndarray:
    """Wav art. 4(2)(b): lawful residence now and a run of months on permits valid for work of
    the required length, after the last move of the main residence abroad (`doelen`, `buiten`:
    months x persons, the month before the date first). `gecompileerd`: the walk by the
    project's own compiled kernel (`model/numba_kernen.py`), as the fair limit takes it."""
    w = p.wav.vergunningplicht.verblijf_met_arbeid
    aantal = len(doelen)
    grens = w.hoofdverblijf_verplaatst_maanden_buiten + 1
    if gecompileerd:
        from openfisca_arbeidsmigratie.model import numba_kernen

        tabel = lidtabel(Verblijfsdoel, w.verblijfsdoelen)
        langste = numba_kernen.langste_reeks_met_arbeid(tabel, doelen, buiten, grens, aantal)
        if langste is None:
            raise ValueError("the compiled walk does not take this history")
        return (doelen[0] != Verblijfsdoel.geen.index) & (langste >= w.vereiste_maanden)
    weg = np.zeros(doelen.shape[1], dtype=np.int32)
    einde = np.full(doelen.shape[1], aantal, dtype=np.int32)
    for maand in range(aantal):
        weg = np.where(buiten[maand], weg + 1, 0)
        einde = np.where((weg >= grens) & (einde == aantal), maand - weg + 1, einde)
    met_arbeid = lidtabel(Verblijfsdoel, w.verblijfsdoelen)
    reeks = np.zeros(doelen.shape[1], dtype=np.int32)
    langste = np.zeros(doelen.shape[1], dtype=np.int32)
    for maand in range(aantal):
        reeks = np.where(met_arbeid[doelen[maand]] & (maand < einde), reeks + 1, 0)
        langste = np.maximum(langste, reeks)
    return (doelen[0] != Verblijfsdoel.geen.index) & (langste >= w.vereiste_maanden)


def lidtabel(leden, namen) -> np.ndarray:
    tabel = np.zeros(len(leden), dtype=bool)
    tabel[[leden[naam].index for naam in namen or []]] = True
    return tabel


def _centen(bedrag) -> np.ndarray:
    return np.round(np.asarray(bedrag, dtype=np.float64) * 100)


# The bundled reforms whose rules the route reads, by name, in numpy (`route(hervorming=...)`);
# `vijfjarige_verblijfsvergunning_arbeid` changes no rule the route reads.
HERVORMINGEN = (
    "brede_welvaartstoets",
    "erkend_referent_aangescherpt",
    "kennismigrant_jongerennorm_afgeschaft",
    "kennismigrant_jongerennorm_verhoogd",
    "kennismigrant_salarisnormen_verhoogd",
)
ZONDER_GEVOLG_VOOR_ROUTE = ("vijfjarige_verblijfsvergunning_arbeid",)


def _kennismigrant_norm(p, k, minimumloon, hervorming):
    """`kennismigrant_salarisnorm`, with the reforms that change it or its category."""
    km = p.kennismigrant
    zonder = lidtabel(KennismigrantFunctie, km.functies_zonder_salariscriterium)[
        np.asarray(k["kennismigrant_functie"])
    ]
    verlaagd = np.asarray(k["kennismigrant_verlaagd_criterium"])
    jonger = (
        ~zonder & ~verlaagd & (k["leeftijd_eerste_aanvraag_huidige_werkgever"] < km.leeftijdsgrens)
    )
    if hervorming == "kennismigrant_jongerennorm_afgeschaft":
        jonger = jonger & (not p.hervormingen[hervorming].van_kracht)
    norm = np.select(
        [zonder, verlaagd, jonger],
        [minimumloon, km.salariscriterium.verlaagd, km.salariscriterium.jonger_dan_dertig],
        default=km.salariscriterium.dertig_jaar_en_ouder,
    )
    h = p.hervormingen[hervorming] if hervorming in HERVORMINGEN else None
    if hervorming == "kennismigrant_jongerennorm_verhoogd" and h.van_kracht:
        nieuw = np.where(
            h.vaste_verhoging,
            norm + h.verhoging_per_maand,
            p.blauwe_kaart.salariscriterium_recent_afgestudeerd,
        )
        norm = np.where(jonger, nieuw, norm)
    if hervorming == "kennismigrant_salarisnormen_verhoogd":
        verhoogd = np.round(np.asarray(norm, dtype=np.float64) * (1 + h.percentage), 2)
        norm = np.where(~zonder, verhoogd, norm)
    return zonder, norm


def _referent_weigering(p, k, hervorming):
    """`erkend_referent_weigeringsgrond`; under the stricter sponsor reform also its new grounds
    (its two new employer inputs are not in the table: their defaults, healthy and 0 months)."""
    km = p.kennismigrant
    weigering = k["boetes_afgelopen_vier_jaar"] >= km.erkend_referent.weigering_aantal_boetes
    if hervorming == "erkend_referent_aangescherpt":
        h = p.hervormingen[hervorming]
        gezond, maanden_zonder = True, 0  # the two new inputs' defaults
        nieuw = (
            (k["boetes_afgelopen_vier_jaar"] >= h.weigering_aantal_boetes)
            | (not gezond)
            | (maanden_zonder >= h.maximale_maanden_zonder_kennismigrant)
        )
        weigering = weigering | (bool(h.van_kracht) & nieuw)
    return weigering


def _brede_welvaartstoets(p, route_, derde_land, toets_vereist, overige_gronden):
    """The points test replaces the knowledge-migrant and labour-market tests while in force.
    The numpy reference does not implement the points test itself: it refuses a date on which
    the proposal is in force for anyone (the benchmark's date is before it)."""
    van_kracht = bool(p.hervormingen.brede_welvaartstoets.van_kracht)
    vervangen = (
        (route_ == Toelatingsroute.kennismigrant.index)
        | ((route_ == Toelatingsroute.twv.index) & toets_vereist)
        | (route_ == Toelatingsroute.geen.index)
    )
    getoetst = van_kracht & derde_land & vervangen & overige_gronden
    if getoetst.any():
        raise ValueError(
            "the benchmark's numpy route decides only where the points test (brede "
            "welvaartstoets) is not in force; choose a date before it takes effect"
        )
    return route_


def route(
    p,
    k: dict,
    maand: int,
    doelen: np.ndarray,
    buiten: np.ndarray,
    hervorming: str | None = None,
    vrij_na_verblijf: np.ndarray | None = None,
) -> np.ndarray:
    """Route indices; `p`: the parameters on the date, `k`: the inputs as model arrays, `doelen`
    and `buiten` the monthly history (months x persons, the month before the date first).
    `hervorming`: one of `HERVORMINGEN` (`p` then that reform's parameters); `vrij_na_verblijf`:
    Wav art. 4(2)(b) from the history when already walked (no reform changes it).

    The two graduate conditions (`kennismigrant_verlaagd_criterium`,
    `blauwe_kaart_recent_afgestudeerd`) are given as inputs.
    """
    wav = p.wav
    land = np.asarray(k["nationaliteit"])
    akkoord = wav.terugtrekkingsakkoord if "terugtrekkingsakkoord" in wav else None
    vrij_verkeer = vrij_verkeer_tabel(wav.vrij_verkeer)[land] | (
        land_tabel(akkoord)[land] & k["terugtrekkingsakkoord_verblijfsrecht"]
    )
    unie = np.zeros(len(Land), dtype=bool)
    for naam in wav.vrij_verkeer:
        if "landen" in wav.vrij_verkeer[naam]:
            unie |= land_tabel(wav.vrij_verkeer[naam].landen)
    gemeenschapsonderdaan = unie[land]
    derde_land = ~gemeenschapsonderdaan & ~vrij_verkeer
    vergunning = np.asarray(k["verblijfsvergunning"])
    if vrij_na_verblijf is None:
        vrij_na_verblijf = verblijf_met_arbeid(p, doelen, buiten)
    vrij_toegestaan = (
        lidtabel(Verblijfsvergunning, wav.vergunningplicht.arbeid_vrij_toegestaan)[vergunning]
        | vrij_na_verblijf
    )

    at = wav.associatie_turkije
    turks = land_tabel(at.landen)[land] & ~vrij_verkeer
    stadium = np.select(
        [
            turks & (k["maanden_legale_arbeid"] >= at.maanden_vrije_toegang),
            turks & (k["maanden_legale_arbeid_huidige_werkgever"] >= at.maanden_zelfde_werkgever),
            turks
            & (k["maanden_legale_arbeid"] >= at.maanden_zelfde_beroep)
            & k["arbeid_in_zelfde_beroep"],
        ],
        [
            Besluit180Stadium.vier_jaar.index,
            Besluit180Stadium.een_jaar.index,
            Besluit180Stadium.drie_jaar.index,
        ],
        default=Besluit180Stadium.geen.index,
    )

    leeftijd = k["leeftijd"]
    schaal = wav.minimumloon.jeugdloon_percentage
    procent = np.array(schaal.amounts)[np.digitize(leeftijd, np.array(schaal.thresholds)) - 1]
    uurloon = np.round(wav.minimumloon.uurloon * procent, 2)
    uren = k["arbeidsuren_per_week"]
    minimumloon = np.round((uurloon * (uren * WEKEN_PER_JAAR / MAANDEN_PER_JAAR)), 2)
    loon = _centen(k["bruto_maandloon"])
    loon_minimum = loon >= _centen(minimumloon)

    km = p.kennismigrant
    _, km_norm = _kennismigrant_norm(p, k, minimumloon, hervorming)
    km_salaris = loon >= _centen(km_norm)
    referent_vereist = ~land_tabel(km.erkend_referent.niet_vereist_nationaliteiten)[land]
    referent = k["erkend_referent"] & ~_referent_weigering(p, k, hervorming)
    kennismigrant = derde_land & km_salaris & (~referent_vereist | referent)

    bk = p.blauwe_kaart
    bk_norm = np.where(
        k["blauwe_kaart_recent_afgestudeerd"],
        bk.salariscriterium_recent_afgestudeerd,
        bk.salariscriterium,
    )
    bk_salaris = loon >= _centen(bk_norm)
    ervaring = k["relevante_werkervaring_jaren"]
    kwalificatie = (
        k["hoger_onderwijs_diploma"]
        | (ervaring >= bk.kwalificatie.werkervaring_jaren)
        | (k["ict_specialist"] & (ervaring >= bk.kwalificatie.ict_werkervaring_jaren))
    )
    contract = k["arbeidsovereenkomst_maanden"] >= bk.minimale_duur_arbeidsovereenkomst_maanden
    weigering = (
        bk.weigering_gesanctioneerde_werkgever
        & k["werkgever_gesanctioneerd_illegale_tewerkstelling"]
    )
    blauwe_kaart = derde_land & bk_salaris & kwalificatie & contract & ~weigering

    vrijstelling = np.asarray(k["vrijstelling_buwav"])
    tb = wav.tijdelijke_bescherming
    buwav = np.select(
        [
            vrijstelling == VrijstellingBuwav.geen.index,
            vrijstelling == VrijstellingBuwav.kennismigrant.index,
            vrijstelling == VrijstellingBuwav.blauwe_kaart.index,
            vrijstelling == VrijstellingBuwav.tijdelijke_bescherming.index,
        ],
        [
            False,
            (
                (vergunning == Verblijfsvergunning.kennismigrant.index)
                | (gemeenschapsonderdaan & ~vrij_verkeer)
            )
            & km_salaris,
            (vergunning == Verblijfsvergunning.blauwe_kaart.index) & bk_salaris,
            (vergunning == Verblijfsvergunning.tijdelijke_bescherming.index)
            & bool(tb.vrijstelling)
            & bool(tb.bescherming_van_kracht),
        ],
        default=True,
    )
    vier_jaar = stadium == Besluit180Stadium.vier_jaar.index
    twv_vereist = ~(vrij_verkeer | vrij_toegestaan | buwav | vier_jaar)
    categorie = np.asarray(k["twv_categorie"])
    zonder_toets = lidtabel(TwvCategorie, wav.arbeidsmarkttoets.categorieen_zonder_toets)
    toets_vereist = (
        twv_vereist & ~zonder_toets[categorie] & (stadium != Besluit180Stadium.een_jaar.index)
    )
    toets_voldaan = (
        ~k["prioriteitgenietend_aanbod_beschikbaar"]
        & (k["vacature_gemeld_weken"] >= wav.arbeidsmarkttoets.meldingstermijn_weken)
        & k["wervingsinspanning_voldoende"]
    )
    st = wav.studenten
    zomer = np.asarray(k["studentenarbeid_keuze"]) == StudentenarbeidKeuze.zomermaanden.index
    binnen_keuze = np.where(zomer, maand in st.zomermaanden, uren <= st.max_arbeidsuren_per_week)
    student = (vergunning != Verblijfsvergunning.studie.index) | binnen_keuze
    seizoen = categorie == TwvCategorie.seizoensarbeid.index
    geldigheid = wav.geldigheid
    resterend = np.where(
        geldigheid.seizoensarbeid_24_weken_per_52,
        geldigheid.twv_maximale_duur_seizoensarbeid_weken
        - k["weken_seizoensarbeid_afgelopen_52_weken"],
        geldigheid.twv_maximale_duur_seizoensarbeid_weken,
    )
    wachttijd = (
        k["weken_sinds_verblijfsvergunning_arbeid"] >= geldigheid.tijdelijk_werk_wachttijd_weken
    )
    twv = (
        twv_vereist
        & (~toets_vereist | toets_voldaan)
        & k["verblijfsdocument_geldig"]
        & loon_minimum
        & student
        & (~seizoen | ((resterend > 0) & wachttijd))
    )
    associatierecht = vier_jaar | ((stadium != Besluit180Stadium.geen.index) & twv)
    houdt_blauwe_kaart = vergunning == Verblijfsvergunning.blauwe_kaart.index
    uitkomst = np.select(
        [
            vrij_verkeer,
            vrij_toegestaan,
            kennismigrant & ~houdt_blauwe_kaart,
            blauwe_kaart,
            buwav,
            associatierecht,
            twv,
        ],
        [
            Toelatingsroute.vrij_verkeer.index,
            Toelatingsroute.arbeid_vrij_toegestaan.index,
            Toelatingsroute.kennismigrant.index,
            Toelatingsroute.blauwe_kaart.index,
            Toelatingsroute.vrijgesteld.index,
            Toelatingsroute.associatierecht_turkije.index,
            Toelatingsroute.twv.index,
        ],
        default=Toelatingsroute.geen.index,
    )
    if hervorming == "brede_welvaartstoets":
        seizoen_binnen = ~seizoen | ((resterend > 0) & wachttijd)
        overige = k["verblijfsdocument_geldig"] & loon_minimum & student & seizoen_binnen
        uitkomst = _brede_welvaartstoets(p, uitkomst, derde_land, toets_vereist, overige)
    return uitkomst
