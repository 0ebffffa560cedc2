from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class melding_uwv_gedaan(Invoer):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = "De werkgever heeft de arbeid tijdig (twee werkdagen voor aanvang) bij UWV gemeld"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2a",
        "https://zoek.officielebekendmakingen.nl/stcrt-2022-8954.html",
        "https://www.nlarbeidsinspectie.nl/onderwerpen/oekrainers-en-toegang-tot-de-arbeidsmarkt",
    )
    documentation = (
        "The report the employer of a person with temporary protection makes to UWV at least two "
        "working days before the work starts (an earlier TWV application counts as a report). "
        "Default true: a case is taken as reported unless it says otherwise."
    )
