from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Huisvesting
from openfisca_arbeidsmigratie.model.invoer import Invoer


class huisvesting(Invoer):
    value_type = Enum
    possible_values = Huisvesting
    default_value = Huisvesting.geen
    entity = Persoon
    definition_period = DAY
    label = "Huisvesting van de nieuwe inwoner"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = "How the new resident is housed; used only by the proposed points test."
