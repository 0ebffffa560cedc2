from datetime import date

from openfisca_core.periods import ETERNITY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class afgifte_eerste_blauwe_kaart(Invoer):
    value_type = date
    default_value = date(1900, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Datum van afgifte van de eerste Europese blauwe kaart"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",)
    documentation = (
        "The date the first Blue Card was issued; the 24 months of BuWav 2022 art. 2.2(6)(b) run "
        "from it. The default 1900-01-01 means: no date known, no window."
    )
