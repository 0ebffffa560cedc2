from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer

MAANDEN_PER_JAAR = 12


class maanden_sinds_toelating_uitlener(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Volle maanden sinds de (laatste) toelating van de uitlener"
    unit = "month"
    minimum = 0
    maximum = 1200
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",)
    documentation = (
        "Whole months since the NAU admitted the lender or last renewed its admission. Without "
        "input, twelve times `jaren_sinds_toelating_uitlener`. Months are needed for the "
        "ex-officio extension of at most six months (Waadi art. 12i(2)). From 0 to 1200."
    )

    def formula(werkgever, period, parameters):
        return werkgever("jaren_sinds_toelating_uitlener", period) * MAANDEN_PER_JAAR
