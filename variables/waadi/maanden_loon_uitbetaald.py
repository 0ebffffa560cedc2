from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class maanden_loon_uitbetaald(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Maanden waarover de rechtspersoon of onderneming loon heeft uitbetaald"
    unit = "month"
    minimum = 0
    maximum = 1200
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12e",)
    documentation = (
        "The period over which the legal person or undertaking paid wages (Waadi art. 12e(1)(a)); "
        "0 without input. From 0 to 1200."
    )
