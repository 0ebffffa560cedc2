from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_salarisnorm_jaar(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Salariscriterium Europese blauwe kaart per jaar, inclusief vakantiebijslag (2011-2013)"
    unit = "currency-EUR"
    end = "2013-12-31"
    reference = ("https://wetten.overheid.nl/BWBR0007515",)

    def formula_2011_06_19(persoon, period, parameters):
        return persoon.empty_array() + parameters(period).blauwe_kaart.salariscriterium_jaar
