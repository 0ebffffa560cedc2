from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class arbeid_vrij_toegestaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Verblijfsvergunning met aantekening arbeid vrij toegestaan, TWV niet vereist"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.4",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=4",
    )
    documentation = (
        "The permit held is one endorsed arbeid vrij toegestaan, or the person earned the "
        "endorsement by years on permits valid for work (`arbeid_vrij_na_verblijf_met_arbeid`, "
        "art. 4(2)(b) Wav)."
    )

    def formula(persoon, period, parameters):
        vrije_vergunningen = parameters(period).wav.vergunningplicht.arbeid_vrij_toegestaan
        return lid_van(persoon("verblijfsvergunning", period), vrije_vergunningen) | persoon(
            "arbeid_vrij_na_verblijf_met_arbeid", period
        )
