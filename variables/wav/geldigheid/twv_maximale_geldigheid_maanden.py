import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class twv_maximale_geldigheid_maanden(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maximale geldigheidsduur van de tewerkstellingsvergunning, in maanden"
    unit = "month"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=11",)
    documentation = (
        "36 months until 2013; 12 months from 2014; from 1 January 2022 36 months, or 24 when a "
        "full labour-market test was done. 0 when no TWV can be granted, and 0 for seasonal "
        "(temporary) work, whose maximum is in weeks (Wav art. 11): "
        "`twv_maximale_geldigheid_weken`."
    )

    def formula_2004_01_01(persoon, period, parameters):
        p = parameters(period).wav.geldigheid
        duur = np.where(
            persoon("arbeidsmarkttoets_vereist", period),
            p.twv_maximale_duur_na_arbeidsmarkttoets_maanden,
            p.twv_maximale_duur_maanden,
        )
        in_weken = persoon("twv_maximale_geldigheid_weken", period) > 0
        return np.where(persoon("twv_toekenbaar", period) & ~in_weken, duur, 0)
