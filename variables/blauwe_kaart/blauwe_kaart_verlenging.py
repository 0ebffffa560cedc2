from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class blauwe_kaart_verlenging(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De aanvraag is een verlenging van de geldigheidsduur van de Europese blauwe kaart"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",)
    documentation = (
        "True when the application judged on the date extends the validity of a Blue Card issued "
        "in the Netherlands (BuWav 2022 art. 2.2(6)). False without input: a first application."
    )
