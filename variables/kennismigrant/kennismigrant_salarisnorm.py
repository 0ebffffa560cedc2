import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import maandnorm_uit_jaarnorm
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie as Categorie
from openfisca_arbeidsmigratie.model.enums import bedrag_per_categorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class kennismigrant_salarisnorm(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Salariscriterium kennismigrant per maand, exclusief vakantiebijslag"
    unit = "currency-EUR"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://wetten.overheid.nl/BWBR0007515",
    )
    documentation = (
        "From 2014 the monthly criterion of the category that applies. Before 2014 the lowest "
        "monthly wage excluding holiday allowance whose annual wage including it (x 12 x 1.08) "
        "reaches the annual criterion, rounded up to the cent. For researchers, doctors in "
        "training and guest lecturers, who have no criterion: the statutory minimum wage for the "
        "contract hours."
    )

    def formula_2004_10_01(persoon, period, parameters):
        vakantiebijslag = parameters(period).wav.minimumloon.vakantiebijslag_percentage
        jaarnorm = persoon("kennismigrant_salarisnorm_jaar", period)
        categorie = persoon("kennismigrant_salariscriterium_categorie", period)
        return np.where(
            categorie == Categorie.minimumloon,
            persoon("minimumloon_bruto_maand", period),
            maandnorm_uit_jaarnorm(jaarnorm, vakantiebijslag),
        )

    def formula_2014_01_01(persoon, period, parameters):
        criteria = parameters(period).kennismigrant.salariscriterium
        categorie = persoon("kennismigrant_salariscriterium_categorie", period)
        return bedrag_per_categorie(
            categorie,
            criteria,
            persoon("minimumloon_bruto_maand", period),
            "kennismigrant.salariscriterium",
            period,
        )
