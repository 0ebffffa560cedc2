from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.termijnen import voor_maanden_verstreken


class blauwe_kaart_afgestudeerdennorm_bij_verlenging(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Het criterium voor recent afgestudeerden blijft van toepassing bij verlenging"
    reference = (
        "https://wetten.overheid.nl/BWBR0046078/2026-08-01#Artikel2.2",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
        "https://zoek.officielebekendmakingen.nl/stb-2024-150.html",
    )
    documentation = (
        "BuWav 2022 art. 2.2(6), from 12 June 2024: at a renewal (`blauwe_kaart_verlenging`) of "
        "a Blue Card granted on the graduate amount (`eerste_blauwe_kaart_afgestudeerdennorm`), "
        "that amount stays if (a) the first period of three years has not passed (the diploma "
        "is at most three years old on the date, `blauwe_kaart_recent_afgestudeerd`) or (b) "
        "fewer than 24 months have passed since the first Blue Card was issued "
        "(`afgifte_eerste_blauwe_kaart`; the months have passed on the same day 24 months "
        'later). The opening words ("Indien tijdens de periode van drie jaar ... wordt '
        'verlengd") are read as naming the card issued in that period: read as a condition that '
        "the renewal itself falls within the three years, they would leave (b) without effect."
    )

    def formula_2024_06_12(persoon, period, parameters):
        maanden = parameters(period).blauwe_kaart.verlenging_afgestudeerdennorm_maanden
        eerste_periode = persoon("blauwe_kaart_recent_afgestudeerd", period)
        binnen_24_maanden = voor_maanden_verstreken(
            period.start, persoon("afgifte_eerste_blauwe_kaart", period), maanden
        )
        return (
            persoon("blauwe_kaart_verlenging", period)
            & persoon("eerste_blauwe_kaart_afgestudeerdennorm", period)
            & (eerste_periode | binnen_24_maanden)
        )
