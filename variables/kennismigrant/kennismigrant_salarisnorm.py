import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.bedragen import maandnorm_uit_jaarnorm
from openfisca_arbeidsmigratie.entities import Persoon


class kennismigrant_salarisnorm(Variable):
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
        "From 2014 the monthly criterion for the age (30 and older, younger than 30) or the "
        "reduced criterion. Before 2014 the lowest monthly wage excluding holiday allowance whose "
        "annual wage including it (x 12 x 1.08) reaches the annual criterion, rounded up to the "
        "cent. For researchers, doctors in training and guest lecturers, who have no criterion: "
        "the statutory minimum wage for the contract hours."
    )

    def formula_2004_10_01(persoon, period, parameters):
        vakantiebijslag = parameters(period).wav.minimumloon.vakantiebijslag_percentage
        norm = maandnorm_uit_jaarnorm(
            persoon("kennismigrant_salarisnorm_jaar", period), vakantiebijslag
        )
        return np.where(
            persoon("kennismigrant_zonder_salariscriterium", period),
            persoon("minimumloon_bruto_maand", period),
            norm,
        )

    def formula_2014_01_01(persoon, period, parameters):
        p = parameters(period).kennismigrant
        criteria = p.salariscriterium
        norm = np.select(
            [
                persoon("recent_afgestudeerd", period),
                persoon("leeftijd", period) < p.leeftijdsgrens,
            ],
            [criteria.verlaagd, criteria.jonger_dan_dertig],
            default=criteria.dertig_jaar_en_ouder,
        )
        return np.where(
            persoon("kennismigrant_zonder_salariscriterium", period),
            persoon("minimumloon_bruto_maand", period),
            norm,
        )
