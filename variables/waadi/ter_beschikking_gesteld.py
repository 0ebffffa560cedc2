from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class ter_beschikking_gesteld(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De persoon wordt door de werkgever ter beschikking gesteld aan een inlener"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0009780&artikel=1",
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "The person works under the supervision and direction of a hirer (inlener) to whom the "
        "employer lends him against payment (art. 1(1)(e) Waadi as enacted, Stb. 1998, 306). The "
        "person-level fact the Wtta outputs turn on."
    )
