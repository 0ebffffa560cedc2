from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class minimumloon_percentage(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Percentage van het wettelijk minimumloon dat voor de leeftijd geldt (minimumjeugdloon)"
    unit = "/1"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=9",)

    def formula(persoon, period, parameters):
        schaal = parameters(period).wav.minimumloon.jeugdloon_percentage
        return schaal.calc(persoon("leeftijd", period))
