from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import blauwe_kaart_telling


class blauwe_kaart_maanden_in_nederland(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden ononderbroken verblijf in Nederland als houder van een blauwe kaart"
    unit = "month"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)

    def formula_2013_01_01(persoon, period, parameters):
        return blauwe_kaart_telling(persoon, period, parameters).astype(int)
