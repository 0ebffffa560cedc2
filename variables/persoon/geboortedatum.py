from datetime import date

from openfisca_core.periods import ETERNITY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class geboortedatum(Invoer):
    value_type = date
    default_value = date(1970, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortedatum"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0033715&artikel=2.7",)
    documentation = (
        "Used only to compute `leeftijd` when the case does not give it. The reference is the "
        "Wet basisregistratie personen (art. 2.7: geboortedatum as a recorded fact)."
    )
