from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class middelenvereiste_voldaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Aan het middelenvereiste voor de verblijfsvergunning onbepaalde tijd is voldaan"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.75",)
    documentation = "Sufficient and sustainable means, or ten years of lawful residence."

    def formula_2013_01_01(persoon, period, parameters):
        vervalt_na = parameters(period).verblijf.onbepaalde_tijd.middelenvereiste_vervalt_na_maanden
        return persoon("middelen_voldoende", period) | (
            persoon("rechtmatig_verblijf_maanden", period) >= vervalt_na
        )
