import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import maandnorm_uit_jaarnorm
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_salarisnorm(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Salariscriterium Europese blauwe kaart per maand, exclusief vakantiebijslag"
    unit = "currency-EUR"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",
        "https://zoek.officielebekendmakingen.nl/stb-2024-150.html",
        "https://wetten.overheid.nl/BWBR0046078/2026-08-01#Artikel2.2",
    )
    documentation = (
        "Before 2014 the lowest monthly wage whose annual wage including holiday allowance "
        "reaches the annual criterion; from 2014 the monthly criterion; from 12 June 2024 the "
        "lower criterion for recent graduates where it applies, also where it stays at a renewal "
        "(BuWav 2022 art. 2.2(6), `blauwe_kaart_afgestudeerdennorm_bij_verlenging`)."
    )

    def formula_2011_06_19(persoon, period, parameters):
        vakantiebijslag = parameters(period).wav.minimumloon.vakantiebijslag_percentage
        return maandnorm_uit_jaarnorm(
            persoon("blauwe_kaart_salarisnorm_jaar", period), vakantiebijslag
        )

    def formula_2014_01_01(persoon, period, parameters):
        return persoon.empty_array() + parameters(period).blauwe_kaart.salariscriterium

    def formula_2024_06_12(persoon, period, parameters):
        p = parameters(period).blauwe_kaart
        return np.where(
            persoon("blauwe_kaart_recent_afgestudeerd", period)
            | persoon("blauwe_kaart_afgestudeerdennorm_bij_verlenging", period),
            p.salariscriterium_recent_afgestudeerd,
            p.salariscriterium,
        )
