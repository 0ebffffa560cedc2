from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class onderdaan_derde_land(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Vreemdeling zonder vrij verkeer van werknemers (onderdaan van een derde land)"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
    )
    documentation = (
        "The knowledge-migrant scheme and the Blue Card serve foreign nationals who need a work "
        "permit. A national of a member state under a Dutch transitional restriction needed a "
        "work permit too and is treated here like a third-country national."
    )

    def formula(persoon, period, parameters):
        return ~persoon("vrij_verkeer_werknemer", period)
