from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import VrijstellingBuwav
from openfisca_arbeidsmigratie.model.invoer import Variabele


class meldplicht_uwv_overtreden(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De werkgever overtreedt de meldplicht bij UWV (vreemdeling met tijdelijke bescherming)"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2a",
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8954.html",
        "https://zoek.officielebekendmakingen.nl/stb-2022-130.html",
        "https://www.nlarbeidsinspectie.nl/onderwerpen/oekrainers-en-toegang-tot-de-arbeidsmarkt",
    )
    documentation = (
        "A fineable offence of the employer, apart from the permit question: the work is exempt "
        "under art. 6.5 BuWav 2022 whether or not it was reported, so `twv_vereist` stays false; "
        "this variable says whether the employer, relying on the exemption, failed to report."
    )

    def formula(persoon, period, parameters):
        meldplicht = parameters(period).wav.tijdelijke_bescherming.meldplicht
        beroept_zich_op_vrijstelling = (
            persoon("vrijstelling_buwav", period) == VrijstellingBuwav.tijdelijke_bescherming
        ) & persoon("vrijstelling_buwav_van_toepassing", period)
        return meldplicht & beroept_zich_op_vrijstelling & ~persoon("melding_uwv_gedaan", period)
