"""The identifier check of a table given whole (the employers table)."""

import numpy as np
import pyarrow as pa
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import validatie


def dubbele_rijen(monkeypatch, delen):
    verzamelaar = validatie.Verzamelaar()
    gevonden = []
    monkeypatch.setattr(
        verzamelaar, "voeg_toe", lambda kolom, soort, rijen, waarden, uitleg: gevonden.extend(rijen)
    )
    validatie.controleer_dubbel(verzamelaar, "persoon_id", [pa.array(d) for d in delen])
    return sorted(int(r) for r in gevonden)


@pytest.mark.parametrize("zaad", [1, 2, 3, 7])
def test_dubbel_over_blokken(monkeypatch, zaad):
    rng = np.random.default_rng(zaad)
    ids = [f"p{k}" for k in rng.integers(0, 40, 120)] + ["", ""]
    verwacht, gezien = [], set()
    for rij, waarde in enumerate(ids, 1):
        if waarde and waarde in gezien:
            verwacht.append(rij)
        gezien.add(waarde)
    delen = [ids[:50], ids[50:51], ids[51:]]
    assert dubbele_rijen(monkeypatch, delen) == verwacht
    assert verwacht


def test_geen_dubbel(monkeypatch):
    assert dubbele_rijen(monkeypatch, [["a", "b"], ["c"]]) == []
