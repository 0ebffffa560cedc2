from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class hoger_onderwijs_diploma(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Heeft een diploma van hoger onderwijs van ten minste drie jaar"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30b",)
    documentation = "A foreign diploma counts after evaluation by Nuffic (IDW)."
