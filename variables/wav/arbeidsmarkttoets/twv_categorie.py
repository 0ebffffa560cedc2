import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie, Verblijfsvergunning
from openfisca_arbeidsmigratie.model.invoer import Invoer


class twv_categorie(Invoer):
    value_type = Enum
    possible_values = TwvCategorie
    default_value = TwvCategorie.regulier
    entity = Persoon
    definition_period = DAY
    label = "Categorie van de aanvraag tewerkstellingsvergunning (uitvoeringsregels UWV)"
    reference = ("https://wetten.overheid.nl/BWBR0046054",)
    documentation = (
        "The UWV category of the application (RuWav 2022, Bijlage I). Without input it follows "
        "the permit held: a study permit gives `student`, a seasonal-work permit "
        "`seizoensarbeid`, anything else `regulier`."
    )

    def formula(persoon, period, parameters):
        vergunning = persoon("verblijfsvergunning", period)
        return np.select(
            [
                vergunning == Verblijfsvergunning.studie,
                vergunning == Verblijfsvergunning.seizoensarbeid,
            ],
            [TwvCategorie.student.index, TwvCategorie.seizoensarbeid.index],
            default=TwvCategorie.regulier.index,
        )
