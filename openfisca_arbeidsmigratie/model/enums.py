"""Enumerations shared by the rules, the reforms and the tools.

They live here, not in a variable file: OpenFisca loads variable files by path, so an enum
or helper imported from another variable file would be a second, unrelated class.
"""

import numpy as np
from openfisca_core.indexed_enums import Enum


class Verblijfsvergunning(Enum):
    geen = "Geen verblijfsvergunning"
    studie = "Verblijfsvergunning regulier bepaalde tijd: studie"
    zoekjaar_hoogopgeleiden = "Verblijfsvergunning regulier bepaalde tijd: zoekjaar hoogopgeleiden"
    kennismigrant = "Verblijfsvergunning regulier bepaalde tijd: arbeid als kennismigrant"
    blauwe_kaart = "Europese blauwe kaart"
    arbeid_regulier = "Verblijfsvergunning regulier bepaalde tijd: arbeid in loondienst (GVVA)"
    seizoensarbeid = "Verblijfsvergunning regulier bepaalde tijd: seizoenarbeid"
    overplaatsing_binnen_onderneming = "Verblijfsvergunning ICT (Richtlijn 2014/66/EU)"
    au_pair = "Verblijfsvergunning regulier bepaalde tijd: au pair"
    uitwisseling = "Verblijfsvergunning regulier bepaalde tijd: uitwisseling"
    gezinshereniging = "Verblijfsvergunning regulier bepaalde tijd: verblijf bij familie of gezin"
    gezin_nederlander = "Verblijf bij familie of gezin: Nederlander of burger van de Unie"
    asiel = "Verblijfsvergunning asiel"
    onbepaalde_tijd_regulier = "Verblijfsvergunning regulier onbepaalde tijd"
    eu_langdurig_ingezetene = "Verblijfsvergunning EU-langdurig ingezetene"
    tijdelijke_bescherming = "Verblijf op grond van tijdelijke bescherming (Richtlijn 2001/55/EG)"


class VrijstellingBuwav(Enum):
    geen = "Geen vrijstelling"
    kennismigrant = "Kennismigrant, onderzoeker, arts in opleiding of gastdocent (art. 2.1 BuWav)"
    blauwe_kaart = "Houder Europese blauwe kaart (art. 2.2 BuWav)"
    onderzoeker_richtlijn = "Onderzoeker, Richtlijn (EU) 2016/801 (art. 2.3 BuWav)"
    overplaatsing_binnen_onderneming = "Binnen een onderneming overgeplaatst (art. 2.6 BuWav)"
    stagiair = "Stagiair met standaard stageovereenkomst (art. 3.1 BuWav)"
    au_pair_of_uitwisseling = "Au pair of uitwisselingsprogramma (art. 3.3 BuWav)"
    tijdelijke_bescherming = "Tijdelijke bescherming, arbeid in loondienst (art. 6.5 BuWav)"


class TwvCategorie(Enum):
    regulier = "Gewone arbeidsplaats"
    student = "Student met verblijfsvergunning voor studie"
    seizoensarbeid = "Seizoenarbeid (land- en tuinbouw)"
    religieuze_functie = "Geestelijke, religieuze of levensbeschouwelijke functie"
    internationaal_handelsverkeer = "Internationaal handelsverkeer"
    opleiding = "Opleiding en training"
    vrijwilligerswerk = "Vrijwilligerswerk"
    uitwisseling_cultureel = "Internationale uitwisseling en andere culturele contacten"
    onvoorziene_omstandigheden = "Onvoorziene bijzondere omstandigheden"


class StudentenarbeidKeuze(Enum):
    uren_per_week = "Het hele jaar, met een maximum aantal uren per week"
    zomermaanden = "Voltijds, alleen in de zomermaanden (juni, juli en augustus)"


class KennismigrantFunctie(Enum):
    regulier = "Kennismigrant (met salariscriterium)"
    wetenschappelijk_onderzoeker = "Wetenschappelijk onderzoeker"
    arts_in_opleiding_tot_specialist = "Arts in opleiding tot specialist"
    gastdocent = "Gastdocent aan een instelling voor hoger onderwijs"


