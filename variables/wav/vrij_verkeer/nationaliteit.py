from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer
from openfisca_arbeidsmigratie.model.landen import Land


class nationaliteit(Invoer):
    value_type = Enum
    possible_values = Land
    default_value = Land.NL
    entity = Persoon
    definition_period = DAY
    label = "Nationaliteit (ISO 3166-1 alpha-2)"
    reference = ("https://www.iso.org/iso-3166-country-codes.html",)
    documentation = (
        "The nationality on the date as an ISO 3166-1 alpha-2 code (IN, NO, HR, GB). In YAML, "
        "quote the code: an unquoted NO (Norway) is read by YAML 1.1 as false and refused. "
        "For several nationalities, give the one that decides the case (an EU nationality first). "
        "Kosovo is XK, a stateless person XXA; both are third-country nationals."
    )
