import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import (
    Besluit180Stadium,
    Toelatingsroute,
    Verblijfsvergunning,
)
from openfisca_arbeidsmigratie.model.invoer import Variabele


class toelatingsroute(Variabele):
    value_type = Enum
    possible_values = Toelatingsroute
    default_value = Toelatingsroute.geen
    entity = Persoon
    definition_period = DAY
    label = "Route waarlangs de persoon op de datum in Nederland mag werken"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=2",)
    documentation = (
        "The first route that applies: free movement, a permit with free access, the "
        "knowledge-migrant scheme, the EU Blue Card, another BuWav exemption, Turkish association "
        "law (free access after four years, or a TWV granted under art. 6(1) Decision 1/80), a "
        "TWV or GVVA that can be granted; otherwise `geen`. A person admissible both as knowledge "
        "migrant and under the Blue Card counts as knowledge migrant unless already holding a "
        "Blue Card: the national scheme is the route used in practice (about 12,500 "
        "knowledge-migrant permits against 150 Blue Cards in 2021)."
    )

    def formula(persoon, period, parameters):
        houdt_blauwe_kaart = (
            persoon("verblijfsvergunning", period) == Verblijfsvergunning.blauwe_kaart
        )
        stadium = persoon("besluit_1_80_stadium", period)
        associatierecht = (stadium == Besluit180Stadium.vier_jaar) | (
            (stadium != Besluit180Stadium.geen) & persoon("twv_toekenbaar", period)
        )
        return np.select(
            [
                persoon("vrij_verkeer_werknemer", period),
                persoon("arbeid_vrij_toegestaan", period),
                persoon("kennismigrant_toelaatbaar", period) & ~houdt_blauwe_kaart,
                persoon("blauwe_kaart_toelaatbaar", period),
                persoon("vrijstelling_buwav_van_toepassing", period),
                associatierecht,
                persoon("twv_toekenbaar", period),
            ],
            [
                Toelatingsroute.vrij_verkeer.index,
                Toelatingsroute.arbeid_vrij_toegestaan.index,
                Toelatingsroute.kennismigrant.index,
                Toelatingsroute.blauwe_kaart.index,
                Toelatingsroute.vrijgesteld.index,
                Toelatingsroute.associatierecht_turkije.index,
                Toelatingsroute.twv.index,
            ],
            default=Toelatingsroute.geen.index,
        )