class DiplomaVerlaagdCriterium(Enum):
    geen = "Geen diploma dat voor het verlaagd salariscriterium telt"
    nederlands = "Bachelor of hoger aan een Nederlandse instelling voor hoger onderwijs"
    buitenlands_top200 = "Master of PhD aan een buitenlandse universiteit in een top 200"
    wetenschappelijk_onderzoek = "Afronding van wetenschappelijk onderzoek"


class Verblijfsdoel(Enum):
    geen = "Geen rechtmatig verblijf"
    arbeid_kennismigrant = "Arbeid als kennismigrant"
    blauwe_kaart = "Europese blauwe kaart"
    arbeid_regulier = "Arbeid in loondienst"
    seizoensarbeid = "Seizoenarbeid"
    studie = "Studie"
    zoekjaar_hoogopgeleiden = "Zoekjaar hoogopgeleiden"
    au_pair = "Au pair"
    uitwisseling = "Uitwisseling"
    medische_behandeling = "Medische behandeling"
    overplaatsing_binnen_onderneming = "Overplaatsing binnen een onderneming (ICT)"
    gezinshereniging = "Verblijf bij familie of gezin"
    asiel = "Asiel"
    tijdelijke_bescherming = "Tijdelijke bescherming (Richtlijn 2001/55/EG)"
    stagiair = "Stagiair of praktikant"
    grensoverschrijdende_dienstverlening = "Grensoverschrijdende dienstverlening"
    tijdelijke_humanitaire_gronden = "Tijdelijke humanitaire gronden"
    gezinshereniging_tijdelijk = (
        "Verblijf bij familie of gezin van een houder van een tijdelijke vergunning of van asiel "
        "bepaalde tijd"
    )


class TaalniveauNederlands(Enum):
    geen = "Geen kennis van het Nederlands"
    intentie = "Voornemen Nederlands te leren"
    a1 = "A1"
    a2 = "A2"
    b1 = "B1"
    b2_of_hoger = "B2 of hoger"


class SalariscriteriumCategorie(Enum):
    dertig_jaar_en_ouder = "Salariscriterium 30 jaar en ouder"
    jonger_dan_dertig = "Salariscriterium jonger dan 30 jaar"
    verlaagd = "Verlaagd salariscriterium (recent afgestudeerd)"
    minimumloon = "Geen salariscriterium: wettelijk minimumloon"


class SbiSectie(Enum):
    A = "Landbouw, bosbouw en visserij"
    B = "Delfstoffenwinning"
    C = "Industrie"
    D = "Energievoorziening"
    E = "Waterbedrijven en afvalbeheer"
    F = "Bouwnijverheid"
    G = "Handel"
    H = "Vervoer en opslag"
    I = "Logies-, maaltijd- en drankverstrekking"  # noqa: E741 (SBI section letter)
    J = "Informatie en communicatie"
    K = "Financiele dienstverlening"
    L = "Verhuur en handel van onroerend goed"
    M = "Specialistische zakelijke diensten"
    N = "Verhuur en overige zakelijke diensten"
    O = "Openbaar bestuur en overheidsdiensten"  # noqa: E741 (SBI section letter)
    P = "Onderwijs"
    Q = "Gezondheids- en welzijnszorg"
    R = "Cultuur, sport en recreatie"
    S = "Overige dienstverlening"
    T = "Huishoudens als werkgever"
    U = "Extraterritoriale organisaties"
    onbekend = "Sector onbekend"


class IscoHoofdgroep(Enum):
    isco_0_krijgsmacht = "0 Beroepen bij de krijgsmacht"
    isco_1_leidinggevenden = "1 Leidinggevende functies"
    isco_2_specialisten = "2 Intellectuele, wetenschappelijke en artistieke beroepen"
    isco_3_technici = "3 Technici en vakspecialisten"
    isco_4_administratief = "4 Administratief personeel"
    isco_5_dienstverlening_verkoop = "5 Dienstverlenend personeel en verkopers"
    isco_6_landbouw = "6 Geschoolde landbouwers, bosbouwers en vissers"
    isco_7_ambacht = "7 Ambachtslieden"
    isco_8_bediening_machines = "8 Bedieningspersoneel van machines en assembleurs"
    isco_9_elementair = "9 Elementaire beroepen"
    onbekend = "Beroepsgroep onbekend"


