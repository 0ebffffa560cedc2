from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class uitzendwerkgever(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De werkgever is een werkgever als bedoeld in art. 7:690 BW (uitzendonderneming)"
    reference = (
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12e",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=690",
    )
    documentation = (
        "An employer under a temporary-agency contract (uitzendovereenkomst, art. 7:690 BW). The "
        "exemption of Waadi art. 12e does not apply to it (art. 12e(5)). False without input."
    )
