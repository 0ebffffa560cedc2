from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import SbiSectie
from openfisca_arbeidsmigratie.model.invoer import Invoer


class sector(Invoer):
    value_type = Enum
    possible_values = SbiSectie
    default_value = SbiSectie.onbekend
    entity = Persoon
    definition_period = DAY
    label = "Sector van de werkgever (SBI-sectie A-U)"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "The SBI 2008 section of the employer's main activity; `onbekend` scores 0 points."
    )
