import numpy as np
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)


def verhoog(persoon, period, parameters, norm):
    p = parameters(period).hervormingen.kennismigrant_jongerennorm_verhoogd
    if not p.van_kracht:
        return norm
    jonger = (
        persoon("kennismigrant_salariscriterium_categorie", period)
        == SalariscriteriumCategorie.jonger_dan_dertig
    )
    afgestudeerden = parameters(period).blauwe_kaart.salariscriterium_recent_afgestudeerd
    nieuw = np.where(p.vaste_verhoging, norm + p.verhoging_per_maand, afgestudeerden)
    return np.where(jonger, nieuw, norm)


class kennismigrant_jongerennorm_verhoogd(Reform):
    """The under-30 knowledge-migrant criterion raised to 1.1 times the average gross annual
    wage from 1 January 2027 (illustrative): the Blue Card criterion for recent graduates (EUR 4,754
    a month in 2026); variant: a fixed increase of EUR 550 a month.

    Source: Kamerbrief Verkenning aanscherping kennismigrantenregeling (Kamerstuk 29 861, nr. 163,
    4 July 2025: "1,1 keer het gemiddeld bruto jaarsalaris", the basis of the Blue Card graduate
    threshold); the variant follows Minister Paul in the debate of 11 September 2025 (EUR 500-600 a
    month). Not law.
    """

    name = "Kennismigranten jonger dan 30: hoger salariscriterium"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Het criterium voor kennismigranten jonger dan 30 verhoogd tot 1,1 keer het "
        "gemiddelde bruto jaarloon vanaf 1 januari 2027 (illustratief): het "
        "blauwe-kaartcriterium voor pas afgestudeerden (€ 4.754 per maand in 2026); variant: "
        "een vaste verhoging van € 550 per maand. Voorstel, geen geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters("kennismigrant_jongerennorm_verhoogd"))
        wijzig_variabele(
            self,
            "kennismigrant_salarisnorm",
            verhoog,
            "while in force, the under-30 criterion is the Blue Card criterion for recent "
            "graduates (blauwe_kaart.salariscriterium_recent_afgestudeerd, 1.1 x the average gross "
            "annual wage); with vaste_verhoging true, the current under-30 criterion plus "
            "verhoging_per_maand instead.",
        )
