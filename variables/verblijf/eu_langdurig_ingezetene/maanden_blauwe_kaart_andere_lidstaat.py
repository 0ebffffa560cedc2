from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class maanden_blauwe_kaart_andere_lidstaat(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden verblijf als houder van een blauwe kaart in een andere lidstaat"
    unit = "month"
    minimum = 0
    maximum = 600
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)
    documentation = (
        "The uninterrupted period of lawful residence as Blue Card holder in another member state "
        "before moving to the Netherlands under the mobility rules, within the five years. "
        "Counts toward EU long-term resident status under the conditions of "
        "`blauwe_kaart_cumulatie_van_toepassing`. Must be >= 0."
    )
