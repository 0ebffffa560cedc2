from openfisca_core.periods import instant
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.hervorming import INTERPRETATIE

PARAMETER = ("wav", "geldigheid", "seizoensarbeid_24_weken_per_52")
# The transposition deadline of Directive 2014/36/EU (art. 28: 30 September 2016).
OMZETTINGSTERMIJN = "2016-09-30"


def _per_52_weken(parameters):
    knoop = parameters
    for deel in PARAMETER:
        knoop = knoop.children[deel]
    knoop.update(start=instant(OMZETTINGSTERMIJN), value=True)
    return parameters


class interpretatie_seizoensarbeid_24_weken_per_52(Reform):
    """Reading: from 30 September 2016 a seasonal worker may work at most 24 weeks within any 52;
    weeks of seasonal work in the 52 weeks before count against the next permit.

    Sources for: Directive 2014/36/EU art. 14(1) (a maximum stay of five to nine months "in any
    12-month period"), transposition deadline 30 September 2016 (art. 28); the IND's page on the
    residence permit for seasonal work ("no more than 24 weeks").

    Sources against (the reading encoded as law): Wav art. 11 (lid 3, from 2014 lid 2, every text
    from 2002 to 12 June 2026) limits one TWV for temporary work to 24 weeks and asks 14 weeks
    (28 before 1 June 2013) without a work-valid permit before it; Vb 2000 art. 3.58 lid 1 onder f
    (texts of 2015 and 12 June 2024): seasonal work "ten hoogste 24 weken", not extendable. No
    Dutch text counts weeks within 52.

    An interpretation of current law, not a proposal: it sets
    `wav.geldigheid.seizoensarbeid_24_weken_per_52` to true from 30 September 2016.
    """

    name = "Interpretatie: seizoenarbeid 24 weken binnen elke 52 weken (richtlijn, IND)"
    status = INTERPRETATIE

    def apply(self):
        self.modify_parameters(_per_52_weken)
