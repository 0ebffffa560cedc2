from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class boetes_afgelopen_vier_jaar(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Boetes van de werkgever in de vier jaar voor de datum (belasting, WML, Wav)"
    unit = "boete"
    minimum = 0
    maximum = 10_000
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=2e",)
    documentation = (
        "Fines for tax offences (fiscale vergrijpboetes), for not paying the minimum wage and for "
        "illegal employment, imposed in the four years before the date. Must be >= 0."
    )
