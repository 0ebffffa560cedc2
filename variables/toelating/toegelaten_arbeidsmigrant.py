from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class toegelaten_arbeidsmigrant(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Mag op de datum in Nederland werken langs een toelatingsroute voor arbeidsmigranten"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=3",
    )
    documentation = (
        "True when the person's toelatingsroute is one of the routes in "
        "`toelating.toegelaten_routes` on the date: a TWV or GVVA, a BuWav exemption, the "
        "knowledge-migrant scheme or the EU Blue Card. Free movement and a permit with free "
        "access to work are not admissions for labour (see the parameter's documentation)."
    )

    def formula(persoon, period, parameters):
        routes = parameters(period).toelating.toegelaten_routes
        return lid_van(persoon("toelatingsroute", period), routes)
