from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class arbeid_in_zelfde_beroep(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De arbeid is in hetzelfde beroep als de legale arbeid tot nu toe"
    reference = ("https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",)
    documentation = (
        "The second indent of art. 6(1) Decision 1/80 lets a Turkish worker with three years of "
        "legal employment respond to an offer in the same occupation from another employer. "
        "Given directly, or true when `jaren_in_zelfde_beroep` is above 0 (see there); "
        "default false: the case must state that the occupation is the same."
    )

    def formula(persoon, period, parameters):
        return persoon("jaren_in_zelfde_beroep", period) > 0
