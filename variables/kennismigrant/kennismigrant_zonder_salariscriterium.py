from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class kennismigrant_zonder_salariscriterium(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Functie zonder salariscriterium: onderzoeker, arts in opleiding, gastdocent"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",)

    def formula_2004_10_01(persoon, period, parameters):
        functies = parameters(period).kennismigrant.functies_zonder_salariscriterium
        return lid_van(persoon("kennismigrant_functie", period), functies)
