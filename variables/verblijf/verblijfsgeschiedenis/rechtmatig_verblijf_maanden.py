from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import nationale_telling


class rechtmatig_verblijf_maanden(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden ononderbroken rechtmatig verblijf direct voor de maand van de aanvraag"
    unit = "month"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.75",)
    documentation = (
        "Every lawful month counts, whatever the purpose, back to the last month without lawful "
        "residence or the last time the main residence moved abroad (more than six consecutive "
        "months outside the Netherlands). Looked at up to the ten years of the means rule."
    )

    def formula_2013_01_01(persoon, period, parameters):
        alle, _ = nationale_telling(persoon, period, parameters)
        return alle.astype(int)
