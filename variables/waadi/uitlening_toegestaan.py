from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class uitlening_toegestaan(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De terbeschikkingstelling van de persoon is toegestaan onder de Wtta"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12i",
    )
    documentation = (
        "True for a person who is not lent; before 1 January 2027 (no admission duty yet); for "
        "lending within a group; and for lending by a lender with a valid admission "
        "(`toelating_uitlener_geldig`) or provisional admission (`voorlopige_toelating_geldig`, "
        "Waadi art. 12i), with the exemption of art. 12e (`ontheffing_uitlener`), or registered "
        "for the transitional scheme and awaiting the decision "
        "(`uitlenen_onder_overgangsregeling`). From 1 January 2027 lending by a lender without "
        "admission is unlawful, although fines follow only from 1 January 2028 "
        "(`inlener_beboetbaar_wtta`). The question is separate from the work permit: an unlawful "
        "lending does not change `twv_vereist` or `toelatingsroute`."
    )

    def formula(persoon, period, parameters):
        toelatingsplicht = bool(parameters(period).waadi.toelating.toelatingsplicht)
        uitgezonderd = (
            persoon.werkgever("uitlening_binnen_concern", period)
            | persoon.werkgever("toelating_uitlener_geldig", period)
            | persoon.werkgever("voorlopige_toelating_geldig", period)
            | persoon.werkgever("ontheffing_uitlener", period)
            | persoon.werkgever("uitlenen_onder_overgangsregeling", period)
        )
        return ~persoon("ter_beschikking_gesteld", period) | (not toelatingsplicht) | uitgezonderd
