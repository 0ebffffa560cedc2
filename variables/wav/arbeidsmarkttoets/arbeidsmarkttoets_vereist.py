from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class arbeidsmarkttoets_vereist(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "UWV toetst de aanvraag aan de arbeidsmarkt (art. 8, eerste lid, onder a-c Wav)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)
    documentation = (
        "Only when a TWV is required, and not for the categories that the UWV implementing rules "
        "exempt from the test for priority supply, timely vacancy report and recruitment effort."
    )

    def formula(persoon, period, parameters):
        zonder_toets = parameters(period).wav.arbeidsmarkttoets.categorieen_zonder_toets
        return persoon("twv_vereist", period) & ~lid_van(
            persoon("twv_categorie", period), zonder_toets
        )
