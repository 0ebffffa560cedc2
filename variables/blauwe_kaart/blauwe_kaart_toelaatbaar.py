from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class blauwe_kaart_toelaatbaar(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Kan een Europese blauwe kaart krijgen"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.30b",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",
    )
    documentation = (
        "A third-country national (not a Union, EEA or Swiss citizen: Directive 2009/50/EC art. "
        "2(a) and 3, Directive (EU) 2021/1883 art. 2 and 3), with higher professional "
        "qualifications, a contract of the minimum length and a wage meeting the Blue Card "
        "criterion, whose employer gives no refusal ground. No recognised sponsor is required."
    )

    def formula_2011_06_19(persoon, period, parameters):
        return (
            persoon("onderdaan_derde_land", period)
            & persoon("blauwe_kaart_voldoet_salariscriterium", period)
            & persoon("blauwe_kaart_hogere_beroepskwalificaties", period)
            & persoon("blauwe_kaart_arbeidsovereenkomst_voldoende", period)
            & ~persoon("blauwe_kaart_werkgever_weigeringsgrond", period)
        )
