import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie as Categorie
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)
from openfisca_arbeidsmigratie.model.invoer import Invoer

VERKENNING = "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D32387"
NAAM = "kennismigrant_verlaagd_criterium_aangescherpt"


class maanden_sinds_afstuderen(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden tussen het afstuderen (of de promotie) en de datum"
    unit = "month"
    reference = (VERKENNING,)
    documentation = (
        "Months from the date the degree was obtained to the application date. 0 without input, "
        "which keeps a person who qualifies for the reduced criterion within the window: give it "
        "for a graduate who comes after a search year. Must be >= 0."
    )


class kennismigrant_aanvraag_verlenging(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De aanvraag is een verlenging van de verblijfsvergunning als kennismigrant"
    reference = (VERKENNING,)
    documentation = "False without input: a first application."


def categorie_aangescherpt(persoon, period, parameters, categorie):
    p = getattr(parameters(period).hervormingen, NAAM)
    categorie = np.asarray(categorie)
    if not p.van_kracht:
        return categorie
    grens = parameters(period).kennismigrant.leeftijdsgrens
    jonger = persoon("leeftijd", period) < grens
    leeftijdscriterium = np.where(
        jonger, Categorie.jonger_dan_dertig.index, Categorie.dertig_jaar_en_ouder.index
    )
    buiten_venster = (categorie == Categorie.verlaagd.index) & (
        persoon("maanden_sinds_afstuderen", period) >= p.maanden_na_afstuderen
    )
    nieuw = np.where(buiten_venster, leeftijdscriterium, categorie)
    lager_criterium = (nieuw == Categorie.verlaagd.index) | (
        nieuw == Categorie.jonger_dan_dertig.index
    )
    verlenging_na_dertig = persoon("kennismigrant_aanvraag_verlenging", period) & ~jonger
    nieuw = np.where(
        lager_criterium & verlenging_na_dertig, Categorie.dertig_jaar_en_ouder.index, nieuw
    )
    return nieuw


def verlaagd_verhoogd(persoon, period, parameters, norm):
    p = getattr(parameters(period).hervormingen, NAAM)
    if not p.van_kracht:
        return norm
    verlaagd = persoon("kennismigrant_salariscriterium_categorie", period) == Categorie.verlaagd
    return np.where(verlaagd, p.verlaagd_criterium_per_maand, norm)


class kennismigrant_verlaagd_criterium_aangescherpt(Reform):
    """The reduced knowledge-migrant criterion tightened.

    Source: Kamerbrief Verkenning aanscherping kennismigrantenregeling (Kamerstuk 29 861, nr. 163,
    4 July 2025), as summarised by Meijburg and Kroes Advocaten. Three measures: the reduced
    criterion raised toward the average starting salary (illustrative amount, no source gave
    one); the reduced criterion only within three years of graduation, also after a search year;
    the criterion for 30 and older at a renewal after the 30th birthday. Illustrative start
    1 January 2027. Not law.
    """

    name = "Kennismigranten: verlaagd salariscriterium aangescherpt"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Het verlaagde salariscriterium voor kennismigranten aangescherpt. Voorstel, geen "
        "geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters(NAAM))
        self.add_variable(maanden_sinds_afstuderen)
        self.add_variable(kennismigrant_aanvraag_verlenging)
        wijzig_variabele(
            self,
            "kennismigrant_salariscriterium_categorie",
            categorie_aangescherpt,
            "the reduced criterion only within hervormingen..maanden_na_afstuderen of "
            "graduation; at a renewal from age 30 the criterion for 30 and older replaces the "
            "reduced and the under-30 criterion.",
        )
        wijzig_variabele(
            self,
            "kennismigrant_salarisnorm",
            verlaagd_verhoogd,
            "the reduced criterion is hervormingen..verlaagd_criterium_per_maand.",
        )
