from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class terugtrekkingsakkoord_verblijfsrecht(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Heeft verblijfsrecht onder het terugtrekkingsakkoord met het Verenigd Koninkrijk"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12020W/TXT",)
    documentation = (
        "True for a UK national who lived in the Netherlands before 1 January 2021 and holds (or "
        "applied in time for) a residence document under art. 18 of the withdrawal agreement."
    )
