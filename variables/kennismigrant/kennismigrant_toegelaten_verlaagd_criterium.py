from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class kennismigrant_toegelaten_verlaagd_criterium(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Eerder als kennismigrant toegelaten op het verlaagd salariscriterium"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D32387",
        "https://www.kroesadvocaten.nl/en/stricter-rules-for-the-highly-skilled-migrant-scheme",
    )
    documentation = (
        "The person holds, or held, a knowledge-migrant permit granted on the reduced criterion. "
        "In current practice the reduced criterion then continues at an extension and after a "
        "change of employer, with no time limit: the cabinet's exploration (Kamerstuk 29 861, "
        "nr. 163, 4 July 2025) proposes a three-year limit because there is none now (Kroes "
        "Advocaten's summary: likely; the IND's own text was not read). False without input."
    )
