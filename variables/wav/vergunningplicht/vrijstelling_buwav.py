import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning, VrijstellingBuwav
from openfisca_arbeidsmigratie.model.invoer import Invoer


class vrijstelling_buwav(Invoer):
    value_type = Enum
    possible_values = VrijstellingBuwav
    default_value = VrijstellingBuwav.geen
    entity = Persoon
    definition_period = DAY
    label = "Categorie van het Besluit uitvoering Wav waarop de werkgever zich beroept"
    reference = ("https://wetten.overheid.nl/BWBR0046078",)
    documentation = (
        "The exemption category claimed for the work (BuWav 2022 chapters 2 and 3; the same "
        "categories existed in the BuWav before 2022). Without input it follows the permit held: "
        "a knowledge-migrant permit gives `kennismigrant`, a Blue Card `blauwe_kaart`, temporary "
        "protection `tijdelijke_bescherming`. Whether "
        "the exemption applies is decided in `vrijstelling_buwav_van_toepassing`."
    )

    def formula(persoon, period, parameters):
        vergunning = persoon("verblijfsvergunning", period)
        return np.select(
            [
                vergunning == Verblijfsvergunning.kennismigrant,
                vergunning == Verblijfsvergunning.blauwe_kaart,
                vergunning == Verblijfsvergunning.tijdelijke_bescherming,
            ],
            [
                VrijstellingBuwav.kennismigrant.index,
                VrijstellingBuwav.blauwe_kaart.index,
                VrijstellingBuwav.tijdelijke_bescherming.index,
            ],
            default=VrijstellingBuwav.geen.index,
        )
