from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class uitgeleend_afgelopen_twaalf_maanden(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De aanvrager heeft in de twaalf maanden voor de aanvraag arbeidskrachten uitgeleend"
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12j",)
    documentation = (
        "Lending in the twelve months before the application, lawful or not, is a ground to "
        "refuse a provisional admission (Waadi art. 12j(1)(c)): it is for starters. False without "
        "input."
    )
