import numpy as np
from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning
from openfisca_arbeidsmigratie.model.hervorming import (
    VOORSTEL,
    laad_hervormingsparameters,
    wijzig_variabele,
)
from openfisca_arbeidsmigratie.model.invoer import Invoer, Variabele

RICHTLIJN = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32024L1233"
NAAM = "single_permit_herschikking"


def _parameters(period, parameters):
    return getattr(parameters(period).hervormingen, NAAM)


def _houder(persoon, period):
    return persoon("verblijfsvergunning", period) == Verblijfsvergunning.arbeid_regulier


class gecombineerde_vergunning_maanden(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden dat de persoon de gecombineerde vergunning (GVVA) houdt"
    unit = "month"
    reference = (RICHTLIJN,)
    documentation = "Counted from the first issue of the single permit. Must be >= 0."


class werkloosheid_maanden(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Totale maanden werkloosheid tijdens de geldigheid van de gecombineerde vergunning"
    unit = "month"
    reference = (RICHTLIJN,)
    documentation = "0 for a holder who has always been employed. Must be >= 0."


class werkgeverswissel(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De arbeid is voor een andere werkgever dan die van de gecombineerde vergunning"
    reference = (RICHTLIJN,)
    documentation = "False without input."


class maanden_bij_eerste_werkgever(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden arbeid bij de werkgever waarvoor de gecombineerde vergunning is verleend"
    unit = "month"
    reference = (RICHTLIJN,)
    documentation = "Must be >= 0."


class bezwaar_tegen_werkgeverswissel(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De IND heeft binnen 45 dagen na de melding bezwaar gemaakt tegen de wisseling"
    reference = (RICHTLIJN,)
    documentation = (
        "The authority may object within 45 days of the notification. False without input."
    )


class werkgeverswissel_door_melding(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De houder van een GVVA mag door melding van werkgever wisselen (Richtlijn 2024/1233)"
    reference = (RICHTLIJN,)
    documentation = (
        "Art. 11(2)-(3) of the recast: the holder may change employer; the member state may "
        "require a notification, may object within 45 days, and may require a minimum period of "
        "at most six months with the first employer. Modelled for the holder of the GVVA "
        "(arbeid in loondienst); seasonal workers and intra-corporate transferees are outside "
        "the directive (art. 3), and the knowledge-migrant and Blue Card permits keep their own "
        "rules on a new employer."
    )

    def formula(persoon, period, parameters):
        p = _parameters(period, parameters)
        if not p.van_kracht:
            return persoon.empty_array().astype(bool)
        return (
            _houder(persoon, period)
            & persoon("werkgeverswissel", period)
            & (
                persoon("maanden_bij_eerste_werkgever", period)
                >= p.minimale_maanden_eerste_werkgever
            )
            & ~persoon("bezwaar_tegen_werkgeverswissel", period)
        )


class toegestane_werkloosheid_maanden(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden werkloosheid die de houder van een GVVA zijn vergunning niet kosten"
    unit = "month"
    reference = (RICHTLIJN,)
    documentation = (
        "Three months in total, six once the permit has been held for two years; 0 for a person "
        "without a single permit or before the recast applies."
    )

    def formula(persoon, period, parameters):
        p = _parameters(period, parameters)
        if not p.van_kracht:
            return persoon.empty_array().astype(int)
        lang = persoon("gecombineerde_vergunning_maanden", period) >= (
            p.houderschap_maanden_langere_werkloosheid
        )
        toegestaan = np.where(lang, p.werkloosheid_maanden_na_twee_jaar, p.werkloosheid_maanden)
        return np.where(_houder(persoon, period), toegestaan, 0)


class werkloosheid_binnen_toegestane_periode(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De werkloosheid van de GVVA-houder is geen grond om de vergunning in te trekken"
    reference = (RICHTLIJN,)
    documentation = "The total unemployment does not exceed the allowed months."

    def formula(persoon, period, parameters):
        return _houder(persoon, period) & (
            persoon("werkloosheid_maanden", period)
            <= persoon("toegestane_werkloosheid_maanden", period)
        )


def toets_bij_wissel(persoon, period, parameters, vereist):
    p = _parameters(period, parameters)
    if not p.van_kracht or p.arbeidsmarkttoets_bij_werkgeverswissel:
        return vereist
    return vereist & ~persoon("werkgeverswissel_door_melding", period)


class single_permit_herschikking(Reform):
    """The recast Single Permit Directive (EU) 2024/1233, pending in the Netherlands.

    Source: Directive (EU) 2024/1233 (OJ 30 April 2024; transposition by 21 May 2026). The
    deadline has passed without a Dutch transposition: the consolidated Wav of 12 June 2026 still
    defines the gecombineerde vergunning and its aanvullend document by reference to Directive
    2011/98/EU (art. 1 onder h en i) and has neither a change of employer by notification nor a
    permitted period of unemployment; the BuWav versions of 22 May and 1 August 2026 show neither.
    So it is a reform: change of employer by notification (optional minimum period with the first
    employer, objection within 45 days, optional labour-market test), and unemployment of three
    months in total (six after two years) that does not cost the permit. Its start date is the
    transposition deadline, not a Dutch in-force date: illustrative for Dutch law. Not law in the
    Netherlands until transposed; that the unconditional provisions apply by direct effect from
    22 May 2026 is the interpretation variant `interpretatie_single_permit_rechtstreekse_werking`.
    """

    name = "Herschikte richtlijn gecombineerde vergunning (2024/1233)"
    status = VOORSTEL
    beschrijving = (  # in Dutch, for the werkbank
        "De herschikte richtlijn gecombineerde vergunning (EU) 2024/1233: de termijn voor "
        "omzetting is verstreken (21 mei 2026) zonder Nederlandse omzetting."
    )

    def apply(self):
        self.modify_parameters(laad_hervormingsparameters(NAAM))
        for variabele in (
            gecombineerde_vergunning_maanden,
            werkloosheid_maanden,
            werkgeverswissel,
            maanden_bij_eerste_werkgever,
            bezwaar_tegen_werkgeverswissel,
            werkgeverswissel_door_melding,
            toegestane_werkloosheid_maanden,
            werkloosheid_binnen_toegestane_periode,
        ):
            self.add_variable(variabele)
        wijzig_variabele(
            self,
            "arbeidsmarkttoets_vereist",
            toets_bij_wissel,
            "no labour-market test for a change of employer by notification, unless "
            "hervormingen.single_permit_herschikking.arbeidsmarkttoets_bij_werkgeverswissel.",
        )
