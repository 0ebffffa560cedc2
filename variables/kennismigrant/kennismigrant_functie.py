from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import KennismigrantFunctie
from openfisca_arbeidsmigratie.model.invoer import Invoer


class kennismigrant_functie(Invoer):
    value_type = Enum
    possible_values = KennismigrantFunctie
    default_value = KennismigrantFunctie.regulier
    entity = Persoon
    definition_period = DAY
    label = "Functie waarvoor de kennismigrant wordt toegelaten"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",)
