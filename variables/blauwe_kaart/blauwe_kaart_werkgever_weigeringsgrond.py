from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_werkgever_weigeringsgrond(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Weigeringsgrond blauwe kaart: werkgever gesanctioneerd wegens illegale tewerkstelling"
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32009L0050",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
    )
    documentation = (
        "Directive 2009/50/EC art. 8(5), Directive (EU) 2021/1883 art. 7(2)(d): a member state "
        "may refuse a Blue Card when the employer was sanctioned for illegal employment. True only "
        "when the Netherlands applies the ground on the date (blauwe_kaart."
        "weigering_gesanctioneerde_werkgever, not applied in current law as far as found) and the "
        "employer was sanctioned."
    )

    def formula_2011_06_19(persoon, period, parameters):
        toegepast = parameters(period).blauwe_kaart.weigering_gesanctioneerde_werkgever
        return toegepast & persoon.werkgever(
            "werkgever_gesanctioneerd_illegale_tewerkstelling", period
        )
