import numpy as np
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)

NAAM = "vijfjarige_verblijfsvergunning_arbeid"


def vijf_jaar(persoon, period, parameters, maanden):
    p = parameters(period).hervormingen.vijfjarige_verblijfsvergunning_arbeid
    student = persoon("twv_categorie", period) == TwvCategorie.student
    arbeidsmigrant = (maanden > 0) & ~student
    return np.where(p.van_kracht & arbeidsmigrant, p.maximale_geldigheid_maanden, maanden)


def arbeid_niet_tijdelijk(parameters):
    """From the first date the reform is in force, labour purposes leave the temporary list."""
    hervorming = parameters.children["hervormingen"].children[NAAM]
    ingang = min(waarde.instant_str for waarde in hervorming.van_kracht.values_list if waarde.value)
    tijdelijk = parameters.verblijf.tijdelijke_verblijfsdoelen
    niet_langer = set(hervorming.niet_langer_tijdelijke_verblijfsdoelen(ingang))
    tijdelijk.update(
        start=ingang, value=[doel for doel in tijdelijk(ingang) if doel not in niet_langer]
    )
    return parameters


class vijfjarige_verblijfsvergunning_arbeid(Reform):
    """A first residence permit of five years for every third-country labour migrant, with the
    prospect of permanent residence after it.

    Source: Adviesraad Migratie, Afgewogen arbeidsmigratie (10 September 2024), as described in the
    cabinet's response (Kamerstuk 29 861, nr. 153, 9 January 2025). The maximum validity of a TWV
    or GVVA becomes 60 months, and seasonal work and intra-corporate transfer stop being temporary
    purposes, so their holders can apply for the national permanent permit. Their years still do
    not count toward EU long-term resident status: Directive 2003/109 art. 3(2)(e) excludes them
    whatever the national list says (parameter
    `verblijf.eu_langdurig_ingezetene.uitgesloten_verblijfsdoelen`). A student's TWV is not a
    labour migrant's permit and keeps its validity; seasonal work keeps its maximum of 24 weeks
    in 52 (Directive 2014/36/EU art. 14, which a national permit cannot override). Not law.
    """

    name = "Vijfjarige verblijfsvergunning voor arbeid (Adviesraad Migratie)"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Een eerste verblijfsvergunning van vijf jaar voor elke arbeidsmigrant uit een derde "
        "land, met uitzicht op verblijf voor onbepaalde tijd daarna. Voorstel, geen geldend "
        "recht."
    )

    def apply(self):
        laad = laad_hervormingsparameters(NAAM)
        self.modify_parameters(lambda parameters: arbeid_niet_tijdelijk(laad(parameters)))
        wijzig_variabele(
            self,
            "twv_maximale_geldigheid_maanden",
            vijf_jaar,
            "60 months for every TWV or GVVA that can be granted while the reform is in force, "
            "except a student's TWV; seasonal work keeps its 24 weeks "
            "(twv_maximale_geldigheid_weken).",
        )
