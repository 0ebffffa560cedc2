from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)
from openfisca_arbeidsmigratie.model.invoer import Invoer

VERKENNING = "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D32387"


class referent_financieel_gezond(Invoer):
    value_type = bool
    default_value = True
    entity = Werkgever
    definition_period = DAY
    label = "De referent is financieel gezond en stabiel en kan het salaris betalen"
    reference = (VERKENNING,)
    documentation = (
        "The continuity and solvency test the letter of 4 July 2025 wants clarified and "
        "tightened, including whether the sponsor can pay the knowledge migrant's salary. "
        "Default true: a sponsor passes unless the case says otherwise."
    )


class referent_maanden_zonder_kennismigrant(Invoer):
    value_type = int
    entity = Werkgever
    definition_period = DAY
    label = "Maanden sinds de referent de erkenning voor het laatst gebruikte"
    unit = "month"
    reference = (VERKENNING,)
    documentation = "0 for a sponsor that brought in a knowledge migrant this month. Must be >= 0."


def strenger(werkgever, period, parameters, weigeringsgrond):
    p = parameters(period).hervormingen.erkend_referent_aangescherpt
    nieuwe_grond = (
        (werkgever("boetes_afgelopen_vier_jaar", period) >= p.weigering_aantal_boetes)
        | ~werkgever("referent_financieel_gezond", period)
        | (
            werkgever("referent_maanden_zonder_kennismigrant", period)
            >= p.maximale_maanden_zonder_kennismigrant
        )
    )
    return weigeringsgrond | (p.van_kracht & nieuwe_grond)


class erkend_referent_aangescherpt(Reform):
    """Stricter recognised sponsors: refusal from one fine, financial health, inactivity.

    Source: Kamerbrief Verkenning aanscherping kennismigrantenregeling (Kamerstuk 29 861, nr. 163,
    4 July 2025): reliability, financial health and stability of sponsors tightened; withdrawal
    after two years of inactivity. Illustrative start 1 January 2027. Not law.
    """

    name = "Erkend referent: strengere eisen"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Strengere eisen aan erkende referenten: weigering vanaf één boete, financiële "
        "gezondheid, inactiviteit. Voorstel, geen geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters("erkend_referent_aangescherpt"))
        self.add_variable(referent_financieel_gezond)
        self.add_variable(referent_maanden_zonder_kennismigrant)
        wijzig_variabele(
            self,
            "erkend_referent_weigeringsgrond",
            strenger,
            "also one fine in four years, a sponsor that is not financially healthy, or two years "
            "without bringing in a knowledge migrant (a withdrawal ground, counted here as a bar "
            "to recognition).",
        )
