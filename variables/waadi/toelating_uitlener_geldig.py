from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class toelating_uitlener_geldig(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft een geldige toelating (Wtta)"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://headfirst.group/en/wetgeving-politiek/tweede-kamer-stemt-in-met-wtta-dit-zijn-de-gevolgen-voor-uitleners/",
    )
    documentation = (
        "Admitted by the NAU (`uitlener_toegelaten`) and the admission, valid for four years "
        "(likely, from secondary sources: see the parameter geldigheid_jaren), has not expired. "
        "No admission exists before the Wtta takes effect on 1 January 2027."
    )

    def formula_2027_01_01(werkgever, period, parameters):
        geldigheid = parameters(period).waadi.toelating.geldigheid_jaren
        return werkgever("uitlener_toegelaten", period) & (
            werkgever("jaren_sinds_toelating_uitlener", period) < geldigheid
        )
