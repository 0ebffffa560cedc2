from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class twv_toekenbaar(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Een tewerkstellingsvergunning (of GVVA) kan worden verleend: geen weigeringsgrond"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=9",
    )
    documentation = (
        "A conjunction of the refusal grounds of art. 8 Wav: the labour-market test where it "
        "applies (priority supply, vacancy reported five weeks before, recruitment effort), a "
        "valid residence document, a wage of at least the statutory minimum, for students the "
        "limits on hours, and for seasonal work weeks left of the 24 within any 52. The "
        "Dutch-interest ground and the grounds on the employer's conduct are not modelled. False "
        "when no TWV is required: there is then nothing to grant."
    )

    def formula(persoon, period, parameters):
        return (
            persoon("twv_vereist", period)
            & (
                ~persoon("arbeidsmarkttoets_vereist", period)
                | persoon("arbeidsmarkttoets_voldaan", period)
            )
            & persoon("verblijfsdocument_geldig", period)
            & persoon("loon_voldoet_aan_minimumloon", period)
            & persoon("studentenarbeid_toegestaan", period)
            & persoon("seizoensarbeid_binnen_maximum", period)
        )
