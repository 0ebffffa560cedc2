from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class inburgering_voldaan(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Heeft het inburgeringsdiploma op het vereiste niveau, of is vrijgesteld"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",)
    documentation = "The level required is `inburgering_vereist_taalniveau`."
