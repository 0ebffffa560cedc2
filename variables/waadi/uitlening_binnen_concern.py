from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class uitlening_binnen_concern(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De terbeschikkingstelling vindt plaats binnen een concern"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "Lending between companies of the same group (concern) is outside the admission duty of "
        "the Wtta."
    )
