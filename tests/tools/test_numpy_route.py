"""The benchmark's plain-numpy route decision agrees with OpenFisca on every input."""

import sys
from pathlib import Path

import numpy as np
import pytest

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.tools.bevolking.lezen import naar_model
from openfisca_arbeidsmigratie.tools.bevolking.schema import persoonkolommen, werkgeverkolommen
from openfisca_arbeidsmigratie.tools.populatie import Populatie

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import numpy_route  # noqa: E402

DATUM = "2026-06-15"


@pytest.fixture(scope="module")
def bevolking(systeem):
    return numpy_route.alle_invoer(systeem, 20_000, zaad=4)


def test_numpy_gelijk_aan_openfisca(systeem, bevolking):
    openfisca = Populatie(bevolking, systeem=systeem).bereken("toelatingsroute", DATUM)
    kolommen = {**persoonkolommen(systeem), **werkgeverkolommen(systeem)}
    invoer = {n: naar_model(kolommen[n], bevolking.column(n)) for n in numpy_route.INVOER}
    eigen = numpy_route.route(systeem.parameters(DATUM), invoer, 6)
    namen = np.array([lid.name for lid in Toelatingsroute])[eigen]
    verschil = np.flatnonzero(namen != openfisca["toelatingsroute"].astype(str).to_numpy())
    assert not len(verschil), bevolking.slice(int(verschil[0]), 1).to_pylist()
    gezien = set(namen)
    assert gezien >= {lid.name for lid in Toelatingsroute} - {"brede_welvaartstoets"}, gezien


def test_terugtrekkingsakkoord_gedekt(bevolking):
    land = bevolking.column("nationaliteit").to_pylist()
    akkoord = bevolking.column("terugtrekkingsakkoord_verblijfsrecht").to_pylist()
    gb = [a for n, a in zip(land, akkoord, strict=True) if n == "GB"]
    assert any(gb) and not all(gb)
