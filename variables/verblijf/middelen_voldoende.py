from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class middelen_voldoende(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Beschikt zelfstandig en duurzaam over voldoende middelen van bestaan"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.75",)
