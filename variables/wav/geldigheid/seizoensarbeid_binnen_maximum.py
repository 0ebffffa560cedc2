from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class seizoensarbeid_binnen_maximum(Variabele):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = "Seizoenarbeid blijft binnen het maximum van 24 weken per 52 weken"
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",
        "https://ind.nl/en/residence-permits/work/residence-permit-for-seasonal-work",
    )
    documentation = (
        "False when seasonal work is applied for and the 24 weeks of the last 52 are used up "
        "(`seizoensarbeid_resterende_weken` is 0): no TWV or GVVA for seasonal work can then be "
        "granted. True for every other category, and before 30 September 2016."
    )

    def formula_2016_09_30(persoon, period, parameters):
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        return ~seizoen | (persoon("seizoensarbeid_resterende_weken", period) > 0)
