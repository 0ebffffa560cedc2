from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class ontheffing_uitlener(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft een ontheffing van de toelatingsplicht (Wtta)"
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12e",)
    documentation = (
        "The minister granted the exemption for small-scale lending (Waadi art. 12e); whether the "
        "conditions are met is `ontheffing_voorwaarden_voldaan`. False without input."
    )
