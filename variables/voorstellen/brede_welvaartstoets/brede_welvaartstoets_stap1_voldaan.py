from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class brede_welvaartstoets_stap1_voldaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets: de punten voor het werk liggen boven de drempel van stap 1"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "Strictly above the threshold: the letter says step 1 is passed when the total score "
        '"boven een bepaalde grens uitkomt" (Kamerstuk 29 861, nr. 153).'
    )

    def formula_2024_09_10(persoon, period, parameters):
        drempel = parameters(period).voorstellen.brede_welvaartstoets.drempel_stap1
        return persoon("brede_welvaart_punten_werk", period) > drempel
