from openfisca_core.holders import set_input_dispatch_by_period
from openfisca_core.periods import MONTH

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class buiten_nederland(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    set_input = set_input_dispatch_by_period
    label = "Verbleef de maand buiten Nederland"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",)
    documentation = "True for a month spent outside the Netherlands. Accepts a span."
