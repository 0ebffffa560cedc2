from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import jaarloon_haalt_jaarnorm, ten_minste
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_voldoet_salariscriterium(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Het loon voldoet aan het salariscriterium voor de Europese blauwe kaart"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",)
    documentation = (
        "Until 2013 an annual comparison including holiday allowance, as for knowledge migrants."
    )

    def formula_2011_06_19(persoon, period, parameters):
        vakantiebijslag = parameters(period).wav.minimumloon.vakantiebijslag_percentage
        return jaarloon_haalt_jaarnorm(
            persoon("bruto_maandloon", period),
            persoon("blauwe_kaart_salarisnorm_jaar", period),
            vakantiebijslag,
        )

    def formula_2014_01_01(persoon, period, parameters):
        return ten_minste(
            persoon("bruto_maandloon", period), persoon("blauwe_kaart_salarisnorm", period)
        )
