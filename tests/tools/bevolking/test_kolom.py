"""A column as the model's array: one chunk taken as it is, a history row converted in place."""

import numpy as np
import pyarrow as pa
import pytest

from openfisca_arbeidsmigratie.tools.bevolking.kolom import als_array, naar_model, naar_model_in
from openfisca_arbeidsmigratie.tools.bevolking.schema import geschiedeniskolommen


def test_een_chunk_zonder_kopie():
    array = pa.array(np.arange(10, dtype=np.int64))
    enkel = als_array(pa.chunked_array([array]))
    assert enkel.buffers()[1].address == array.buffers()[1].address
    dubbel = als_array(pa.chunked_array([array.slice(0, 4), array.slice(4)]))
    assert dubbel.to_pylist() == list(range(10))


@pytest.mark.parametrize("naam", ["verblijfsdoel", "buiten_nederland"])
@pytest.mark.parametrize("vorm", ["array", "plak", "chunks", "tekst"])
def test_naar_model_in_als_naar_model(systeem, naam, vorm):
    """Into a row as `naar_model` gives it: dictionaries, slices (an offset), several chunks and
    plain text (a CSV enum column)."""
    kolom = geschiedeniskolommen(systeem)[naam]
    if naam == "verblijfsdoel":
        waarden = pa.array(
            ["arbeid_kennismigrant", "geen", "studie", "geen", "arbeid_regulier"] * 4
        )
        waarden = waarden if vorm == "tekst" else waarden.dictionary_encode()
    else:
        waarden = pa.array([True, False, False, True, True] * 4)
    if vorm == "plak":
        waarden = waarden.slice(3, 11)
    elif vorm == "chunks":
        waarden = pa.chunked_array([waarden.slice(0, 7), waarden.slice(7)])
    verwacht = np.asarray(naar_model(kolom, waarden))
    rij = np.full(len(waarden), 99 if naam == "verblijfsdoel" else True, dtype=verwacht.dtype)
    naar_model_in(kolom, waarden, rij)
    np.testing.assert_array_equal(rij, verwacht)
