from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class tijdelijk_werk_wachttijd_voldaan(Variabele):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = (
        "De vreemdeling had in de wachttijd voor de TWV voor tijdelijk werk geen voor arbeid "
        "geldige verblijfsvergunning"
    )
    reference = (
        "https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",
        "https://wetten.overheid.nl/BWBR0007149/2013-06-01#Artikel11",
        "https://wetten.overheid.nl/BWBR0007149/2002-01-01#Artikel11",
    )
    documentation = (
        "Wav art. 11 (lid 3 until 2013, lid 2 from 2014): a TWV for temporary work (the category "
        "seizoensarbeid) is not granted to a person who held a work-valid residence permit for a "
        "fixed period in the weeks directly before it: 28 weeks until 31 May 2013, 14 from 1 June "
        "2013 (`tijdelijk_werk_wachttijd_weken`), counted by "
        "`weken_sinds_verblijfsvergunning_arbeid`. True for every other category."
    )

    def formula_2004_01_01(persoon, period, parameters):
        wachttijd = parameters(period).wav.geldigheid.tijdelijk_werk_wachttijd_weken
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        return ~seizoen | (persoon("weken_sinds_verblijfsvergunning_arbeid", period) >= wachttijd)
