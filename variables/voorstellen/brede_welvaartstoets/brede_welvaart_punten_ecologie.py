import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.entities import Persoon
from openfisca_arbeidsmigratie.enums import IscoHoofdgroep, SbiSectie, tabel
from openfisca_arbeidsmigratie.invoer import Invoer


class brede_welvaart_punten_ecologie(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets stap 1: punten voor de ecologische dimensie van het werk"
    unit = "punten"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "The sector's points plus the occupation group's points, from "
        "illustrative tables. Can be given as input, which overrides the tables."
    )

    def formula_2024_09_10(persoon, period, parameters):
        punten = parameters(period).voorstellen.brede_welvaartstoets.punten.ecologie
        sector = np.asarray(persoon("sector", period))
        beroep = np.asarray(persoon("beroepsgroep", period))
        return (
            tabel(punten.sector, SbiSectie)[sector]
            + tabel(punten.beroepsgroep, IscoHoofdgroep)[beroep]
        )
