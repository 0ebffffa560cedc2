from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning
from openfisca_arbeidsmigratie.model.invoer import Variabele


class tijdelijke_bescherming_van_toepassing(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De persoon geniet tijdelijke bescherming (Richtlijn 2001/55/EG, Oekraine)"
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32001L0055",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32022D0382",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32026D1912",
    )
    documentation = (
        "The person holds the protection document (`verblijfsvergunning` tijdelijke_bescherming) "
        "while the protection runs (4 March 2022 to 4 March 2028 inclusive, "
        "`bescherming_van_kracht`). From 5 August 2026 a new applicant "
        "(`nieuwe_aanvrager_tijdelijke_bescherming`) subject to Ukrainian military obligations "
        "gets it only after showing compliance or an exemption "
        "(`militaire_verplichtingen_aangetoond`; Council Implementing Decision (EU) 2026/1912)."
    )

    def formula(persoon, period, parameters):
        p = parameters(period).wav.tijdelijke_bescherming
        houder = (
            persoon("verblijfsvergunning", period) == Verblijfsvergunning.tijdelijke_bescherming
        )
        bewijs_ontbreekt = (
            p.militaire_verplichtingen_aantonen
            & persoon("nieuwe_aanvrager_tijdelijke_bescherming", period)
            & persoon("oekraiense_militaire_verplichtingen", period)
            & ~persoon("militaire_verplichtingen_aangetoond", period)
        )
        return houder & p.bescherming_van_kracht & ~bewijs_ontbreekt
