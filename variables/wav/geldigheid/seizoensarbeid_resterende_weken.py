import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class seizoensarbeid_resterende_weken(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Weken seizoenarbeid die binnen het maximum (24, vanaf 2016 per 52 weken) resteren"
    unit = "week"
    reference = (
        "https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",
        "https://ind.nl/en/residence-permits/work/residence-permit-for-seasonal-work",
    )
    documentation = (
        "For work in the TWV category seizoensarbeid: from 2004 the 24 weeks of Wav art. 11 "
        "(lid 3, from 2014 lid 2) for one TWV; from 30 September 2016 the maximum of 24 weeks "
        "within any 52 minus `weken_seizoensarbeid_afgelopen_52_weken`, at least 0 (Directive "
        "2014/36/EU art. 14, as the IND applies it). 0 for every other category."
    )

    def formula_2004_01_01(persoon, period, parameters):
        maximum = parameters(period).wav.geldigheid.twv_maximale_duur_seizoensarbeid_weken
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        return np.where(seizoen, maximum, 0)

    def formula_2016_09_30(persoon, period, parameters):
        maximum = parameters(period).wav.geldigheid.twv_maximale_duur_seizoensarbeid_weken
        gewerkt = persoon("weken_seizoensarbeid_afgelopen_52_weken", period)
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        return np.where(seizoen, np.maximum(maximum - gewerkt, 0), 0)
