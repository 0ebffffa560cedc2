from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class inlener_beboetbaar_wtta(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De inlener van de persoon begaat een beboetbare overtreding van de Wtta"
    reference = (
        "https://www.rijksoverheid.nl/actueel/nieuws/2025/11/11/eerste-kamer-stemt-in-met-strengere-regels-voor-de-uitleenmarkt",
        "https://www.kvk.nl/en/rules-and-laws/wtta-stricter-rules-for-employment-agencies/",
    )
    documentation = (
        "From 1 January 2028 the Labour Inspectorate fines hirers who use workers of a lender "
        "without admission (and the lender itself). Applies to EU and non-EU workers alike, on "
        "top of the Wav permit duty."
    )

    def formula(persoon, period, parameters):
        handhaving = parameters(period).waadi.toelating.handhaving
        return handhaving & ~persoon("uitlening_toegestaan", period)
