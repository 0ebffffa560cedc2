import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning, VrijstellingBuwav
from openfisca_arbeidsmigratie.model.invoer import Variabele


class vrijstelling_buwav_van_toepassing(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Een vrijstelling van de TWV-plicht uit het Besluit uitvoering Wav is van toepassing"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=3",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=8",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.2",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=3.1",
        "https://zoek.officielebekendmakingen.nl/stb-2022-130.html",
    )
    documentation = (
        "Knowledge migrants (art. 2.1): the person holds the knowledge-migrant permit, or is a "
        "Union, EEA or Swiss national still under a Dutch transitional regime (lawful residence "
        "under Vw 2000 art. 8(e), which art. 2.1 and the earlier BuWav art. 1d, first paragraph, "
        "list beside the permit; such a person gets no residence permit and needs no recognised "
        "sponsor for it), and earns at least the criterion. Blue Card (art. 2.2): the person "
        "holds a Blue Card and earns at least its criterion. Temporary protection (art. 6.5): the "
        "person enjoys the protection (`tijdelijke_bescherming_van_toepassing`: the document, the "
        "protection running to 4 March 2028, the proof about military obligations of new "
        "applicants) while the exemption is in force, for "
        "work under an employment contract (as in every case of the model); the report to UWV is "
        "a separate duty (`meldplicht_uwv_overtreden`), not a condition. For the other categories "
        "the conditions beyond the category (a "
        "Nuffic internship agreement, a recognised research institution) are taken as met."
    )

    def formula(persoon, period, parameters):
        categorie = persoon("vrijstelling_buwav", period)
        vergunning = persoon("verblijfsvergunning", period)
        vrijstelling_oekraine = parameters(period).wav.tijdelijke_bescherming.vrijstelling
        return np.select(
            [
                categorie == VrijstellingBuwav.geen,
                categorie == VrijstellingBuwav.kennismigrant,
                categorie == VrijstellingBuwav.blauwe_kaart,
                categorie == VrijstellingBuwav.tijdelijke_bescherming,
            ],
            [
                False,
                (
                    (vergunning == Verblijfsvergunning.kennismigrant)
                    | (
                        persoon("gemeenschapsonderdaan", period)
                        & ~persoon("vrij_verkeer_werknemer", period)
                    )
                )
                & persoon("kennismigrant_voldoet_salariscriterium", period),
                (vergunning == Verblijfsvergunning.blauwe_kaart)
                & persoon("blauwe_kaart_voldoet_salariscriterium", period),
                persoon("tijdelijke_bescherming_van_toepassing", period) & vrijstelling_oekraine,
            ],
            default=True,
        )
