from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class totale_omzet(Invoer):
    value_type = float
    entity = Werkgever
    definition_period = DAY
    label = "Totale omzet van de rechtspersoon of onderneming per twaalf maanden"
    unit = "currency-EUR"
    minimum = 0
    maximum = 2_147_483_647
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12e",)
    documentation = (
        "Total turnover over the same twelve months, in euros (Waadi art. 12e(1)(b)); 0 without "
        "input. From 0 to 2,147,483,647 (the model's input bound): a larger turnover is entered as "
        "that amount, which decides the same, since any lending turnover within the EUR 5,000,000 "
        "cap of art. 12e(1)(b) is then below 10%."
    )
