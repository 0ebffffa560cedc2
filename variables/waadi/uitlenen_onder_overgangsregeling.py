from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class uitlenen_onder_overgangsregeling(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener mag onder de overgangsregeling uitlenen tot de beslissing op zijn aanvraag"
    reference = (
        "https://www.toelatinguitleenmarkt.nl/",
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12n",
    )
    documentation = (
        "A lender registered for the transitional scheme between 1 November and 31 December 2026 "
        "(`geregistreerd_overgangsregeling`) may keep lending until the NAU decides on its "
        "application (`aanvraag_toelating_in_behandeling`), also after enforcement starts on "
        "1 January 2028 (NAU, toelatinguitleenmarkt.nl, consulted through two repositories in "
        "October 2026; the transitional provision itself was not read: likely). After a refusal "
        "the four weeks of art. 12n(1)-(2), in which only workers already lent may stay, are not "
        "modelled."
    )

    def formula(werkgever, period, parameters):
        return werkgever("geregistreerd_overgangsregeling", period) & werkgever(
            "aanvraag_toelating_in_behandeling", period
        )
