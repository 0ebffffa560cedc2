from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class vvo_verblijfsduur_voldaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Vijf jaar ononderbroken rechtmatig verblijf (verblijfsvergunning onbepaalde tijd)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",)

    def formula_2013_01_01(persoon, period, parameters):
        vereist = parameters(period).verblijf.vereiste_verblijfsduur_maanden
        return persoon("verblijfsduur_maanden_vvo", period) >= vereist
