import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie as Categorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class kennismigrant_salariscriterium_categorie(Variabele):
    value_type = Enum
    possible_values = Categorie
    default_value = Categorie.dertig_jaar_en_ouder
    entity = Persoon
    definition_period = DAY
    label = "Welk salariscriterium voor de kennismigrant geldt"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",)
    documentation = (
        "In this order: a function without a criterion (researcher, doctor in training, guest "
        "lecturer) must earn the minimum wage; a recent graduate has the reduced criterion (from "
        "2008, `kennismigrant_verlaagd_criterium`); under 30 on the first application with the "
        "current employer (`leeftijd_eerste_aanvraag_huidige_werkgever`, by default the age on "
        "the date) the under-30 criterion, also at an extension after the 30th birthday; else "
        "the criterion for 30 and older."
    )

    def formula_2004_10_01(persoon, period, parameters):
        grens = parameters(period).kennismigrant.leeftijdsgrens
        return np.select(
            [
                persoon("kennismigrant_zonder_salariscriterium", period),
                persoon("leeftijd_eerste_aanvraag_huidige_werkgever", period) < grens,
            ],
            [Categorie.minimumloon.index, Categorie.jonger_dan_dertig.index],
            default=Categorie.dertig_jaar_en_ouder.index,
        )

    def formula_2008_01_01(persoon, period, parameters):
        grens = parameters(period).kennismigrant.leeftijdsgrens
        return np.select(
            [
                persoon("kennismigrant_zonder_salariscriterium", period),
                persoon("kennismigrant_verlaagd_criterium", period),
                persoon("leeftijd_eerste_aanvraag_huidige_werkgever", period) < grens,
            ],
            [
                Categorie.minimumloon.index,
                Categorie.verlaagd.index,
                Categorie.jonger_dan_dertig.index,
            ],
            default=Categorie.dertig_jaar_en_ouder.index,
        )
