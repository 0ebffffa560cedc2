from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class voorlopige_toelating_uitlener(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft een voorlopige toelating van de NAU (Wtta)"
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",)
    documentation = (
        "The NAU granted the lender a provisional admission: once, for six months (Waadi art. "
        "12i(2)). Whether it still runs is `voorlopige_toelating_geldig`. False without input."
    )
