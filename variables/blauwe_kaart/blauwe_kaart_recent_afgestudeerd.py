from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer
from openfisca_arbeidsmigratie.model.termijnen import binnen_jaren_na


class blauwe_kaart_recent_afgestudeerd(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Diploma van hoger onderwijs behaald ten hoogste drie jaar voor de aanvraag (blauwe kaart)"
    )
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
        "https://zoek.officielebekendmakingen.nl/stb-2024-150.html",
    )
    documentation = (
        "Directive (EU) 2021/1883 art. 5(5): the lower Blue Card threshold for a higher-education "
        "qualification obtained not more than three years before the application, from 12 June "
        "2024. Any higher-education diploma counts (no Dutch or top-200 condition, unlike "
        "`kennismigrant_verlaagd_criterium`). Given directly, or computed from "
        "`hoger_onderwijs_diploma` and `afstudeerdatum` (the date and the third anniversary "
        "included)."
    )

    def formula_2024_06_12(persoon, period, parameters):
        termijn = parameters(period).blauwe_kaart.recent_afgestudeerd_termijn_jaren
        afgestudeerd = persoon("afstudeerdatum", period)
        return persoon("hoger_onderwijs_diploma", period) & binnen_jaren_na(
            period.start, afgestudeerd, termijn
        )
