from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class nieuwe_aanvrager_tijdelijke_bescherming(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De persoon vraagt op de datum voor het eerst tijdelijke bescherming aan"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32026D1912",)
    documentation = (
        "True for a first application for temporary protection judged on the date. Council "
        "Implementing Decision (EU) 2026/1912 asks new applicants from 5 August 2026 for proof "
        "about Ukrainian military obligations; a person admitted earlier keeps the protection "
        "without it. Judge the case on the date of the first application. False without input: a "
        "case is taken as an existing beneficiary."
    )
