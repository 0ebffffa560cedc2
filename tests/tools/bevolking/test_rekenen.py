"""A chunk's monthly history as the model's (months x persons) arrays."""

import numpy as np
import pyarrow as pa
import pytest

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import Werkgevers, maandreeks
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    geschiedeniskolommen,
    werkgeverkolommen,
)


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


def werkgevers_tabel(ids):
    return pa.table({"werkgever_id": ids, "erkend_referent": [True] * len(ids)})


def test_werkgevers_plekken(systeem):
    """One lookup per chunk gives each person's row in the employers table, -1 where the employer
    is not there (also an empty identifier); the join takes those rows."""
    werkgevers = Werkgevers(werkgevers_tabel(["w1", "w2", "w3"]), werkgeverkolommen(systeem))
    plekken = werkgevers.plekken(pa.array(["w3", "w9", None, "w1", ""]))
    assert plekken.tolist() == [2, -1, -1, 0, -1]
    gekoppeld = werkgevers.voor(np.array([2, 0, 0]))
    assert gekoppeld["erkend_referent"].tolist() == [True, True, True]
    with pytest.raises(RuntimeError, match="not in the table"):
        werkgevers.voor(plekken)


def test_werkgevers_met_dubbele_id_worden_nooit_gekoppeld(systeem):
    """A table with an identifier repeated is checked (who is unknown), never joined."""
    werkgevers = Werkgevers(werkgevers_tabel(["w1", "w1", "w2"]), werkgeverkolommen(systeem))
    assert (werkgevers.plekken(pa.array(["w1", "w2", "w3"])) >= 0).tolist() == [True, True, False]
    with pytest.raises(RuntimeError):
        werkgevers.voor(np.array([0]))


def test_werkgeverindex_eenmaal_per_proces(systeem):
    """The employers' hash index is built once for a run, before its first chunk (before a pool
    forks), not per chunk: a chunk costs its own size, whatever the number of employers."""
    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, Rekenaar

    tabel = werkgevers_tabel([f"w{i}" for i in range(50)])
    rekenaar = Rekenaar(Opdracht(datum="2026-06-15", werkgevers=tabel), systeem)
    index = rekenaar.koppeling.index
    assert index is not None
    for begin in range(0, 30, 10):
        blok = pa.table({"werkgever_id": [f"w{i}" for i in range(begin, begin + 10)]})
        assert (rekenaar.controleer(blok, begin + 1)[2] == np.arange(begin, begin + 10)).all()
        assert rekenaar.koppeling.index is index
