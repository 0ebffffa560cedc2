from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class openbare_orde_bezwaar(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Er is een bezwaar uit het oogpunt van de openbare orde"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",)
