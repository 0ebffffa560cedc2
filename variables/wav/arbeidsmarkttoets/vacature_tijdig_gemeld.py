from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class vacature_tijdig_gemeld(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De vacature is ten minste vijf weken voor de aanvraag bij UWV gemeld"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",)

    def formula(persoon, period, parameters):
        termijn = parameters(period).wav.arbeidsmarkttoets.meldingstermijn_weken
        return persoon("vacature_gemeld_weken", period) >= termijn
