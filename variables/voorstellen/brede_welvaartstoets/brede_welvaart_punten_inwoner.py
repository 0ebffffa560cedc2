import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Huisvesting, TaalniveauNederlands, tabel
from openfisca_arbeidsmigratie.model.invoer import Invoer


class brede_welvaart_punten_inwoner(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets stap 2: punten voor de komst van een nieuwe inwoner"
    unit = "punten"
    minimum = 0
    maximum = 1000
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "Points for housing and for knowledge of Dutch (or the intention to learn it), from "
        "illustrative tables. Can be given as input, which overrides the tables."
    )

    def formula_2024_09_10(persoon, period, parameters):
        punten = parameters(period).voorstellen.brede_welvaartstoets.punten
        huisvesting = np.asarray(persoon("huisvesting", period))
        taal = np.asarray(persoon("taalniveau_nederlands", period))
        return (
            tabel(punten.huisvesting, Huisvesting)[huisvesting]
            + tabel(punten.taalniveau, TaalniveauNederlands)[taal]
        )
