from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class bruto_maandloon(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Bruto maandloon, exclusief vakantiebijslag"
    unit = "currency-EUR"
    minimum = 0
    maximum = 1_000_000
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=8",)
    documentation = (
        "The fixed gross wage in money agreed for one month of the job applied for, excluding the "
        "8% holiday allowance, benefits in kind, overtime and bonuses (the wage the IND and UWV "
        "test). Must be >= 0."
    )
