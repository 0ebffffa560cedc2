from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class arbeidsmarkttoets_voldaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Geen weigering op grond van de arbeidsmarkttoets (art. 8, eerste lid, onder a-c Wav)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)

    def formula(persoon, period, parameters):
        return (
            ~persoon("prioriteitgenietend_aanbod_beschikbaar", period)
            & persoon("vacature_tijdig_gemeld", period)
            & persoon("wervingsinspanning_voldoende", period)
        )
