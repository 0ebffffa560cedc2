import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import eu_telling


class eu_verblijf_ononderbroken(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Het verblijf in de vijf jaar is niet onderbroken door afwezigheid in totaal"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32003L0109",
    )
    documentation = (
        "At most ten months abroad in total within the months that make up the five years "
        "(Directive 2003/109 art. 4(3); the statute's 'tien of meer' is the variant "
        "`interpretatie_eu_afwezigheid_tien_maanden`), at most 18 where Blue Card cumulation "
        "applies (Directive (EU) 2021/1883 art. 18). Consecutive absences are handled in the count "
        "itself."
    )

    def formula_2013_01_01(persoon, period, parameters):
        eu = parameters(period).verblijf.eu_langdurig_ingezetene
        _, buiten = eu_telling(persoon, period, parameters)
        grens = np.where(
            persoon("blauwe_kaart_afwezigheid_van_toepassing", period),
            eu.blauwe_kaart_onderbreking_totaal_maanden_buiten,
            eu.onderbreking_totaal_maanden_buiten,
        )
        return buiten < grens
