"""Shared by the points-test variables: the table points of the work on one dimension."""

import numpy as np

from openfisca_arbeidsmigratie.model.enums import IscoHoofdgroep, SbiSectie, tabel


def tabelpunten(persoon, period, parameters, dimensie: str) -> np.ndarray:
    """The sector's points plus the occupation group's points on one dimension of step 1."""
    punten = parameters(period).voorstellen.brede_welvaartstoets.punten[dimensie]
    sector = np.asarray(persoon("sector", period))
    beroep = np.asarray(persoon("beroepsgroep", period))
    return (
        tabel(punten.sector, SbiSectie)[sector] + tabel(punten.beroepsgroep, IscoHoofdgroep)[beroep]
    )
