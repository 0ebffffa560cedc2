from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import bedrag_per_categorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class kennismigrant_salarisnorm_jaar(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Salariscriterium kennismigrant per jaar, inclusief vakantiebijslag (2004-2013)"
    unit = "currency-EUR"
    end = "2013-12-31"
    reference = ("https://wetten.overheid.nl/BWBR0007515",)
    documentation = (
        "The annual criterion of the category that applies; 0 for functions without a criterion. "
        "Replaced on 1 January 2014 by the monthly criterion."
    )

    def formula_2004_10_01(persoon, period, parameters):
        criteria = parameters(period).kennismigrant.salariscriterium_jaar
        categorie = persoon("kennismigrant_salariscriterium_categorie", period)
        return bedrag_per_categorie(
            categorie, criteria, 0, "kennismigrant.salariscriterium_jaar", period
        )