class Huisvesting(Enum):
    eigen_woonruimte = "Zelf geregelde woonruimte op de woningmarkt"
    werkgever = "Door de werkgever geregelde extra huisvesting"
    geen = "Geen huisvesting geregeld"


class Toelatingsroute(Enum):
    vrij_verkeer = "Vrij verkeer van werknemers (EU, EER, Zwitserland, Nederland)"
    arbeid_vrij_toegestaan = "Verblijfsvergunning met aantekening arbeid vrij toegestaan"
    kennismigrant = "Kennismigrantenregeling (erkend referent, salariscriterium)"
    blauwe_kaart = "Europese blauwe kaart"
    brede_welvaartstoets = "Brede welvaartstoets (voorstel Adviesraad Migratie; geen geldend recht)"
    vrijgesteld = "Vrijgesteld van de tewerkstellingsvergunningplicht (BuWav)"
    twv = "Tewerkstellingsvergunning of GVVA kan worden verleend"
    geen = "Geen route: arbeid niet toegestaan"
    associatierecht_turkije = "Associatierecht EEG-Turkije, art. 6 lid 1 Besluit nr. 1/80"


class Besluit180Stadium(Enum):
    geen = "Geen recht uit art. 6 lid 1 Besluit nr. 1/80"
    een_jaar = "Na een jaar legale arbeid: verlenging bij dezelfde werkgever (eerste streepje)"
    drie_jaar = "Na drie jaar: zelfde beroep, andere werkgever, voorrang Unie (tweede streepje)"
    vier_jaar = "Na vier jaar: vrije toegang tot arbeid in loondienst (derde streepje)"


def lid_van(waarden, namen) -> np.ndarray:
    """Vectorised `waarden in namen` for an EnumArray and a list parameter of member names."""
    leden = waarden.possible_values
    tabel = np.zeros(len(leden), dtype=bool)
    tabel[[leden[naam].index for naam in namen or []]] = True
    return tabel[np.asarray(waarden)]


def tabel(knoop, leden) -> np.ndarray:
    """A lookup array over an enum's indices from a parameter node with one child per member."""
    return np.array([knoop[lid.name] for lid in leden], dtype=np.float64)


class OntbrekendCriterium(ValueError):
    """A person falls in a salary-criterion category that has no amount on the date.

    Raised instead of falling back on another amount: a criterion ended with `value: null`, or a
    category used before its criterion exists, is a gap in the law as encoded, never the minimum
    wage or 0.
    """


def bedrag_per_categorie(categorie, criteria, overig, pad: str, period) -> np.ndarray:
    """The criterion of each person's `SalariscriteriumCategorie` from a node of criteria.

    `pad` and `period` name the node and the date in the error message.

    The minimum-wage category takes `overig`. Every other category must have its criterion in the
    node on the date; a person in a category without one raises `OntbrekendCriterium`.
    """
    categorie = np.asarray(categorie)
    bedrag = np.zeros(categorie.shape, dtype=np.float64)
    for lid in SalariscriteriumCategorie:
        wie = categorie == lid.index
        if not wie.any():
            continue
        if lid is SalariscriteriumCategorie.minimumloon:
            bedrag = np.where(wie, overig, bedrag)
            continue
        criterium = getattr(criteria, lid.name, None)
        if criterium is not None:
            bedrag = np.where(wie, criterium, bedrag)
        else:
            raise OntbrekendCriterium(
                f"{pad}.{lid.name} has no value on {period}, but "
                f"{int(wie.sum())} person(s) fall in the category {lid.name!r} ({lid.value}); "
                "the criterion is missing for that date, and no other amount is used in its place."
            )
    return bedrag
