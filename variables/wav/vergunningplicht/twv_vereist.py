from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Besluit180Stadium
from openfisca_arbeidsmigratie.model.invoer import Variabele


class twv_vereist(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De werkgever heeft voor deze arbeid een tewerkstellingsvergunning (TWV) of GVVA nodig"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2",
        "https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",
    )
    documentation = (
        "Art. 2(1) Wav forbids an employer to let a foreign national work without a TWV (or a "
        "GVVA, the single permit that includes it) unless the person has free movement, holds a "
        "permit endorsed arbeid vrij toegestaan, or an exemption of the BuWav applies. A Turkish "
        "worker with four years of legal employment has free access to paid employment under "
        "art. 6(1), third indent, of Decision 1/80, which has direct effect and prevails (CJEU "
        "C-192/89 Sevince). After one or three years the right is to the renewal or grant of the "
        "work permit (first and second indents), so the TWV duty stays and only its refusal "
        "grounds change (`arbeidsmarkttoets_vereist`)."
    )

    def formula(persoon, period, parameters):
        return ~(
            persoon("vrij_verkeer_werknemer", period)
            | persoon("arbeid_vrij_toegestaan", period)
            | persoon("vrijstelling_buwav_van_toepassing", period)
            | (persoon("besluit_1_80_stadium", period) == Besluit180Stadium.vier_jaar)
        )
