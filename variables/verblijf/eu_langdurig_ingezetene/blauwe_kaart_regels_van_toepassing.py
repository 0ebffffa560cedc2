from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_regels_van_toepassing(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Voor de status EU-langdurig ingezetene gelden de regels voor houders van een blauwe kaart"
    )
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)
    documentation = "The applicant holds a Blue Card in the month before the application month."

    def formula(persoon, period, parameters):
        return persoon("huidig_verblijfsdoel", period) == Verblijfsdoel.blauwe_kaart
