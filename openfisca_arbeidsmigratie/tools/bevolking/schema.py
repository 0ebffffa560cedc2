"""Which columns a population table may have: the model's own input variables.

Persons: `persoon_id`, optional `werkgever_id`, every DAY input variable of `persoon` by its name,
and the monthly history as `verblijfsdoel_YYYY_MM` and `buiten_nederland_YYYY_MM` columns (or a
long table `persoon_id, maand, verblijfsdoel, buiten_nederland`). Employers: `werkgever_id` and
every DAY input variable of `werkgever`.
"""

import re

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY, MONTH

from openfisca_arbeidsmigratie.model.invoer import EERSTE_MAAND, LAATSTE_MAAND, Invoer
from openfisca_arbeidsmigratie.tools.bevolking.kolom import Kolom, soort_van

PERSOON_ID = "persoon_id"
WERKGEVER_ID = "werkgever_id"
VERPLICHT = (PERSOON_ID, "nationaliteit", "leeftijd", "bruto_maandloon")
GESCHIEDENIS = ("verblijfsdoel", "buiten_nederland")
MAANDKOLOM = re.compile(r"^(verblijfsdoel|buiten_nederland)_(\d{4})_(\d{2})$")


def invoerkolommen(systeem, entiteit: str, periode=DAY) -> dict[str, Kolom]:
    """The input variables of an entity with the given definition period, as columns."""
    return {
        naam: Kolom(naam, variabele, soort_van(variabele))
        for naam, variabele in sorted(systeem.variables.items())
        if isinstance(variabele, Invoer)
        and variabele.entity.key == entiteit
        and variabele.definition_period == periode
        and variabele.value_type in (Enum, bool, int, float)
    }


def persoonkolommen(systeem) -> dict[str, Kolom]:
    return invoerkolommen(systeem, "persoon")


def werkgeverkolommen(systeem) -> dict[str, Kolom]:
    return invoerkolommen(systeem, "werkgever")


def geschiedeniskolommen(systeem) -> dict[str, Kolom]:
    return {
        naam: kolom
        for naam, kolom in invoerkolommen(systeem, "persoon", MONTH).items()
        if naam in GESCHIEDENIS
    }


def maandkolom(naam: str):
    """(variable, 'YYYY-MM') for a history column name, else None."""
    gevonden = MAANDKOLOM.match(naam)
    if not gevonden or not 1 <= int(gevonden.group(3)) <= 12:
        return None
    maand = f"{gevonden.group(2)}-{gevonden.group(3)}"
    if not EERSTE_MAAND <= maand <= LAATSTE_MAAND:
        return None
    return gevonden.group(1), maand
