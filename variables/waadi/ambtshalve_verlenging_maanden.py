from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class ambtshalve_verlenging_maanden(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Maanden waarmee de NAU de (voorlopige) toelating ambtshalve heeft verlengd"
    unit = "month"
    minimum = 0
    maximum = 120
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",)
    documentation = (
        "The months by which the NAU extended the validity of the admission or provisional "
        "admission of its own motion (Waadi art. 12i(2)); 0 without input. The act allows at most "
        "six months (`ambtshalve_verlenging_maximum_maanden`); a longer extension counts only up "
        "to that maximum. From 0 to 120."
    )
