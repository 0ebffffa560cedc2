from datetime import date

from openfisca_core.periods import ETERNITY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class afstudeerdatum(Invoer):
    value_type = date
    default_value = date(1900, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Datum waarop het diploma van hoger onderwijs is behaald (of het onderzoek afgerond)"
    reference = (
        "https://zoek.officielebekendmakingen.nl/stcrt-2015-46072.html",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
    )
    documentation = (
        "The date on which all conditions for the diploma were met (the IND asks for a statement "
        "of that date), or the end of the scientific research. Used to compute the three-year "
        "windows of `kennismigrant_verlaagd_criterium` and `blauwe_kaart_recent_afgestudeerd` "
        "when those are not given directly. The default 1900-01-01 means: no date known, no "
        "window."
    )
