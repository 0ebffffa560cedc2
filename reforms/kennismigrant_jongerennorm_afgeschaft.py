import numpy as np
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.enums import SalariscriteriumCategorie as Categorie
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)


def zonder_jongerennorm(persoon, period, parameters, categorie):
    van_kracht = parameters(period).hervormingen.kennismigrant_jongerennorm_afgeschaft.van_kracht
    jonger = van_kracht & (categorie == Categorie.jonger_dan_dertig)
    return np.where(jonger, Categorie.dertig_jaar_en_ouder.index, categorie)


class kennismigrant_jongerennorm_afgeschaft(Reform):
    """Under-30 knowledge migrants must meet the criterion for 30 and older (from 2027-01-01).

    Source: one of the variants to raise the requirements of the knowledge-migrant scheme the
    cabinet announced it studies (Kamerstuk 29 861, nr. 153, 9 January 2025). Not law.
    """

    name = "Kennismigranten: geen lager criterium onder de 30"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Kennismigranten jonger dan 30 moeten voldoen aan het criterium voor 30 jaar en ouder "
        "(vanaf 1 januari 2027). Voorstel, geen geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters("kennismigrant_jongerennorm_afgeschaft"))
        wijzig_variabele(
            self,
            "kennismigrant_salariscriterium_categorie",
            zonder_jongerennorm,
            "the under-30 category becomes the 30-and-older category while the variant is in "
            "force.",
        )
