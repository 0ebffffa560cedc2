from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer
from openfisca_arbeidsmigratie.model.puntentoets import tabelpunten


class brede_welvaart_punten_samenleving(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets stap 1: punten voor de maatschappelijke dimensie van het werk"
    unit = "punten"
    minimum = 0
    maximum = 1000
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "The sector's points plus the occupation group's points, from "
        "illustrative tables. Can be given as input, which overrides the tables."
    )

    def formula_2024_09_10(persoon, period, parameters):
        return tabelpunten(persoon, period, parameters, "samenleving")
