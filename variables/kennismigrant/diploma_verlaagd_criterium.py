from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import DiplomaVerlaagdCriterium
from openfisca_arbeidsmigratie.model.invoer import Invoer


class diploma_verlaagd_criterium(Invoer):
    value_type = Enum
    possible_values = DiplomaVerlaagdCriterium
    default_value = DiplomaVerlaagdCriterium.geen
    entity = Persoon
    definition_period = DAY
    label = "Soort diploma dat voor het verlaagd salariscriterium kan tellen"
    reference = ("https://zoek.officielebekendmakingen.nl/stcrt-2015-46072.html",)
    documentation = (
        "A Dutch bachelor's degree or higher, a master's or PhD at a foreign university in the top "
        "200 of a general ranking, or the end of scientific research; its date is `afstudeerdatum`."
    )
