from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class uitlener_voldoet_aan_eisen_voorlopige_toelating(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De aanvrager voldoet aan de eisen voor een voorlopige toelating (waarborgsom, VOG)"
    reference = (
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12j",
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12o",
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12p",
    )
    documentation = (
        "Waadi art. 12j(1): financial security of EUR 50,000 (art. 12p(2)), a certificate of "
        "conduct (art. 12o(1)), no lending in the twelve months before the application "
        "(`uitgeleend_afgelopen_twaalf_maanden`), and no earlier provisional admission (granted "
        "once, art. 12i(2)). The entry in the trade register (art. 12j(1)(a)) is taken as met. "
        "Whether the NAU granted it is the input `voorlopige_toelating_uitlener`. False before "
        "1 January 2027."
    )

    def formula_2027_01_01(werkgever, period, parameters):
        p = parameters(period).waadi.toelating
        return (
            (werkgever("waarborgsom_gesteld", period) >= p.waarborgsom_voorlopige_toelating)
            & (werkgever("vog_uitlener", period) | (not p.vog_vereist))
            & ~werkgever("uitgeleend_afgelopen_twaalf_maanden", period)
            & ~werkgever("eerder_voorlopige_toelating", period)
        )
