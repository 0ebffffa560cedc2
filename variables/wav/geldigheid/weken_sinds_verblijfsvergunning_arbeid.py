from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer

# No earlier work-valid residence permit: a hundred years of weeks, beyond every waiting period.
GEEN_EERDERE_VERGUNNING = 5200


class weken_sinds_verblijfsvergunning_arbeid(Invoer):
    value_type = int
    default_value = GEEN_EERDERE_VERGUNNING
    entity = Persoon
    definition_period = DAY
    label = (
        "Volle weken sinds de vreemdeling een voor arbeid geldige verblijfsvergunning voor "
        "bepaalde tijd had"
    )
    unit = "week"
    minimum = 0
    maximum = GEEN_EERDERE_VERGUNNING
    reference = ("https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",)
    documentation = (
        "Whole weeks between the end of the last residence permit for a fixed period (Vw 2000 "
        "art. 14) that was valid for work and the start of the TWV applied for; the permit "
        "applied for itself does not count. Wav art. 11 bars a TWV for temporary work within "
        "the waiting period (`tijdelijk_werk_wachttijd_weken`). Without input 5,200 (no earlier "
        "permit). From 0 to 5,200."
    )
