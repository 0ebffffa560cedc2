import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class seizoensarbeid_resterende_weken(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Weken seizoenarbeid die binnen het maximum van 24 weken (Wav art. 11) resteren"
    unit = "week"
    reference = (
        "https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",
        "https://ind.nl/en/residence-permits/work/residence-permit-for-seasonal-work",
    )
    documentation = (
        "For work in the TWV category seizoensarbeid: the 24 weeks of Wav art. 11 (lid 3, from "
        "2014 lid 2) for one TWV. Where `wav.geldigheid.seizoensarbeid_24_weken_per_52` is true "
        "(the interpretation variant `interpretatie_seizoensarbeid_24_weken_per_52`, from 30 "
        "September 2016): 24 minus `weken_seizoensarbeid_afgelopen_52_weken`, at least 0. 0 for "
        "every other category."
    )

    def formula_2004_01_01(persoon, period, parameters):
        geldigheid = parameters(period).wav.geldigheid
        maximum = geldigheid.twv_maximale_duur_seizoensarbeid_weken
        gewerkt = persoon("weken_seizoensarbeid_afgelopen_52_weken", period)
        resterend = np.where(
            geldigheid.seizoensarbeid_24_weken_per_52, np.maximum(maximum - gewerkt, 0), maximum
        )
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        return np.where(seizoen, resterend, 0)
