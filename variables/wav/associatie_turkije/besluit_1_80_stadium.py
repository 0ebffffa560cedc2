import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Besluit180Stadium
from openfisca_arbeidsmigratie.model.invoer import Variabele


class besluit_1_80_stadium(Variabele):
    value_type = Enum
    possible_values = Besluit180Stadium
    default_value = Besluit180Stadium.geen
    entity = Persoon
    definition_period = DAY
    label = "Stadium van art. 6 lid 1 Besluit nr. 1/80 dat op deze arbeid van toepassing is"
    reference = ("https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",)
    documentation = (
        "The indent of art. 6(1) that governs this work. Four years of legal employment: free "
        "access to any paid employment (`vier_jaar`). Otherwise one year with the employer of "
        "this work: renewal with that employer (`een_jaar`), which a worker with three years also "
        "uses for his own employer because it is the stronger right (no priority for Union "
        "workers). Otherwise three years and work in the same occupation for another employer: "
        "`drie_jaar`, where the priority of Union workers still applies. Otherwise `geen`. Only "
        "for a Turkish worker; a stage is reached when the months of legal employment reach its "
        "threshold (12, 36, 48 months)."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wav.associatie_turkije
        turks = persoon("turkse_werknemer", period)
        maanden = persoon("maanden_legale_arbeid", period)
        bij_werkgever = persoon("maanden_legale_arbeid_huidige_werkgever", period)
        return np.select(
            [
                turks & (maanden >= p.maanden_vrije_toegang),
                turks & (bij_werkgever >= p.maanden_zelfde_werkgever),
                turks
                & (maanden >= p.maanden_zelfde_beroep)
                & persoon("arbeid_in_zelfde_beroep", period),
            ],
            [
                Besluit180Stadium.vier_jaar.index,
                Besluit180Stadium.een_jaar.index,
                Besluit180Stadium.drie_jaar.index,
            ],
            default=Besluit180Stadium.geen.index,
        )
