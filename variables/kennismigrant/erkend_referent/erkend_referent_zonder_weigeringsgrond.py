from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class erkend_referent_zonder_weigeringsgrond(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De werkgever is erkend referent en er is geen grond om de erkenning te weigeren"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=2a",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=2e",
    )

    def formula(persoon, period, parameters):
        werkgever = persoon.werkgever
        return werkgever("erkend_referent", period) & ~werkgever(
            "erkend_referent_weigeringsgrond", period
        )
