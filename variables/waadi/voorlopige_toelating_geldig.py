import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class voorlopige_toelating_geldig(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft een geldige voorlopige toelating (Wtta)"
    reference = ("https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",)
    documentation = (
        "Waadi art. 12i(2): a provisional admission (`voorlopige_toelating_uitlener`) runs six "
        "months, plus an ex-officio extension of at most six months "
        "(`ambtshalve_verlenging_maanden`): valid while fewer whole months have passed "
        "(`maanden_sinds_voorlopige_toelating`). From 1 January 2027, with the admission duty."
    )

    def formula_2027_01_01(werkgever, period, parameters):
        p = parameters(period).waadi.toelating
        verlenging = np.minimum(
            werkgever("ambtshalve_verlenging_maanden", period),
            p.ambtshalve_verlenging_maximum_maanden,
        )
        duur = p.voorlopige_toelating_geldigheid_maanden + verlenging
        return werkgever("voorlopige_toelating_uitlener", period) & (
            werkgever("maanden_sinds_voorlopige_toelating", period) < duur
        )
