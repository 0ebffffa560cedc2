from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.entities import Persoon


class erkend_referent_zonder_weigeringsgrond(Variable):
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
