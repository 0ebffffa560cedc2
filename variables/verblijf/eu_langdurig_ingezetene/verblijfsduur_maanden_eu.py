import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import eu_telling


class verblijfsduur_maanden_eu(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Maanden verblijf die meetellen voor de status EU-langdurig ingezetene"
    unit = "month"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32003L0109",
    )
    documentation = (
        "Within the uninterrupted lawful residence before the application month: months on a "
        "non-temporary purpose or asylum count fully, study months for half, other temporary "
        "months and the purposes outside the directive (seasonal work, au pair, cross-border "
        "services, intra-corporate transfer) not; six or more consecutive months abroad (twelve "
        "where Blue Card cumulation applies) interrupt and restart the count on return. Plus, "
        "where cumulation applies, the months as Blue Card holder in another member state."
    )

    def formula_2013_01_01(persoon, period, parameters):
        telling, _ = eu_telling(persoon, period, parameters)
        elders = np.where(
            persoon("blauwe_kaart_cumulatie_van_toepassing", period),
            persoon("maanden_blauwe_kaart_andere_lidstaat", period),
            0,
        )
        return telling + elders
