from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_cumulatie_van_toepassing(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Verblijf als houder van een blauwe kaart in een andere lidstaat telt mee"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)
    documentation = (
        "The applicant holds a Blue Card, came under the mobility rules after at least twelve "
        "uninterrupted months as Blue Card holder in another member state (eighteen before 12 June "
        "2024), and has resided in the Netherlands as Blue Card holder for two years immediately "
        "before the application (Directive (EU) 2021/1883 art. 18(2) and 21(1); Directive "
        "2009/50/EC art. 16 and 18(1) before). Only then do the months elsewhere count and the "
        "longer absence limits of the Blue Card directive apply. Confidence: likely."
    )

    def formula_2013_01_01(persoon, period, parameters):
        eu = parameters(period).verblijf.eu_langdurig_ingezetene
        return (
            persoon("blauwe_kaart_regels_van_toepassing", period)
            & (
                persoon("maanden_blauwe_kaart_andere_lidstaat", period)
                >= eu.blauwe_kaart_cumulatie_minimaal_maanden_andere_lidstaat
            )
            & (
                persoon("blauwe_kaart_maanden_in_nederland", period)
                >= eu.blauwe_kaart_cumulatie_minimaal_maanden_in_nederland
            )
        )
