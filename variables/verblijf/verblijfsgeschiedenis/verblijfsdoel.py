from openfisca_core.holders import set_input_dispatch_by_period
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.invoer import Invoer


class verblijfsdoel(Invoer):
    value_type = Enum
    possible_values = Verblijfsdoel
    default_value = Verblijfsdoel.geen
    entity = Persoon
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Verblijfsdoel van de verblijfsvergunning in de maand"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.4",)
    documentation = (
        "The purpose of the permit held that month; `geen` for a month without lawful residence. "
        "Accepts a span, e.g. {month:2019-03:60: arbeid_kennismigrant}."
    )
