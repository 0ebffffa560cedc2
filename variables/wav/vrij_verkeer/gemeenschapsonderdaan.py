import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.landen import land_tabel


class gemeenschapsonderdaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Onderdaan van een lidstaat van de EU, een EER-staat of Zwitserland"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=1",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12016E020",
    )
    documentation = (
        "A citizen of the Union (TFEU art. 20(1)) or a national of an EEA state or Switzerland, "
        "from the date the state joined, whether or not a Dutch transitional regime still "
        "restricted free movement of workers (a Pole in 2006 or a Croatian in 2015 is one). The "
        "groups of wav.vrij_verkeer give the states and their dates; UK nationals until 31 "
        "December 2020. Family members, who are gemeenschapsonderdanen under Vw 2000 art. 1, are "
        "not modelled."
    )

    def formula(persoon, period, parameters):
        groepen = parameters(period).wav.vrij_verkeer
        tabel = np.zeros_like(land_tabel(None))
        for naam in groepen:
            if "landen" in groepen[naam]:
                tabel |= land_tabel(groepen[naam].landen)
        return tabel[np.asarray(persoon("nationaliteit", period))]
