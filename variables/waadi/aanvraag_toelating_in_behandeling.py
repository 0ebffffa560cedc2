from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class aanvraag_toelating_in_behandeling(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "Op de aanvraag tot toelating van de uitlener is nog niet beslist"
    reference = (
        "https://www.toelatinguitleenmarkt.nl/",
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12n",
    )
    documentation = (
        "The lender applied for admission (applications 1 May to 30 June 2027) and the NAU has not "
        "yet decided. False without input."
    )
