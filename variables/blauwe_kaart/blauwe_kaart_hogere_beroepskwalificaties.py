from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_hogere_beroepskwalificaties(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Heeft hogere beroepskwalificaties voor de Europese blauwe kaart"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30b",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
    )
    documentation = (
        "A higher-education diploma of at least three years; for ICT managers and specialists "
        "also three years of experience within the last seven, applied by the IND from 18 November "
        "2023 (direct effect of Directive (EU) 2021/1883 after its transposition deadline); from "
        "12 June 2024 also five years of relevant professional experience (Stb. 2024, 150)."
    )

    def formula_2011_06_19(persoon, period, parameters):
        return persoon("hoger_onderwijs_diploma", period)

    def formula_2023_11_18(persoon, period, parameters):
        p = parameters(period).blauwe_kaart.kwalificatie
        ervaring = persoon("relevante_werkervaring_jaren", period)
        return persoon("hoger_onderwijs_diploma", period) | (
            persoon("ict_specialist", period) & (ervaring >= p.ict_werkervaring_jaren)
        )

    def formula_2024_06_12(persoon, period, parameters):
        p = parameters(period).blauwe_kaart.kwalificatie
        ervaring = persoon("relevante_werkervaring_jaren", period)
        return (
            persoon("hoger_onderwijs_diploma", period)
            | (ervaring >= p.werkervaring_jaren)
            | (persoon("ict_specialist", period) & (ervaring >= p.ict_werkervaring_jaren))
        )
