from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class eerste_blauwe_kaart_afgestudeerdennorm(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "De blauwe kaart die wordt verlengd is verleend op het criterium voor recent afgestudeerden"
    )
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",)
    documentation = (
        "The amount of art. 2.2(1)(b) for graduates applied to the Blue Card being renewed: "
        'art. 2.2(6) says that amount "blijft ... van toepassing", which presupposes that it '
        "applied. False without input."
    )
