from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class werkgever_gesanctioneerd_illegale_tewerkstelling(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De werkgever kreeg een sanctie wegens illegale tewerkstelling of zwartwerk"
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=19a",
    )
    documentation = (
        "A fine or penalty imposed on the employer for letting foreign nationals work without the "
        "required permit (Wav art. 2 and 19a) or for employing illegally staying third-country "
        "nationals (Directive 2009/52/EC art. 9), as far as it still counts on the date."
    )
