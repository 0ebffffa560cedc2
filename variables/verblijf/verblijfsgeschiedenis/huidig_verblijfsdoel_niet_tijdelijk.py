from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel, lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class huidig_verblijfsdoel_niet_tijdelijk(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De persoon verblijft bij de aanvraag voor een niet-tijdelijk verblijfsdoel"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.5",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",
    )

    def formula_2013_01_01(persoon, period, parameters):
        tijdelijk = parameters(period).verblijf.tijdelijke_verblijfsdoelen
        doel = persoon("huidig_verblijfsdoel", period)
        return (doel != Verblijfsdoel.geen) & ~lid_van(doel, tijdelijk)
