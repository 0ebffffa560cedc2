from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class erkend_referent(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De werkgever is door de IND erkend als referent"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=2a",)
    documentation = (
        "Recognition under art. 2a ff. Vw 2000 (Wet modern migratiebeleid, from 1 June 2013). "
        "Before that date read as: the employer had signed a covenant with the IND, the condition "
        "of the knowledge-migrant scheme until then."
    )
