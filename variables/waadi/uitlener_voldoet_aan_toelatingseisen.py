from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class uitlener_voldoet_aan_toelatingseisen(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De uitlener voldoet aan de eisen voor toelating (waarborgsom, VOG, normenkader)"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "A conjunction of the admission conditions (Waadi art. 12k(1)): the financial security of "
        "EUR 100,000 (art. 12p(2)), a certificate of conduct (VOG, VOG RP for a legal person; "
        "art. 12o) and compliance shown by an inspection against the standards (labour, tax and "
        "social-security law, minimum wage). Whether the NAU admitted the lender is the separate "
        "input `uitlener_toegelaten`. False before 1 January 2027: there was no admission to meet "
        "conditions for."
    )

    def formula_2027_01_01(werkgever, period, parameters):
        p = parameters(period).waadi.toelating
        return (
            (werkgever("waarborgsom_gesteld", period) >= p.waarborgsom)
            & (werkgever("vog_uitlener", period) | (not p.vog_vereist))
            & werkgever("normenkader_voldaan", period)
        )
