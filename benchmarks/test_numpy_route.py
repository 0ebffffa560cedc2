"""The benchmark's plain-numpy route decision agrees with OpenFisca on every input.

Run by `make bench` before it times anything (not by `make test`: this is a second implementation
of the decision, kept for the benchmark's fair reference, not a rule's test).
"""

import sys
from pathlib import Path

import numpy as np
import pytest

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.tools.populatie import Populatie

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy_route  # noqa: E402

DATUM = "2026-06-15"


@pytest.fixture(scope="module")
def systeem():
    return CountryTaxBenefitSystem()


@pytest.fixture(scope="module")
def bevolking(systeem):
    return numpy_route.alle_invoer(systeem, 20_000, zaad=4, datum=DATUM)


def test_numpy_gelijk_aan_openfisca(systeem, bevolking):
    openfisca = Populatie(bevolking, systeem=systeem).bereken("toelatingsroute", DATUM)
    invoer, doelen, buiten = numpy_route.als_arrays(systeem, bevolking, DATUM)
    eigen = numpy_route.route(systeem.parameters(DATUM), invoer, 6, doelen, buiten)
    namen = np.array([lid.name for lid in Toelatingsroute])[eigen]
    verschil = np.flatnonzero(
        namen != openfisca["toelatingsroute__huidig_recht"].astype(str).to_numpy()
    )
    assert not len(verschil), bevolking.slice(int(verschil[0]), 1).to_pylist()
    gezien = set(namen)
    assert gezien >= {lid.name for lid in Toelatingsroute} - {"brede_welvaartstoets"}, gezien


def test_terugtrekkingsakkoord_gedekt(bevolking):
    land = bevolking.column("nationaliteit").to_pylist()
    akkoord = bevolking.column("terugtrekkingsakkoord_verblijfsrecht").to_pylist()
    gb = [a for n, a in zip(land, akkoord, strict=True) if n == "GB"]
    assert any(gb) and not all(gb)


def test_geschiedenis_gedekt(systeem, bevolking):
    """Wav art. 4(2)(b) decides for some persons: free access from the history alone, and runs
    that the main residence's move abroad cuts short."""
    invoer, doelen, buiten = numpy_route.als_arrays(systeem, bevolking, DATUM)
    p = systeem.parameters(DATUM)
    vrij = numpy_route.verblijf_met_arbeid(p, doelen, buiten)
    zonder_buiten = numpy_route.verblijf_met_arbeid(p, doelen, np.zeros_like(buiten))
    assert vrij.sum() > 100
    assert (zonder_buiten & ~vrij).sum() > 10
    openfisca = Populatie(bevolking, systeem=systeem).bereken(
        "arbeid_vrij_na_verblijf_met_arbeid", DATUM
    )
    np.testing.assert_array_equal(
        openfisca["arbeid_vrij_na_verblijf_met_arbeid__huidig_recht"], vrij
    )
