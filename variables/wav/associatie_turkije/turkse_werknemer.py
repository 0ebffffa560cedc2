import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.landen import land_tabel


class turkse_werknemer(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Turkse werknemer in de zin van art. 6 Besluit nr. 1/80 (associatie EEG-Turkije)"
    reference = ("https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",)
    documentation = (
        "A Turkish national without free movement of workers. Belonging to the legal labour force "
        "is measured by `maanden_legale_arbeid`: without legal employment no stage is reached."
    )

    def formula(persoon, period, parameters):
        landen = parameters(period).wav.associatie_turkije.landen
        land = np.asarray(persoon("nationaliteit", period))
        return land_tabel(landen)[land] & ~persoon("vrij_verkeer_werknemer", period)
