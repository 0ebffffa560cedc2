import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_afwezigheid_van_toepassing(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Voor de afwezigheid gelden de grenzen van de blauwe kaart: 12 maanden aaneen, 18 in totaal"
    )
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.124",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
    )
    documentation = (
        "For every Blue Card holder (`blauwe_kaart_regels_van_toepassing`): Vb 2000 art. 3.124 "
        "lid 2 onder d, in every text from 2011 and after Stb. 2024, 150, allows 'als houder van "
        "een Europese blauwe kaart' twelve consecutive and eighteen months in total outside the "
        "Netherlands, whether or not residence elsewhere is cumulated. Under the variant "
        "`interpretatie_blauwe_kaart_afwezigheid_alleen_bij_cumulatie` (the directives' own "
        "scope, Directive (EU) 2021/1883 art. 18(2)(a) and (3)) only where Blue Card cumulation "
        "applies (`blauwe_kaart_cumulatie_van_toepassing`)."
    )

    def formula_2013_01_01(persoon, period, parameters):
        alleen_bij_cumulatie = parameters(
            period
        ).verblijf.eu_langdurig_ingezetene.blauwe_kaart_afwezigheid_alleen_bij_cumulatie
        return np.where(
            alleen_bij_cumulatie,
            persoon("blauwe_kaart_cumulatie_van_toepassing", period),
            persoon("blauwe_kaart_regels_van_toepassing", period),
        )
