from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class prioriteitgenietend_aanbod_beschikbaar(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Voor de vacature is prioriteitgenietend aanbod beschikbaar"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)
    documentation = (
        "UWV's finding that workers with priority (Dutch, EU/EEA and Swiss nationals, and foreign "
        "nationals with free access to the labour market) are available for the vacancy."
    )
