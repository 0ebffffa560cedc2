"""Date windows in months: the day the months have passed, also at a month's end."""

import numpy as np
from openfisca_core.periods import instant

from openfisca_arbeidsmigratie.model.termijnen import GEEN_DATUM, voor_maanden_verstreken


def binnen(datum, gebeurtenis, maanden):
    return bool(
        voor_maanden_verstreken(instant(datum), np.array([gebeurtenis], "datetime64[D]"), maanden)[
            0
        ]
    )


def test_verstreken_op_dezelfde_dag_maanden_later():
    assert binnen("2027-03-09", "2025-03-10", 24)
    assert not binnen("2027-03-10", "2025-03-10", 24)


def test_korte_maand_verstreken_op_de_laatste_dag():
    assert binnen("2025-02-27", "2024-08-31", 6)
    assert not binnen("2025-02-28", "2024-08-31", 6)
    assert binnen("2024-02-28", "2023-08-31", 6)
    assert not binnen("2024-02-29", "2023-08-31", 6)


def test_voor_de_gebeurtenis_en_zonder_datum_niet():
    assert not binnen("2025-03-09", "2025-03-10", 24)
    assert binnen("2025-03-10", "2025-03-10", 24)
    assert not binnen("2025-03-10", str(GEEN_DATUM), 24)
