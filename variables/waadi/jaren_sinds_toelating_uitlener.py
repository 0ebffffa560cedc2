from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class jaren_sinds_toelating_uitlener(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Volle jaren sinds de (laatste) toelating van de uitlener"
    unit = "year"
    minimum = 0
    maximum = 100
    reference = (
        "https://headfirst.group/en/wetgeving-politiek/tweede-kamer-stemt-in-met-wtta-dit-zijn-de-gevolgen-voor-uitleners/",
    )
    documentation = (
        "Whole years since the NAU admitted the lender or last renewed its admission; 0 without "
        "input. From 0 to 100."
    )
