from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class brede_welvaartstoets_toelaatbaar(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Brede welvaartstoets: stap 1 gehaald en het totaal haalt de drempel"
    reference = ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D00418",)
    documentation = (
        "A proposal, not law: in current law this variable decides nothing. The reform "
        "brede_welvaartstoets makes it the admission test for third-country labour migrants."
    )

    def formula_2024_09_10(persoon, period, parameters):
        drempel = parameters(period).voorstellen.brede_welvaartstoets.drempel_totaal
        return persoon("brede_welvaartstoets_stap1_voldaan", period) & (
            persoon("brede_welvaart_punten_totaal", period) >= drempel
        )
