from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class werkgever_is_uitlener(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De werkgever stelt arbeidskrachten ter beschikking (uitlener in de zin van de Waadi)"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "True for an employer that lends workers to hirers against payment: temporary-work, "
        "payroll and secondment agencies, foreign lenders, and employers that lend as a side "
        "activity (all Waadi lenders fall under the Wtta)."
    )
