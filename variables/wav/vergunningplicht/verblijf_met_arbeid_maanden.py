from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import verblijf_met_arbeid_telling


class verblijf_met_arbeid_maanden(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = (
        "Langste ononderbroken tijdvak met een voor arbeid geldige verblijfsvergunning voor "
        "bepaalde tijd, sinds het hoofdverblijf laatst buiten Nederland was"
    )
    unit = "month"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=4",
        "https://zoek.officielebekendmakingen.nl/stb-2013-499.html",
    )
    documentation = (
        "From the monthly history (`verblijfsdoel`, `buiten_nederland`) before the month of the "
        "date: the longest run of consecutive months whose purpose is in "
        "`wav.vergunningplicht.verblijf_met_arbeid.verblijfsdoelen`, after the last time the main "
        "residence moved abroad (more than six consecutive months outside the Netherlands). The "
        "run need not end now: art. 4(2)(b) asks that the period was completed and that the main "
        "residence did not move abroad since."
    )

    def formula_2004_01_01(persoon, period, parameters):
        return verblijf_met_arbeid_telling(persoon, period, parameters)
