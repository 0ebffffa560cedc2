from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class verblijfsdocument_geldig(Invoer):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = "De vreemdeling heeft een geldig verblijfsdocument of vraagt het tegelijk aan (GVVA)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)
    documentation = (
        "Art. 8(1) Wav: the TWV is refused when the foreign national has no valid residence "
        "document. In the combined procedure (GVVA) the residence permit is applied for together "
        "with the work authorisation, so the default is true; set false for a person staying "
        "unlawfully."
    )
