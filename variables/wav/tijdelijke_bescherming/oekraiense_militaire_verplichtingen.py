from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class oekraiense_militaire_verplichtingen(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De persoon valt onder Oekraiense militaire verplichtingen"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32026D1912",)
    documentation = (
        "Whether Ukrainian law subjects the person to military obligations (registration, "
        "mobilisation). A question of Ukrainian law the model does not decide, so an input; "
        "false without input."
    )
