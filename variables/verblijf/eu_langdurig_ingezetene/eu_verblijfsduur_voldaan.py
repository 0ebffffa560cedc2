from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class eu_verblijfsduur_voldaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Vijf jaar meetellend verblijf voor de status EU-langdurig ingezetene"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",)

    def formula_2013_01_01(persoon, period, parameters):
        vereist = parameters(period).verblijf.vereiste_verblijfsduur_maanden
        return persoon("verblijfsduur_maanden_eu", period) >= vereist
