from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class brede_welvaart_punten_totaal(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets: totaal van de punten voor het werk en de nieuwe inwoner"
    unit = "punten"
    minimum = 0
    maximum = 1000
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)

    def formula_2024_09_10(persoon, period, parameters):
        return persoon("brede_welvaart_punten_werk", period) + persoon(
            "brede_welvaart_punten_inwoner", period
        )
