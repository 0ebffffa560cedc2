import numpy as np
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)


def met_puntentoets(persoon, period, parameters, route):
    van_kracht = parameters(period).hervormingen.brede_welvaartstoets.van_kracht
    getoetst_via_arbeidsmarkt = (route == Toelatingsroute.twv) & persoon(
        "arbeidsmarkttoets_vereist", period
    )
    vervangen_regeling = (
        (route == Toelatingsroute.kennismigrant)
        | getoetst_via_arbeidsmarkt
        | (route == Toelatingsroute.geen)
    )
    overige_gronden_voldaan = (
        persoon("verblijfsdocument_geldig", period)
        & persoon("loon_voldoet_aan_minimumloon", period)
        & persoon("studentenarbeid_toegestaan", period)
        & persoon("seizoensarbeid_binnen_maximum", period)
    )
    getoetst = (
        van_kracht
        & persoon("onderdaan_derde_land", period)
        & vervangen_regeling
        & overige_gronden_voldaan
    )
    # Nr. 153 replaces the Wav and knowledge-migrant tests only: whoever meets the EU Blue Card
    # (Directive 2021/1883, which a national points test cannot set aside) keeps that route.
    nieuwe_route = np.select(
        [
            persoon("brede_welvaartstoets_toelaatbaar", period),
            persoon("blauwe_kaart_toelaatbaar", period),
        ],
        [Toelatingsroute.brede_welvaartstoets.index, Toelatingsroute.blauwe_kaart.index],
        default=Toelatingsroute.geen.index,
    )
    return np.where(getoetst, nieuwe_route, route)


class brede_welvaartstoets(Reform):
    """The Adviesraad Migratie's two-step points test replaces the labour-market test and the
    knowledge-migrant salary criterion for third-country labour migrants.

    Source: Adviesraad Migratie, Afgewogen arbeidsmigratie (10 September 2024), as described in the
    cabinet's response (Kamerstuk 29 861, nr. 153, 9 January 2025). Free movement, permits with
    free access to work, other BuWav exemptions, TWVs granted without a labour-market test and the
    EU Blue Card (EU law) are untouched: a person who meets both the knowledge-migrant scheme and
    the Blue Card and fails the points test keeps the Blue Card route. Only those two tests are
    replaced: a person refused on another ground (no valid residence document, a wage under the
    minimum wage, a student over the hour limit, seasonal work beyond 24 weeks in 52) stays
    refused. Not law: a proposal the cabinet declined; the weights and the start date
    1 January 2027 are illustrative.
    """

    name = "Brede welvaartstoets (Adviesraad Migratie)"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "De puntentoets in twee stappen van de Adviesraad Migratie vervangt de "
        "arbeidsmarkttoets en het salariscriterium voor kennismigranten bij arbeidsmigranten "
        "uit derde landen. Voorstel, geen geldend recht; de gewichten zijn illustratief."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters("brede_welvaartstoets"))
        wijzig_variabele(
            self,
            "toelatingsroute",
            met_puntentoets,
            "for third-country labour migrants (routes kennismigrant, TWV after a labour-market "
            "test, or none) who meet the grounds the proposal keeps (a valid residence document, "
            "the minimum wage, the students' hour limit, the seasonal maximum), the route is "
            "brede_welvaartstoets when "
            "the points test is passed, otherwise blauwe_kaart when the EU Blue Card is met, "
            "otherwise none; anyone refused on a kept ground stays refused.",
        )
