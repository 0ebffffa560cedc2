import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.bedragen import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class minimumloon_bruto_maand(Variabele):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "Wettelijk bruto minimumloon per maand voor de leeftijd en de arbeidsuren van de baan"
    unit = "currency-EUR"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=8",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0002638&artikel=12",
    )
    documentation = (
        "Until 2023: the monthly amount for a full working week, times the youth percentage, "
        "pro rata for fewer hours than the full-time week (art. 12 Wml); more hours do not raise "
        "the monthly minimum; youth amounts are not rounded to the published 0.05 steps. "
        "From 2024: "
        "the hourly minimum for the age (youth percentage applied and rounded to the cent, as "
        "published) times the contract hours per week times 52/12, the conversion behind the "
        "published monthly amounts (40 hours at EUR 14.40 gives EUR 2,496.00). Rounded to the cent."
    )

    def formula_2004_01_01(persoon, period, parameters):
        maandbedrag = parameters(period).wav.minimumloon.maandbedrag
        uren = persoon("arbeidsuren_per_week", period)
        voltijd = persoon("voltijd_arbeidsuren_per_week", period)
        with np.errstate(divide="ignore", invalid="ignore"):
            deeltijdfactor = np.where(voltijd > 0, np.minimum(uren / voltijd, 1), 1)
        bedrag = maandbedrag * persoon("minimumloon_percentage", period) * deeltijdfactor
        return np.round(bedrag.astype(np.float64), 2)

    def formula_2024_01_01(persoon, period, parameters):
        uurloon = parameters(period).wav.minimumloon.uurloon
        uurloon_leeftijd = np.round(uurloon * persoon("minimumloon_percentage", period), 2)
        uren = persoon("arbeidsuren_per_week", period)
        uren_per_maand = uren * WEKEN_PER_JAAR / MAANDEN_PER_JAAR
        bedrag = uurloon_leeftijd * uren_per_maand
        return np.round(bedrag.astype(np.float64), 2)
