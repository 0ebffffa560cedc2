from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class weken_seizoensarbeid_afgelopen_52_weken(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Weken seizoenarbeid in Nederland in de 52 weken voor de aanvraag"
    unit = "week"
    minimum = 0
    maximum = 52
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",)
    documentation = (
        "Weeks of seasonal work already done in the Netherlands within the 52 weeks before the "
        "start of the work applied for; 0 without input. They count against the 24 weeks in any "
        "52 (Directive 2014/36/EU art. 14(1)). From 0 to 52: the weeks lie within 52 weeks."
    )
