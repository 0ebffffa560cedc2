from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import nationale_telling


class verblijfsduur_maanden_vvo(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden verblijf die meetellen voor de verblijfsvergunning regulier onbepaalde tijd"
    unit = "month"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.5",
    )
    documentation = (
        "Months on a permit for a non-temporary purpose within the uninterrupted lawful residence "
        "before the application month. Reading chosen: a month on a temporary purpose (study, "
        "search year) is lawful and does not interrupt, but does not count. More than six "
        "consecutive months abroad move the main residence and restart the count on return."
    )

    def formula_2013_01_01(persoon, period, parameters):
        _, meetellend = nationale_telling(persoon, period, parameters)
        return meetellend.astype(int)
