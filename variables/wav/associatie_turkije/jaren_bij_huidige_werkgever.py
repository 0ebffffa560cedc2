from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class jaren_bij_huidige_werkgever(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Jaren legale arbeid bij de werkgever voor wie de arbeid wordt verricht"
    unit = "year"
    minimum = 0
    maximum = 50
    reference = (
        "https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:61995CJ0386",
    )
    documentation = (
        "The drafter's way to state the time with the current employer for the first indent of "
        "art. 6(1) Decision 1/80 (one year of legal employment with the same employer, CJEU "
        "C-386/95 Eker): in years, as a case file or a form states it. It gives "
        "`maanden_legale_arbeid_huidige_werkgever` (whole months, rounded down) unless that is "
        "given itself. From 0 to 50."
    )
