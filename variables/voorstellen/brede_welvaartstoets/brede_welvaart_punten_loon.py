import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class brede_welvaart_punten_loon(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets stap 1: economische punten voor het loon"
    unit = "punten"
    minimum = 0
    maximum = 1000
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "Points by the wage as a multiple of the reference wage (an illustrative scale)."
    )

    def formula_2024_09_10(persoon, period, parameters):
        p = parameters(period).voorstellen.brede_welvaartstoets
        verhouding = (
            np.asarray(persoon("bruto_maandloon", period), dtype=np.float64) / p.referentieloon
        )
        return p.punten.loon.calc(verhouding)
