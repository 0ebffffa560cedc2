from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class recent_afgestudeerd(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Komt in aanmerking voor het verlaagd salariscriterium (recent afgestudeerd)"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://zoek.officielebekendmakingen.nl/stb-2024-150.html",
    )
    documentation = (
        "Knowledge migrants: the application follows within three years of a Dutch bachelor's "
        "degree or higher, a master's or PhD at a top-200 university abroad, or the end of "
        "scientific research, or directly after a search year (zoekjaar hoogopgeleiden). Blue "
        "Card (from 12 June 2024): a higher-education diploma not older than three years. One "
        "input serves both: the case states whether the person qualifies; the window is a fact of "
        "the case, not a lasting attribute of the person."
    )
