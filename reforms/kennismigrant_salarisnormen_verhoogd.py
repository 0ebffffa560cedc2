import numpy as np
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)


def verhoog(persoon, period, parameters, norm):
    percentage = parameters(period).hervormingen.kennismigrant_salarisnormen_verhoogd.percentage
    met_criterium = (
        persoon("kennismigrant_salariscriterium_categorie", period)
        != SalariscriteriumCategorie.minimumloon
    )
    verhoogd = np.round(np.asarray(norm, dtype=np.float64) * (1 + percentage), 2)
    return np.where(met_criterium, verhoogd, norm)


class kennismigrant_salarisnormen_verhoogd(Reform):
    """Every knowledge-migrant salary criterion raised by a percentage (default 10% from 2027).

    Source: the cabinet studies raising the salary criteria (Kamerstuk 29 861, nr. 153,
    9 January 2025; nr. 163, 4 July 2025). The percentage is illustrative. Not law.
    """

    name = "Kennismigranten: alle salariscriteria hoger"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Elk salariscriterium voor kennismigranten verhoogd met een percentage (standaard 10% "
        "vanaf 2027). Voorstel, geen geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters("kennismigrant_salarisnormen_verhoogd"))
        wijzig_variabele(
            self,
            "kennismigrant_salarisnorm",
            verhoog,
            "every criterion times (1 + hervormingen.kennismigrant_salarisnormen_verhoogd."
            "percentage), rounded to the cent; the minimum wage for functions without a "
            "criterion is unchanged.",
        )
