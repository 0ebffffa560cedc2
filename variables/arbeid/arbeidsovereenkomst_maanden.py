from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class arbeidsovereenkomst_maanden(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Duur van de arbeidsovereenkomst of het bindend aanbod, in maanden"
    unit = "month"
    minimum = 0
    maximum = 600
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30b",)
    documentation = "0 when not given, which fails the Blue Card's minimum contract length."
