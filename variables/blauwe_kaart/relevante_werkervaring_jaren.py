from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class relevante_werkervaring_jaren(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Jaren beroepservaring relevant voor het beroep"
    unit = "year"
    minimum = 0
    maximum = 100
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)
    documentation = (
        "Professional experience at a level comparable to higher education, relevant to the job. "
        "For an ICT specialist: the experience within the seven years before the application."
    )
