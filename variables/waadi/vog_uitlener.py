from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class vog_uitlener(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft een verklaring omtrent het gedrag (VOG RP)"
    reference = (
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = "A certificate of conduct for the lender (VOG RP for a legal person)."
