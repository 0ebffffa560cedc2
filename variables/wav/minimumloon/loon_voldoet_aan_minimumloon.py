from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import ten_minste
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class loon_voldoet_aan_minimumloon(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Het bruto maandloon is ten minste het wettelijk minimumloon (art. 8, eerste lid Wav)"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=8",
    )
    documentation = "Compared in whole cents: the minimum itself passes, one cent below does not."

    def formula(persoon, period, parameters):
        return ten_minste(
            persoon("bruto_maandloon", period), persoon("minimumloon_bruto_maand", period)
        )
