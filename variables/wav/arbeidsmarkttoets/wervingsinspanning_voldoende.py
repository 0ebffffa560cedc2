from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class wervingsinspanning_voldoende(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De werkgever heeft zich voldoende ingespannen om prioriteitgenietend aanbod te werven"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)
    documentation = (
        "UWV's finding on the recruitment effort: in practice at least three months of broad "
        "recruitment in the Netherlands and the EEA before the application (UWV). False unless "
        "the case shows it."
    )
