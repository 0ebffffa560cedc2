from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class erkend_referent_weigeringsgrond(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "Weigeringsgrond voor de erkenning als referent: te veel boetes (art. 2e Vw 2000)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=2e",)
    documentation = (
        "Three or more fines in the past four years make the reliability of the sponsor "
        "insufficient (art. 2e(1)(c) Vw 2000). Encoded from the start of the recognised-sponsor "
        "regime on 1 June 2013."
    )

    def formula_2013_06_01(werkgever, period, parameters):
        grens = parameters(period).kennismigrant.erkend_referent.weigering_aantal_boetes
        return werkgever("boetes_afgelopen_vier_jaar", period) >= grens
