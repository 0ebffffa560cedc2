from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class maanden_legale_arbeid(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden legale arbeid in Nederland (art. 6 Besluit nr. 1/80)"
    unit = "month"
    minimum = 0
    maximum = 600
    reference = ("https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",)
    documentation = (
        "Months of legal employment in the Netherlands up to the date, as art. 6 of Decision 1/80 "
        "counts them: employment on a secure right of residence and with the permits required; "
        "annual leave, maternity, accidents at work and short illness count (art. 6(2)); "
        "involuntary unemployment and long illness do not. From 0 to 600 (50 years)."
    )
