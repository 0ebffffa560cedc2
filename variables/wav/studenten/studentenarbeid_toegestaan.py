import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import StudentenarbeidKeuze, Verblijfsvergunning
from openfisca_arbeidsmigratie.model.invoer import Variabele


class studentenarbeid_toegestaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De arbeid past binnen de grenzen voor studenten (uren per week of zomermaanden)"
    reference = (
        "https://wetten.overheid.nl/BWBR0046054",
        "https://www.nuffic.nl/actueel/internationale-student-mag-meer-uren-werken/",
    )
    documentation = (
        "For a holder of a study permit: either at most the weekly maximum (10 hours, 16 from "
        "23 May 2018) all year, or full-time on a date in June, July or August; not both, and "
        "hours cannot be averaged over weeks. True for anyone without a study permit."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wav.studenten
        uren_binnen_maximum = persoon("arbeidsuren_per_week", period) <= p.max_arbeidsuren_per_week
        zomer = period.start.month in p.zomermaanden
        keuze = persoon("studentenarbeid_keuze", period)
        binnen_keuze = np.where(
            keuze == StudentenarbeidKeuze.zomermaanden, zomer, uren_binnen_maximum
        )
        return (persoon("verblijfsvergunning", period) != Verblijfsvergunning.studie) | binnen_keuze
