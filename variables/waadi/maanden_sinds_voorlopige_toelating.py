from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class maanden_sinds_voorlopige_toelating(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Volle maanden sinds de voorlopige toelating van de uitlener"
    unit = "month"
    minimum = 0
    maximum = 1200
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",)
    documentation = (
        "Whole months since the NAU granted the provisional admission; 0 without input. From 0 to "
        "1200."
    )
