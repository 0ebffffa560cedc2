from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.invoer import Variabele


class huidig_verblijfsdoel(Variabele):
    value_type = Enum
    possible_values = Verblijfsdoel
    default_value = Verblijfsdoel.geen
    entity = Persoon
    definition_period = DAY
    label = "Verblijfsdoel in de maand voor de maand van de aanvraag"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",)
    documentation = (
        "The purpose held in the last full month before the application month, the month from "
        "which the residence is counted back."
    )

    def formula(persoon, period, parameters):
        return persoon("verblijfsdoel", period.first_month.offset(-1))
