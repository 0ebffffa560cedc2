from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class seizoensarbeid_binnen_maximum(Variabele):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = "Seizoenarbeid blijft binnen de grenzen van art. 11 Wav"
    reference = (
        "https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",
        "https://wetten.overheid.nl/BWBR0011825/2024-06-12#Artikel3.58",
    )
    documentation = (
        "For seasonal work (temporary work in the sense of Wav art. 11): the waiting period "
        "without a work-valid residence permit is met (`tijdelijk_werk_wachttijd_voldaan`). Under "
        "the variant `interpretatie_seizoensarbeid_24_weken_per_52` (24 weeks within any 52 from "
        "30 September 2016, Directive 2014/36/EU art. 14 as the IND describes it) also weeks must "
        "be left (`seizoensarbeid_resterende_weken` above 0). Otherwise no TWV or GVVA for "
        "seasonal work can be granted. True for every other category."
    )

    def formula_2004_01_01(persoon, period, parameters):
        per_52 = parameters(period).wav.geldigheid.seizoensarbeid_24_weken_per_52
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        weken_over = persoon("seizoensarbeid_resterende_weken", period) > 0
        binnen = ~(per_52 & seizoen) | weken_over
        return binnen & persoon("tijdelijk_werk_wachttijd_voldaan", period)
