from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import IscoHoofdgroep
from openfisca_arbeidsmigratie.model.invoer import Invoer


class beroepsgroep(Invoer):
    value_type = Enum
    possible_values = IscoHoofdgroep
    default_value = IscoHoofdgroep.onbekend
    entity = Persoon
    definition_period = DAY
    label = "Beroepsgroep van de functie (ISCO-08 hoofdgroep)"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = "The ISCO-08 major group of the job; `onbekend` scores 0 points."
