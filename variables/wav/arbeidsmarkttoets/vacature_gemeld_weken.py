from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class vacature_gemeld_weken(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Aantal weken tussen de melding van de vacature bij UWV en de aanvraag"
    unit = "week"
    minimum = 0
    maximum = 520
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)
    documentation = "0 when the vacancy was not reported. Must be >= 0."
