from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class bewijs_salarisbetaling_bewaard(Invoer):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = "De referent bewaart het bewijs dat het salaris giraal aan de persoon is betaald"
    reference = (
        "https://pirgroup.nl/update-administrative-duty-for-recognized-sponsors-expanded-2",
    )
    documentation = (
        "Proof, such as a bank statement of the business account, that the salary was credited "
        "to an account in the person's name. Default true: a sponsor is taken to keep its "
        "records unless the case says otherwise."
    )
