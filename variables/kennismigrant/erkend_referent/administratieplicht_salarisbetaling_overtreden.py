import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning
from openfisca_arbeidsmigratie.model.invoer import Variabele


class administratieplicht_salarisbetaling_overtreden(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De referent overtreedt de administratieplicht: geen bewijs van salarisbetaling"
    reference = (
        "https://ind.nl/Paginas/Wettelijke-verplichtingen-(erkende)-referent-arbeid.aspx",
        "https://pirgroup.nl/update-administrative-duty-for-recognized-sponsors-expanded-2",
    )
    documentation = (
        "From 1 January 2026 the sponsor of a knowledge migrant or Blue Card holder keeps proof "
        "that the salary was actually paid. The sources make this part of the sponsor's "
        "record-keeping duty, fineable under the Vreemdelingenwet, not a condition of the permit: "
        "`kennismigrant_toelaatbaar` and `blauwe_kaart_toelaatbaar` do not depend on it. A "
        "resulting fine enters `boetes_afgelopen_vier_jaar`."
    )

    def formula(persoon, period, parameters):
        vereist = parameters(period).kennismigrant.erkend_referent.bewijs_salarisbetaling_vereist
        vergunning = persoon("verblijfsvergunning", period)
        houder = np.isin(
            np.asarray(vergunning),
            [Verblijfsvergunning.kennismigrant.index, Verblijfsvergunning.blauwe_kaart.index],
        )
        return vereist & houder & ~persoon("bewijs_salarisbetaling_bewaard", period)
