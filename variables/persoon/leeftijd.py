import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer, weiger_buiten_bereik


class leeftijd(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Leeftijd in volle jaren op de datum"
    unit = "year"
    minimum = 0
    maximum = 130
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=9",)
    documentation = (
        "Age in completed years on the decision date (the application date). Given directly, or "
        "computed from `geboortedatum`: a birthday counts from the day itself. A date of birth "
        "after the decision date, or more than 130 years before it, is refused (there is no age "
        "to decide on), never turned into a negative or impossible age."
    )

    def formula(persoon, period, parameters):
        geboren = persoon("geboortedatum", period)
        jaar = geboren.astype("datetime64[Y]").astype(int) + 1970
        maand = geboren.astype("datetime64[M]").astype(int) % 12 + 1
        dag = (geboren - geboren.astype("datetime64[M]")).astype(int) + 1
        datum = period.start
        nog_niet_jarig = (maand > datum.month) | ((maand == datum.month) & (dag > datum.day))
        leeftijd = datum.year - jaar - np.where(nog_niet_jarig, 1, 0)
        return weiger_buiten_bereik(
            persoon, "leeftijd", leeftijd, "geboortedatum", geboren, period.start
        )
