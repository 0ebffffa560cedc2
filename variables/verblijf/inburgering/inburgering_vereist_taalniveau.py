import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TaalniveauNederlands
from openfisca_arbeidsmigratie.model.invoer import Variabele


class inburgering_vereist_taalniveau(Variabele):
    value_type = Enum
    possible_values = TaalniveauNederlands
    default_value = TaalniveauNederlands.a2
    entity = Persoon
    definition_period = DAY
    label = "Taalniveau van het inburgeringsvereiste voor verblijf voor onbepaalde tijd"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=7",
    )
    documentation = (
        "A2 under the Wet inburgering 2013. From 1 January 2022 B1 for those who became "
        "integration-obliged under the Wet inburgering 2021; A2 for everyone else, including "
        "voluntary applicants such as knowledge migrants (Stb. 2022, 44)."
    )

    def formula_2013_01_01(persoon, period, parameters):
        niveau = parameters(period).verblijf.inburgering.taalniveau
        return persoon.filled_array(TaalniveauNederlands[niveau].index)

    def formula_2022_01_01(persoon, period, parameters):
        p = parameters(period).verblijf.inburgering
        return np.where(
            persoon("inburgeringsplichtig_wi2021", period),
            TaalniveauNederlands[p.taalniveau_wi2021].index,
            TaalniveauNederlands[p.taalniveau].index,
        )
