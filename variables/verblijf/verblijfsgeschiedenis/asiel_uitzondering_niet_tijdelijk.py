from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class asiel_uitzondering_niet_tijdelijk(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Verblijf op een vergunning asiel bepaalde tijd geldt als niet-tijdelijk (uitzondering IND)"
    )
    reference = ("https://ind.nl/Paginas/Tijdelijke-en-niet-tijdelijke-verblijfsdoelen.aspx",)
    documentation = (
        "The IND's exceptions to 'asylum for a fixed period is temporary': a minor holding that "
        "permit whose co-naturalisation with a parent was requested; an adult stateless holder; a "
        "family member who joined (nareiziger) a holder of a permanent asylum permit or a Dutch "
        "national. Only read when the purpose at the application is `asiel`."
    )
