import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.termijnen import leeftijd_op, volle_maanden_sinds


class maanden_sinds_meetellende_leeftijd(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Volle maanden sinds de leeftijd vanaf welke verblijf meetelt (acht jaar)"
    unit = "month"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",)
    documentation = (
        "Vw 2000 art. 21 lid 5: residence before the age of eight is left out of the five years "
        "(and of the ten years of lid 2); the months before the application month count only as "
        "far back as this number. From `geboortedatum` when it gives the person's `leeftijd`: "
        "completed calendar months since the eighth birthday (the month of the birthday counts "
        "when the application falls on or after that day of the month). When only `leeftijd` is "
        "given: 12 x (age - 8), the months surely after the birthday; this decides the five and "
        "ten years exactly (at 12 fewer than 60 months have passed, at 13 at least 60). "
        "Negative before the eighth birthday: minus the months still to go (whole months from "
        "`geboortedatum`; 12 x (8 - age) from `leeftijd` alone), which "
        "`maanden_tot_verblijfsduur_vervuld` adds to the months to wait."
    )

    def formula_2013_01_01(persoon, period, parameters):
        vanaf = parameters(period).verblijf.onbepaalde_tijd.verblijf_telt_vanaf_leeftijd
        geboren = persoon("geboortedatum", period)
        leeftijd = persoon("leeftijd", period)
        datum = period.start
        uit_geboortedatum = leeftijd_op(datum, geboren) == leeftijd
        return np.where(
            uit_geboortedatum,
            volle_maanden_sinds(datum, geboren) - 12 * vanaf,
            12 * (leeftijd - vanaf),
        )
