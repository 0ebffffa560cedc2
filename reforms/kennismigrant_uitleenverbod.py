from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.entities import Persoon, Werkgever
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)
from openfisca_arbeidsmigratie.model.invoer import Invoer, Variabele

BRON = "https://aame.nl/en/tightening-of-highly-skilled-migrant-scheme-exclusion-of-payroll-and-staffing-agencies/"
NAAM = "kennismigrant_uitleenverbod"


class inlener_wacht_op_erkenning(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De inlener heeft erkenning als referent aangevraagd en wacht op de beslissing"
    reference = (BRON,)
    documentation = "An exception to the lending ban. False without input."


class inlener_innovatieve_startup(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De inlener is een innovatieve startup"
    reference = (BRON,)
    documentation = "An exception to the lending ban. False without input."


class uitzonderingsvergunning_maanden(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden dat de uitzonderingsvergunning voor deze uitlening al loopt"
    unit = "month"
    reference = (BRON,)
    documentation = "0 for an exception that starts on the date. Must be >= 0."


class eerdere_uitzonderingsvergunning(Invoer):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "Voor de inlener is al eerder een uitzonderingsvergunning verleend en afgelopen"
    reference = (BRON,)
    documentation = "The exception is granted once: a second one is refused. False without input."


class uitlening_kennismigrant_uitgezonderd(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De commerciele uitlening van de kennismigrant valt onder een uitzondering"
    reference = (BRON,)
    documentation = (
        "A hirer awaiting recognition as sponsor or an innovative start-up, under an exception "
        "permit that has run less than the maximum (two years) and is the first for this hirer."
    )

    def formula(persoon, period, parameters):
        p = getattr(parameters(period).hervormingen, NAAM)
        if not p.van_kracht:
            return persoon.empty_array().astype(bool)
        return (
            (
                persoon("inlener_wacht_op_erkenning", period)
                | persoon("inlener_innovatieve_startup", period)
            )
            & (
                persoon("uitzonderingsvergunning_maanden", period)
                < p.uitzondering_maximale_duur_maanden
            )
            & ~persoon.werkgever("eerdere_uitzonderingsvergunning", period)
        )


def verbied_uitlening(persoon, period, parameters, toelaatbaar):
    p = getattr(parameters(period).hervormingen, NAAM)
    if not p.van_kracht:
        return toelaatbaar
    commercieel = persoon("ter_beschikking_gesteld", period) & ~persoon.werkgever(
        "uitlening_binnen_concern", period
    )
    return toelaatbaar & ~(commercieel & ~persoon("uitlening_kennismigrant_uitgezonderd", period))


class kennismigrant_uitleenverbod(Reform):
    """Knowledge migrants may not be lent commercially (letter of 8 November 2024).

    Source: Kamerbrief "Misbruik uitleenconstructies binnen de kennismigrantenregeling" of 8
    November 2024 (Kamerstukken II 30 573, nr. 218), as summarised by AAME, Kroes Advocaten and
    Maes (law-facts-2025-2026 section 1): commercial lending barred; exceptions
    for a hirer awaiting recognition and an innovative start-up, by an exception permit granted
    once for at most two years. Lending within a group is not commercial. Illustrative start
    1 January 2027. Not law.
    """

    name = "Kennismigranten: verbod op commerciele uitlening"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "Kennismigranten mogen niet commercieel worden uitgeleend (brief van 8 november "
        "2024). Voorstel, geen geldend recht."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters(NAAM))
        for variabele in (
            inlener_wacht_op_erkenning,
            inlener_innovatieve_startup,
            uitzonderingsvergunning_maanden,
            eerdere_uitzonderingsvergunning,
            uitlening_kennismigrant_uitgezonderd,
        ):
            self.add_variable(variabele)
        wijzig_variabele(
            self,
            "kennismigrant_toelaatbaar",
            verbied_uitlening,
            "not when the person is lent commercially (ter_beschikking_gesteld, not within a "
            "group) without an exception (uitlening_kennismigrant_uitgezonderd).",
        )
