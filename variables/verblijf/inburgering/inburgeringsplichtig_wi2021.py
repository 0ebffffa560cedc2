from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class inburgeringsplichtig_wi2021(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Werd op of na 1 januari 2022 inburgeringsplichtig (Wet inburgering 2021)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0044770&artikel=3",)
    documentation = (
        "Holders of a permit for a temporary purpose, such as knowledge migrants, are not "
        "integration-obliged; they apply voluntarily and keep the 2013 level."
    )
