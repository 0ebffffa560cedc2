from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class arbeidsuren_per_week(Invoer):
    value_type = float
    default_value = 40.0
    entity = Persoon
    definition_period = DAY
    label = "Overeengekomen arbeidsuren per week"
    unit = "hour"
    minimum = 0
    maximum = 168
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=12",)
    documentation = "The contractual working hours per week of the job applied for. Must be >= 0."
