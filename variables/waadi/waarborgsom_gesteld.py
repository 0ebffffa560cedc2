from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class waarborgsom_gesteld(Invoer):
    value_type = float
    entity = Werkgever
    definition_period = DAY
    label = "Waarborgsom die de uitlener heeft gesteld"
    unit = "currency-EUR"
    minimum = 0
    maximum = 10_000_000
    reference = (
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "The deposit the lender has placed with the NAU, in euros. From 0 to 10,000,000: a "
        "plausible bound, far above the deposit the Wtta requires."
    )
