from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class ict_specialist(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De functie is die van ICT-manager of ICT-specialist (ISCO-08 133 of 25)"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)
