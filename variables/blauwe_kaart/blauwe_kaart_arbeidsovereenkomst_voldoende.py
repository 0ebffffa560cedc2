from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_arbeidsovereenkomst_voldoende(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De arbeidsovereenkomst duurt lang genoeg voor de Europese blauwe kaart"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30b",)
    documentation = "At least 12 months; at least 6 months from 12 June 2024."

    def formula_2011_06_19(persoon, period, parameters):
        minimum = parameters(period).blauwe_kaart.minimale_duur_arbeidsovereenkomst_maanden
        return persoon("arbeidsovereenkomst_maanden", period) >= minimum
