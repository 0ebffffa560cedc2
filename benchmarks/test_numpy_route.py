"""The benchmark's plain-numpy route decision agrees with OpenFisca on every input.

Run by `make bench` before it times anything (not by `make test`: this is a second implementation
of the decision, kept for the benchmark's fair reference, not a rule's test).
"""

import sys
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.tools.kern.register import pas_toe
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


def test_eerlijke_grens_schrijft_wat_het_project_schrijft(systeem, bevolking, tmp_path):
    """The fair limit (`numpy_eerlijk.py`: chunks, the compiled walk, the project's writers)
    writes the same per-person routes, aggregates and differences as `arbeidsmigratie
    bevolking --variabelen toelatingsroute` for current law and the benchmark's six reforms."""
    import numpy_eerlijk

    from openfisca_arbeidsmigratie.tools.bevolking.lezen import controleer_pad
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai

    bestand = tmp_path / "alle.parquet"
    pq.write_table(bevolking, bestand, row_group_size=7_000)
    hervormingen = [*numpy_route.HERVORMINGEN, *numpy_route.ZONDER_GEVOLG_VOOR_ROUTE]
    project, eigen = tmp_path / "project", tmp_path / "numpy"
    bron = Bron(bestand, pad=controleer_pad(bestand))
    draai(systeem, bron, hervormingen, DATUM, uitvoer=project, blokgrootte=7_000,
          variabelen=["toelatingsroute"], grafiek=False)  # fmt: skip
    numpy_eerlijk.draai(bestand, eigen, hervormingen, DATUM, blokgrootte=7_000)
    for naam in ("aggregaat.csv", "verschil.csv"):
        assert (eigen / naam).read_bytes() == (project / naam).read_bytes(), naam
    assert pq.read_table(eigen / "personen.parquet").equals(
        pq.read_table(project / "personen.parquet")
    )


@pytest.mark.parametrize("hervorming", numpy_route.HERVORMINGEN[1:])
def test_hervorming_in_numpy_van_kracht(systeem, hervorming):
    """Each reform's rule in numpy changes the routes the reform changes, on a date it is in
    force (the benchmark's date is before all of them; the points test is not in numpy). Persons
    under temporary protection are left out: numpy's reading of it is the benchmark date's, and
    on this date it differs from the rules for a few of them, under current law too."""
    datum = "2027-02-15"
    bevolking = numpy_route.alle_invoer(systeem, 20_000, zaad=5, datum=datum)
    hervormd = pas_toe(systeem, hervorming)
    p = hervormd.parameters(datum)
    assert "van_kracht" not in p.hervormingen[hervorming] or p.hervormingen[hervorming].van_kracht
    invoer, doelen, buiten = numpy_route.als_arrays(systeem, bevolking, datum)
    namen = np.array([lid.name for lid in Toelatingsroute])
    uitkomst = {}
    for naam, s, h in (("huidig", systeem, None), ("hervormd", hervormd, hervorming)):
        regels = Populatie(bevolking, systeem=s).bereken("toelatingsroute", datum)
        eigen = numpy_route.route(s.parameters(datum), invoer, 2, doelen, buiten, h)
        uitkomst[naam] = (
            namen[eigen],
            regels["toelatingsroute__huidig_recht"].astype(str).to_numpy(),
        )
    (huidig_np, huidig_regels), (hervormd_np, hervormd_regels) = uitkomst.values()
    beschermd = "tijdelijke_bescherming"
    zonder = np.asarray(
        (bevolking.column("verblijfsvergunning").cast("string").to_numpy() != beschermd)
        & (bevolking.column("vrijstelling_buwav").cast("string").to_numpy() != beschermd)
    )
    np.testing.assert_array_equal(huidig_np[zonder], huidig_regels[zonder])
    np.testing.assert_array_equal(hervormd_np[zonder], hervormd_regels[zonder])
    assert (hervormd_np != huidig_np)[zonder].any(), "no route changes here: the test cannot fail"
