from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.invoer import Variabele


class arbeid_vrij_na_verblijf_met_arbeid(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Aantekening arbeid vrij toegestaan: ononderbroken vijf jaar (voor 2014 drie jaar) een "
        "voor arbeid geldige verblijfsvergunning gehad (art. 4, tweede lid, onder b, Wav)"
    )
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=4",
        "https://zoek.officielebekendmakingen.nl/stb-2013-499.html",
    )
    documentation = (
        "The person holds a residence permit now (lawful residence in the month before the date) "
        "and `verblijf_met_arbeid_maanden` reaches "
        "`wav.vergunningplicht.verblijf_met_arbeid.vereiste_maanden`: five years from 1 January "
        "2014 (Stb. 2013, 499), three years before. The endorsement is then given whatever the "
        "current permit's purpose."
    )

    def formula_2004_01_01(persoon, period, parameters):
        vereist = parameters(period).wav.vergunningplicht.verblijf_met_arbeid.vereiste_maanden
        return (persoon("huidig_verblijfsdoel", period) != Verblijfsdoel.geen) & (
            persoon("verblijf_met_arbeid_maanden", period) >= vereist
        )
