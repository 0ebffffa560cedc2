import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import jaarloon_haalt_jaarnorm, ten_minste
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie as Categorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class kennismigrant_voldoet_salariscriterium(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Het loon voldoet aan het salariscriterium voor kennismigranten"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://wetten.overheid.nl/BWBR0007515",
    )
    documentation = (
        "Until 2013 the criterion was an annual income: the monthly wage excluding holiday "
        "allowance is made annual including the 8% allowance (x 12 x 1.08), the reading of the "
        "annual amounts that law-facts marks likely. From 2014 the monthly wage is compared with "
        "the monthly criterion. Functions without a criterion must earn the minimum wage. "
        "Compared in whole cents."
    )

    def formula_2004_10_01(persoon, period, parameters):
        vakantiebijslag = parameters(period).wav.minimumloon.vakantiebijslag_percentage
        maandloon = persoon("bruto_maandloon", period)
        categorie = persoon("kennismigrant_salariscriterium_categorie", period)
        return np.where(
            categorie == Categorie.minimumloon,
            persoon("loon_voldoet_aan_minimumloon", period),
            jaarloon_haalt_jaarnorm(
                maandloon, persoon("kennismigrant_salarisnorm_jaar", period), vakantiebijslag
            ),
        )

    def formula_2014_01_01(persoon, period, parameters):
        return ten_minste(
            persoon("bruto_maandloon", period), persoon("kennismigrant_salarisnorm", period)
        )
