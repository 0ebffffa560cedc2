import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.entities import Persoon, Werkgever
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)
from openfisca_arbeidsmigratie.model.invoer import Invoer

CONTOUREN = "https://berthub.eu/tkconv/document.html?nummer=2025D21026"
NAAM = "blauwe_kaart_aangescherpt"
MAANDEN_PER_JAAR = 12


class zelfstandige_arbeid_naast_blauwe_kaart(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "De persoon verricht naast de arbeid als houder van een blauwe kaart zelfstandige arbeid"
    )
    reference = (CONTOUREN,)
    documentation = "False without input."


class werkgever_strafrechtelijk_gesanctioneerd(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De werkgever is strafrechtelijk gesanctioneerd (weigeringsgrond blauwe kaart)"
    reference = (CONTOUREN,)
    documentation = (
        "A criminal sanction against the employer, the refusal ground the contours letter adds "
        "(Directive 2021/1883 art. 8(2) lets member states refuse on such grounds). False without "
        "input."
    )


def drempel_als_factor(persoon, period, parameters, norm):
    p = getattr(parameters(period).hervormingen, NAAM)
    if not p.van_kracht:
        return norm
    drempel = np.ceil(p.factor_gemiddeld_jaarsalaris * p.gemiddeld_bruto_jaarsalaris) / (
        MAANDEN_PER_JAAR
    )
    huidig = parameters(period).blauwe_kaart.salariscriterium
    return np.round(norm * drempel / huidig, 2)


def weigeringsgronden(persoon, period, parameters, toelaatbaar):
    p = getattr(parameters(period).hervormingen, NAAM)
    if not p.van_kracht:
        return toelaatbaar
    return (
        toelaatbaar
        & ~persoon("zelfstandige_arbeid_naast_blauwe_kaart", period)
        & ~persoon.werkgever("werkgever_strafrechtelijk_gesanctioneerd", period)
    )


class blauwe_kaart_aangescherpt(Reform):
    """A stricter EU Blue Card along the contours of the AMvB (letter of 13 May 2025).

    Source: Kamerbrief contouren AMvB Europese blauwe kaart (13 May 2025, 2025D21025/21026) as
    summarised by eubluecard.nl (law-facts-2025-2026 section 4): a higher threshold, here a factor
    (1.0 to 1.6, Directive 2021/1883 art. 5(3)) of the average gross annual salary, the graduate
    threshold kept at its share of it; no self-employment alongside the Blue Card; refusal when
    the employer has criminal sanctions. The labour-market test or cap at high unemployment is
    not modelled (no trigger named). Illustrative factor 1.6, start 1 January 2027. Not law.
    """

    name = "Europese blauwe kaart aangescherpt"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Een strengere Europese blauwe kaart volgens de contouren van de AMvB (brief van 13 "
        "mei 2025). Voorstel, geen geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters(NAAM))
        self.add_variable(zelfstandige_arbeid_naast_blauwe_kaart)
        self.add_variable(werkgever_strafrechtelijk_gesanctioneerd)
        wijzig_variabele(
            self,
            "blauwe_kaart_salarisnorm",
            drempel_als_factor,
            "factor x average gross annual salary / 12 (hervormingen.blauwe_kaart_aangescherpt), "
            "the graduate threshold scaled by the same ratio.",
        )
        wijzig_variabele(
            self,
            "blauwe_kaart_toelaatbaar",
            weigeringsgronden,
            "not with self-employment alongside, nor with an employer under criminal sanctions.",
        )
