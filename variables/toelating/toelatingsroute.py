import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.entities import Persoon
from openfisca_arbeidsmigratie.enums import Toelatingsroute


class toelatingsroute(Variable):
    value_type = Enum
    possible_values = Toelatingsroute
    default_value = Toelatingsroute.geen
    entity = Persoon
    definition_period = DAY
    label = "Route waarlangs de persoon op de datum in Nederland mag werken"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2",)
    documentation = (
        "The first route that applies, in the order of the law: free movement, a permit with free "
        "access, a BuWav exemption, a TWV or GVVA that can be granted; otherwise `geen`."
    )

    def formula(persoon, period, parameters):
        return np.select(
            [
                persoon("vrij_verkeer_werknemer", period),
                persoon("arbeid_vrij_toegestaan", period),
                persoon("vrijstelling_buwav_van_toepassing", period),
                persoon("twv_toekenbaar", period),
            ],
            [
                Toelatingsroute.vrij_verkeer.index,
                Toelatingsroute.arbeid_vrij_toegestaan.index,
                Toelatingsroute.vrijgesteld.index,
                Toelatingsroute.twv.index,
            ],
            default=Toelatingsroute.geen.index,
        )
