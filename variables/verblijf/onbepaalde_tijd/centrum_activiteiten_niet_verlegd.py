from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class centrum_activiteiten_niet_verlegd(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "De vreemdeling maakt aannemelijk dat het centrum van zijn activiteiten niet naar het "
        "buitenland is verlegd"
    )
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://wetten.overheid.nl/BWBR0012289",
    )
    documentation = (
        "The rebuttal of Vc 2000 B1/6.2.1 onder c: more than four consecutive months abroad for "
        "the third year running moves the main residence abroad 'tenzij hij aannemelijk maakt dat "
        "het centrum van zijn activiteiten niet naar het buitenland is verlegd'. Default false: "
        "without it the presumption stands."
    )
