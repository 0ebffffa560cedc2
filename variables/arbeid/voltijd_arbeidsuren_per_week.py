from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class voltijd_arbeidsuren_per_week(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Arbeidsuren per week van een volledig dienstverband in de sector"
    unit = "hour"
    minimum = 0
    maximum = 168
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=12",)
    documentation = (
        "The normal full-time week of the sector or collective agreement, against which a monthly "
        "minimum wage before 2024 is made pro rata. Without input, the assumption in "
        "wav.minimumloon.voltijd_arbeidsuren_per_week applies."
    )

    def formula(persoon, period, parameters):
        aanname = parameters(period).wav.minimumloon.voltijd_arbeidsuren_per_week
        return persoon.empty_array() + aanname
