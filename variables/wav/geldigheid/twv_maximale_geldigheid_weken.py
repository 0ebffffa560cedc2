import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class twv_maximale_geldigheid_weken(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maximale duur van de tewerkstellingsvergunning voor seizoenarbeid, in weken"
    unit = "week"
    reference = (
        "https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",
        "https://zoek.officielebekendmakingen.nl/stb-2017-282.html",
    )
    documentation = (
        "For a TWV or GVVA for seasonal work that can be granted: the 24 weeks of Wav art. 11 "
        "(temporary work; lid 3 until 2013, lid 2 from 2014), from 30 September 2016 the weeks "
        "left of the 24 within any 52 (Directive 2014/36/EU art. 14; IND), i.e. "
        "`seizoensarbeid_resterende_weken`; 0 for every other case, whose maximum is in months "
        "(`twv_maximale_geldigheid_maanden`). Kept in weeks so that the answer is exact."
    )

    def formula_2004_01_01(persoon, period, parameters):
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        weken = persoon("seizoensarbeid_resterende_weken", period)
        return np.where(persoon("twv_toekenbaar", period) & seizoen, weken, 0)
