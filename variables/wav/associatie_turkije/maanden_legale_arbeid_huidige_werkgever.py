from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class maanden_legale_arbeid_huidige_werkgever(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden legale arbeid bij de werkgever voor wie de arbeid wordt verricht"
    unit = "month"
    minimum = 0
    maximum = 600
    reference = (
        "https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:61995CJ0386",
    )
    documentation = (
        "The part of `maanden_legale_arbeid` spent with the employer of the work in question; 0 "
        "when the work is for a new employer. The first indent of art. 6(1) requires one year "
        "of continuous legal employment with the same employer (CJEU C-386/95 Eker). From 0 to "
        "600 (50 years)."
    )
