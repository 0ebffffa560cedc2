import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import MAANDEN_PER_JAAR
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer

# Years are stored as float32: 1.1 years is 13.199999 months; half a day absorbs that, not more.
HALVE_DAG_IN_MAANDEN = 1 / 60


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
        "600 (50 years). Given directly, or computed from `jaren_bij_huidige_werkgever` (whole "
        "months, rounded down)."
    )

    def formula(persoon, period):
        jaren = persoon("jaren_bij_huidige_werkgever", period)
        return np.floor(jaren * MAANDEN_PER_JAAR + HALVE_DAG_IN_MAANDEN)
