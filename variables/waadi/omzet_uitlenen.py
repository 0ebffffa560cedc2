from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class omzet_uitlenen(Invoer):
    value_type = float
    entity = Werkgever
    definition_period = DAY
    label = "Omzet uit het ter beschikking stellen van arbeidskrachten per twaalf maanden"
    unit = "currency-EUR"
    minimum = 0
    maximum = 2_147_483_647
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12e",)
    documentation = (
        "Turnover from lending workers over the last twelve months, in euros (Waadi art. "
        "12e(1)(b)); 0 without input. From 0 to 2,147,483,647 (the model's input bound; far "
        "above the EUR 5,000,000 cap of art. 12e(1)(b))."
    )
