from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class militaire_verplichtingen_aangetoond(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "De persoon heeft aangetoond dat hij aan de Oekraiense militaire verplichtingen voldoet "
        "of ervan is vrijgesteld"
    )
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32026D1912",)
    documentation = (
        "The proof of compliance with, or exemption from, Ukrainian military obligations that "
        "Council Implementing Decision (EU) 2026/1912 asks of new applicants from 5 August 2026. "
        "False without input."
    )
