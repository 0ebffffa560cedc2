from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class eerder_voorlopige_toelating(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft eerder een voorlopige toelating gehad"
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",)
    documentation = (
        'A provisional admission is granted once ("eenmalig", Waadi art. 12i(2)): a lender that '
        "had one cannot get another. False without input."
    )
