from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import StudentenarbeidKeuze
from openfisca_arbeidsmigratie.model.invoer import Invoer


class studentenarbeid_keuze(Invoer):
    value_type = Enum
    possible_values = StudentenarbeidKeuze
    default_value = StudentenarbeidKeuze.uren_per_week
    entity = Persoon
    definition_period = DAY
    label = "Keuze van de student: beperkt aantal uren per week of voltijds in de zomermaanden"
    reference = ("https://www.inspectieszw.nl/onderwerpen/buitenlandse-studenten",)
