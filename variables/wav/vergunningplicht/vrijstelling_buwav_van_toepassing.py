from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.entities import Persoon
from openfisca_arbeidsmigratie.enums import VrijstellingBuwav


class vrijstelling_buwav_van_toepassing(Variable):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Een vrijstelling van de TWV-plicht uit het Besluit uitvoering Wav is van toepassing"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=3.1",
    )
    documentation = (
        "The conditions of each exemption beyond its category (a Nuffic internship agreement, a "
        "recognised research institution) are taken as met when the category is given."
    )

    def formula(persoon, period, parameters):
        return persoon("vrijstelling_buwav", period) != VrijstellingBuwav.geen
