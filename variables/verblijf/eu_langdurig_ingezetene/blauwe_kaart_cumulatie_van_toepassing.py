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
        "The applicant holds a Blue Card and has resided in the Netherlands as Blue Card holder "
        "for two years immediately before the application (Directive (EU) 2021/1883 art. 18(2); "
        "Directive 2009/50/EC art. 16 before 12 June 2024). Confidence: likely."
    )

    def formula_2013_01_01(persoon, period, parameters):
        minimum = parameters(
            period
        ).verblijf.eu_langdurig_ingezetene.blauwe_kaart_cumulatie_minimaal_maanden_in_nederland
        return persoon("blauwe_kaart_regels_van_toepassing", period) & (
            persoon("blauwe_kaart_maanden_in_nederland", period) >= minimum
        )
