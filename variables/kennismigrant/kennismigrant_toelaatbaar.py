from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class kennismigrant_toelaatbaar(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Kan worden toegelaten als kennismigrant (kennismigrantenregeling)"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30a",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
    )
    documentation = (
        "A third-country national (not a Union, EEA or Swiss citizen, no free movement) whose wage "
        "meets the criterion, employed by a recognised sponsor without a refusal ground where a "
        "recognised sponsor is required (not for a Turkish national: `erkend_referent_vereist`). "
        "Market conformity of the wage (since 2011, tested only on suspicion of fraud) is not "
        "modelled."
    )

    def formula_2004_10_01(persoon, period, parameters):
        return (
            persoon("onderdaan_derde_land", period)
            & persoon("kennismigrant_voldoet_salariscriterium", period)
            & (
                ~persoon("erkend_referent_vereist", period)
                | persoon("erkend_referent_zonder_weigeringsgrond", period)
            )
        )
