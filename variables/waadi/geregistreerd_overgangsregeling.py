from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Invoer


class geregistreerd_overgangsregeling(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener heeft zich tijdig geregistreerd voor de overgangsregeling (Wtta)"
    reference = ("https://www.toelatinguitleenmarkt.nl/",)
    documentation = (
        "Registered with the NAU for the transitional scheme between 1 November and 31 December "
        "2026 (NAU, toelatinguitleenmarkt.nl; the transitional provision itself was not read). "
        "False without input."
    )
