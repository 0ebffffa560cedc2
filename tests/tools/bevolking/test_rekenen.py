"""A chunk's monthly history as the model's (months x persons) arrays."""

import numpy as np
import pyarrow as pa

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import maandreeks
from openfisca_arbeidsmigratie.tools.bevolking.schema import geschiedeniskolommen


def test_maandreeks_uit_kolommen_en_arrays(systeem):
    """Columns are converted straight into their rows; a month one input lacks keeps the default
    there (no purpose, not abroad); newest month first."""
    historie = geschiedeniskolommen(systeem)
    doelen = pa.array(["studie", "arbeid_kennismigrant"]).dictionary_encode()
    reeks = maandreeks(
        {
            ("verblijfsdoel", "2026-04"): (historie["verblijfsdoel"], doelen),
            ("buiten_nederland", "2026-04"): np.array([True, False]),
            ("buiten_nederland", "2026-05"): (
                historie["buiten_nederland"],
                pa.array([False, True]),
            ),
        },
        2,
    )
    assert list(reeks.rij) == ["2026-05", "2026-04"]
    np.testing.assert_array_equal(
        reeks.doelen,
        [
            [Verblijfsdoel.geen.index] * 2,
            [Verblijfsdoel.studie.index, Verblijfsdoel.arbeid_kennismigrant.index],
        ],
    )
    np.testing.assert_array_equal(reeks.buiten, [[False, True], [True, False]])


def test_maandreeks_volledig(systeem):
    historie = geschiedeniskolommen(systeem)
    reeks = maandreeks(
        {
            ("verblijfsdoel", "2026-05"): (historie["verblijfsdoel"], pa.array(["geen", "studie"])),
            ("buiten_nederland", "2026-05"): (historie["buiten_nederland"], pa.array([True, True])),
        },
        2,
    )
    np.testing.assert_array_equal(
        reeks.doelen, [[Verblijfsdoel.geen.index, Verblijfsdoel.studie.index]]
    )
    np.testing.assert_array_equal(reeks.buiten, [[True, True]])
