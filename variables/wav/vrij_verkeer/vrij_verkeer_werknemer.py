import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.landen import land_tabel, vrij_verkeer_tabel


class vrij_verkeer_werknemer(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Heeft als werknemer vrije toegang tot de Nederlandse arbeidsmarkt (vrij verkeer)"
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:12016E045",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2",
    )
    documentation = (
        "Dutch nationals and nationals of the EU, the EEA and Switzerland, each from the date "
        "their group had free movement of workers in the Netherlands (the Dutch transitional "
        "restrictions on new member states are the dated false values), and UK nationals with "
        "residence rights under the withdrawal agreement."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wav
        land = np.asarray(persoon("nationaliteit", period))
        vrij = vrij_verkeer_tabel(p.vrij_verkeer)[land]
        akkoord_landen = p.terugtrekkingsakkoord if "terugtrekkingsakkoord" in p else None
        akkoord = land_tabel(akkoord_landen)[land]
        return vrij | (akkoord & persoon("terugtrekkingsakkoord_verblijfsrecht", period))
