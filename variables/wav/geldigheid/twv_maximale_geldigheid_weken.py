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
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",
        "https://zoek.officielebekendmakingen.nl/stb-2017-282.html",
    )
    documentation = (
        "24 weeks within any 52 weeks for a TWV or GVVA for seasonal work that can be granted "
        "(Directive 2014/36/EU art. 14; IND), from 30 September 2016; 0 for every other case, "
        "whose maximum is in months (`twv_maximale_geldigheid_maanden`). Kept in weeks so that the "
        "answer is exact."
    )

    def formula_2016_09_30(persoon, period, parameters):
        weken = parameters(period).wav.geldigheid.twv_maximale_duur_seizoensarbeid_weken
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        return np.where(persoon("twv_toekenbaar", period) & seizoen, weken, 0)
