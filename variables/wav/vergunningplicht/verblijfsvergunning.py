from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning
from openfisca_arbeidsmigratie.model.invoer import Invoer


class verblijfsvergunning(Invoer):
    value_type = Enum
    possible_values = Verblijfsvergunning
    default_value = Verblijfsvergunning.geen
    entity = Persoon
    definition_period = DAY
    label = "Verblijfsvergunning die de persoon op de datum houdt"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.4",)
    documentation = (
        "The residence permit held on the date, by its restriction (beperking, art. 3.4 Vb 2000) "
        "or status; `geen` for a person without a permit, such as one applying from abroad."
    )
