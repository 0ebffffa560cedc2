import numpy as np
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie
from openfisca_arbeidsmigratie.model.hervorming import laad_hervormingsparameters, wijzig_variabele


def verhoog(persoon, period, parameters, norm):
    verhoging = parameters(period).hervormingen.kennismigrant_jongerennorm_verhoogd
    jonger = (
        persoon("kennismigrant_salariscriterium_categorie", period)
        == SalariscriteriumCategorie.jonger_dan_dertig
    )
    return norm + np.where(jonger, verhoging.verhoging_per_maand, 0)


class kennismigrant_jongerennorm_verhoogd(Reform):
    """The under-30 knowledge-migrant criterion raised by EUR 550 a month from 1 January 2026.

    Source: Kamerbrief Verkenning aanscherping kennismigrantenregeling (Kamerstuk 29 861, nr. 163,
    4 July 2025) and the debate of 11 September 2025 (EUR 500-600 a month). Not law.
    """

    name = "Kennismigranten jonger dan 30: hoger salariscriterium"

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters("kennismigrant_jongerennorm_verhoogd"))
        wijzig_variabele(
            self,
            "kennismigrant_salarisnorm",
            verhoog,
            "the under-30 criterion plus hervormingen.kennismigrant_jongerennorm_verhoogd.",
        )
