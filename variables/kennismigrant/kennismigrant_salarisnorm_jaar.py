import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.entities import Persoon


class kennismigrant_salarisnorm_jaar(Variable):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Salariscriterium kennismigrant per jaar, inclusief vakantiebijslag (2004-2013)"
    unit = "currency-EUR"
    end = "2013-12-31"
    reference = ("https://wetten.overheid.nl/BWBR0007515",)
    documentation = (
        "The annual criterion for the person's age and, from 2008, the reduced criterion for "
        "recent graduates. Replaced on 1 January 2014 by the monthly criterion."
    )

    def formula_2004_10_01(persoon, period, parameters):
        p = parameters(period).kennismigrant
        jonger = persoon("leeftijd", period) < p.leeftijdsgrens
        criteria = p.salariscriterium_jaar
        return np.where(jonger, criteria.jonger_dan_dertig, criteria.dertig_jaar_en_ouder)

    def formula_2008_01_01(persoon, period, parameters):
        p = parameters(period).kennismigrant
        criteria = p.salariscriterium_jaar
        return np.select(
            [
                persoon("recent_afgestudeerd", period),
                persoon("leeftijd", period) < p.leeftijdsgrens,
            ],
            [criteria.verlaagd, criteria.jonger_dan_dertig],
            default=criteria.dertig_jaar_en_ouder,
        )
