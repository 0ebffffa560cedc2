from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class normenkader_voldaan(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener voldoet aan het normenkader (inspectierapport)"
    reference = (
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "Compliance with labour, tax, social-security and minimum-wage law, shown by an inspection."
    )
