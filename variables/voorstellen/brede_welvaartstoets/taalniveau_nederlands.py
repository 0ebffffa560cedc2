from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TaalniveauNederlands
from openfisca_arbeidsmigratie.model.invoer import Invoer


class taalniveau_nederlands(Invoer):
    value_type = Enum
    possible_values = TaalniveauNederlands
    default_value = TaalniveauNederlands.geen
    entity = Persoon
    definition_period = DAY
    label = "Kennis van het Nederlands, of het voornemen het te leren"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = "Used only by the proposed points test."
