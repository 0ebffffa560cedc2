from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class uitlener_toegelaten(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener is toegelaten door de Nederlandse Autoriteit Uitleenmarkt (Wtta)"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "True for a lender admitted by the NAU and entered in the public register (Waadi art. "
        "12i). A provisional admission is `voorlopige_toelating_uitlener`, lending under the "
        "transitional scheme `uitlenen_onder_overgangsregeling`. Whether the admission is still "
        "valid (four years, art. 12i(2)) is `toelating_uitlener_geldig`."
    )
