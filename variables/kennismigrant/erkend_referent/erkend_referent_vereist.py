import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.landen import land_tabel


class erkend_referent_vereist(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De werkgever van de kennismigrant moet erkend referent zijn"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30a",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:21980D0001(01)",
    )
    documentation = (
        "True, except for the nationalities in "
        "kennismigrant.erkend_referent.niet_vereist_nationaliteiten: a Turkish national, to whom "
        "the standstill clauses of the EEC-Turkey association law (Additional Protocol art. 41(1), "
        "Decision 1/80 art. 13) forbid applying the sponsor condition introduced after them."
    )

    def formula_2004_10_01(persoon, period, parameters):
        vrijgesteld = parameters(period).kennismigrant.erkend_referent.niet_vereist_nationaliteiten
        return ~land_tabel(vrijgesteld)[np.asarray(persoon("nationaliteit", period))]
