import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele

MAANDEN_PER_JAAR = 12


class toelating_uitlener_geldig(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft een geldige toelating (Wtta)"
    reference = (
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
    )
    documentation = (
        "Admitted by the NAU (`uitlener_toegelaten`) and the admission, granted for four years "
        "(Waadi art. 12i(2)), has not expired: fewer whole months since the admission "
        "(`maanden_sinds_toelating_uitlener`) than the four years plus an ex-officio extension "
        "(`ambtshalve_verlenging_maanden`, counted up to the six months the act allows). No "
        "admission exists before the Wtta takes effect on 1 January 2027."
    )

    def formula_2027_01_01(werkgever, period, parameters):
        p = parameters(period).waadi.toelating
        verlenging = np.minimum(
            werkgever("ambtshalve_verlenging_maanden", period),
            p.ambtshalve_verlenging_maximum_maanden,
        )
        duur = p.geldigheid_jaren * MAANDEN_PER_JAAR + verlenging
        return werkgever("uitlener_toegelaten", period) & (
            werkgever("maanden_sinds_toelating_uitlener", period) < duur
        )
