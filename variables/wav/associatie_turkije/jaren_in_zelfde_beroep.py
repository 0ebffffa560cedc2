from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class jaren_in_zelfde_beroep(Invoer):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Jaren legale arbeid in het beroep van deze arbeid"
    unit = "year"
    minimum = 0
    maximum = 50
    reference = ("https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",)
    documentation = (
        "The drafter's way to state the occupation for the second indent of art. 6(1) Decision "
        "1/80: after three years of legal employment a Turkish worker may respond to an offer "
        "'for the same occupation' from another employer. Interpretation: the three years are "
        "those of all legal employment (`maanden_legale_arbeid`), not only in the occupation "
        "(the indent says 'after three years of legal employment'); the offer is for the same "
        "occupation when the worker has legally worked in it, so any time above 0 makes "
        "`arbeid_in_zelfde_beroep` true unless that is given itself. From 0 to 50."
    )
