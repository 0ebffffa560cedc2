from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class toelating_uitlener_vereist(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De werkgever heeft als uitlener een toelating nodig (Wtta)"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "A lender (by its own statement or because it lends one of its workers) outside a group "
        "lending, from 1 January 2027."
    )

    def formula(werkgever, period, parameters):
        toelatingsplicht = parameters(period).waadi.toelating.toelatingsplicht
        leent_uit = werkgever("werkgever_is_uitlener", period) | werkgever.any(
            werkgever.members("ter_beschikking_gesteld", period)
        )
        return toelatingsplicht & leent_uit & ~werkgever("uitlening_binnen_concern", period)
