from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class brede_welvaartstoets_stap1_voldaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets: het werk haalt de drempel van stap 1"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)

    def formula_2024_09_10(persoon, period, parameters):
        drempel = parameters(period).voorstellen.brede_welvaartstoets.drempel_stap1
        return persoon("brede_welvaart_punten_werk", period) >= drempel
