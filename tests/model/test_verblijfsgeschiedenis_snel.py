"""The compiled walks (numba, optional extra `snel`) are bit-identical to the numpy walks.

The comparisons are skipped only where numba cannot be imported; `make install` installs it.
"""

import os
import subprocess
import sys
import types

import numpy as np
import pytest

from openfisca_arbeidsmigratie.model import maandreeks, versnelling, wandelingen
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel

DOELEN = len(Verblijfsdoel)
GEEN = Verblijfsdoel.geen.index
VORMEN = [(0, 121), (7, 1), (1, 5), (2_000, 121), (500, 40)]
ZADEN = [1, 2, 3]


@pytest.fixture
def kernen():
    pytest.importorskip("numba")
    from openfisca_arbeidsmigratie.model import numba_kernen

    return numba_kernen


def geschiedenis(rng, personen, maanden, alleen_lezen=True):
    """Runs of purposes (sometimes none) and of months abroad, short and long."""
    doelen = np.empty((maanden, personen), dtype=np.int16)
    buiten = np.empty((maanden, personen), dtype=bool)
    doel = rng.integers(0, DOELEN, size=personen)
    weg = np.zeros(personen, dtype=bool)
    for maand in range(maanden):
        doel = np.where(rng.random(personen) < 0.04, rng.integers(0, DOELEN, personen), doel)
        doel = np.where((doel == GEEN) & (rng.random(personen) < 0.5), 1, doel)
        weg = np.where(rng.random(personen) < np.where(weg, 0.2, 0.05), ~weg, weg)
        doelen[maand], buiten[maand] = doel, weg
    if alleen_lezen:
        for array in (doelen, buiten):
            array.setflags(write=False)
    return doelen, buiten


def gewichten(rng, tabellen):
    return [rng.choice([0.0, 0.5, 1.0], size=DOELEN) for _ in range(tabellen)]


def rechtmatig(rng):
    tabel = rng.random(DOELEN) < 0.9
    tabel[GEEN] = False
    return tabel


def onderbrekingen(rng, personen):
    return [
        7,
        1,
        12.0,
        rng.integers(0, 14, size=personen),
        rng.integers(0, 14, size=personen).astype(np.float64),
    ]


def gelijk(links, rechts):
    assert links.dtype == rechts.dtype
    np.testing.assert_array_equal(links, rechts, strict=True)


@pytest.mark.parametrize("zaad", ZADEN)
@pytest.mark.parametrize(("personen", "maanden"), VORMEN)
def test_tel_verblijf_bit_gelijk(kernen, zaad, personen, maanden):
    rng = np.random.default_rng(zaad)
    doelen, buiten = geschiedenis(rng, personen, maanden, alleen_lezen=zaad != 2)
    for onderbreking in onderbrekingen(rng, personen):
        for vereist in (60, 7.5, 0):
            tabellen = gewichten(rng, 1 + zaad % 3)
            argumenten = (tabellen, rechtmatig(rng), doelen, buiten, onderbreking, vereist)
            gecompileerd = kernen.tel_verblijf(*argumenten)
            assert gecompileerd is not None
            tellingen, weg = wandelingen.tel_verblijf_numpy(*argumenten)
            assert len(gecompileerd[0]) == len(tellingen)
            for links, rechts in zip(gecompileerd[0], tellingen, strict=True):
                gelijk(links, rechts)
            gelijk(gecompileerd[1], weg)


def test_tel_verblijf_histories_zijn_gevarieerd(kernen):
    """The random histories reach every branch: whole histories, interruptions, windows."""
    rng = np.random.default_rng(1)
    doelen, buiten = geschiedenis(rng, 2_000, 121)
    tabel = np.where(np.arange(DOELEN) == GEEN, 0.0, 1.0)
    (telling,), weg = kernen.tel_verblijf([tabel], tabel > 0, doelen, buiten, 7, 60)
    (zonder_grens,), _ = kernen.tel_verblijf([tabel], tabel > 0, doelen, buiten, 10**6, 60)
    assert (telling == 121).mean() > 0.01
    assert (telling < zonder_grens).mean() > 0.1
    assert (weg > 0).mean() > 0.1
    assert (telling > 60).mean() > 0.05


@pytest.mark.parametrize("zaad", ZADEN)
@pytest.mark.parametrize(("personen", "maanden"), VORMEN)
def test_langste_reeks_bit_gelijk(kernen, zaad, personen, maanden):
    rng = np.random.default_rng(zaad)
    doelen, buiten = geschiedenis(rng, personen, maanden, alleen_lezen=zaad != 2)
    for grens in (7, 1, 0, 4.0):
        for aantal in {maanden, maanden // 2}:
            tabel = rng.random(DOELEN) < 0.6
            argumenten = (tabel, doelen, buiten, grens, aantal)
            gecompileerd = kernen.langste_reeks_met_arbeid(*argumenten)
            assert gecompileerd is not None
            gelijk(gecompileerd, wandelingen.langste_reeks_numpy(*argumenten))


def test_langste_reeks_histories_zijn_gevarieerd(kernen):
    rng = np.random.default_rng(1)
    doelen, buiten = geschiedenis(rng, 2_000, 121)
    tabel = np.arange(DOELEN) != GEEN
    langste = kernen.langste_reeks_met_arbeid(tabel, doelen, buiten, 7, 121)
    zonder_grens = kernen.langste_reeks_met_arbeid(tabel, doelen, buiten, 10**6, 121)
    assert (langste < zonder_grens).mean() > 0.1
    assert (langste == 121).mean() > 0.01


def test_onbekend_doel_laat_numpy_beslissen(kernen):
    """A purpose index outside the tables: numpy's result (a negative index counts from the
    end) or numpy's error, never a compiled guess."""
    rng = np.random.default_rng(4)
    doelen, buiten = geschiedenis(rng, 50, 30, alleen_lezen=False)
    doelen[:, 10] = Verblijfsdoel.blauwe_kaart.index
    doelen[3, 10] = -1
    buiten[:, 10] = False
    tabel = np.ones(DOELEN)
    argumenten = ([tabel], tabel > 0, doelen, buiten, 7, 60)
    assert kernen.tel_verblijf(*argumenten) is None
    (verwacht,), _ = wandelingen.tel_verblijf_numpy(*argumenten)
    (gekregen,), _ = wandelingen.tel_verblijf(*argumenten)
    gelijk(gekregen, verwacht)
    assert gekregen[10] == 30
    doelen[3, 10] = DOELEN
    with pytest.raises(IndexError):
        wandelingen.tel_verblijf(*argumenten)
    with pytest.raises(IndexError):
        wandelingen.langste_reeks_met_arbeid(tabel > 0, doelen, buiten, 7, 30)


def test_numba_gekozen_tenzij_uitgezet(kernen, monkeypatch):
    monkeypatch.delenv(versnelling.SCHAKELAAR, raising=False)
    assert versnelling.kernen() is kernen
    assert versnelling.opwarmen() is True
    monkeypatch.setenv(versnelling.SCHAKELAAR, "0")
    assert versnelling.kernen() is None
    assert versnelling.opwarmen() is False


def test_uitgezet_rekent_numpy(monkeypatch):
    """With ARBEIDSMIGRATIE_NUMBA=0 both walks run numpy, whatever kernels are loaded."""
    aanroepen = []

    def opgenomen(naam):
        def kern(*argumenten):
            aanroepen.append(naam)
            return None

        return kern

    nep = types.SimpleNamespace(
        tel_verblijf=opgenomen("tel_verblijf"),
        langste_reeks_met_arbeid=opgenomen("langste_reeks_met_arbeid"),
    )
    monkeypatch.setattr(versnelling, "_geladen", [nep])
    doelen, buiten = geschiedenis(np.random.default_rng(5), 20, 12)
    tabel = np.arange(DOELEN) != GEEN

    def beide():
        wandelingen.tel_verblijf([tabel * 1.0], tabel, doelen, buiten, 7, 60)
        wandelingen.langste_reeks_met_arbeid(tabel, doelen, buiten, 7, 12)

    monkeypatch.setenv(versnelling.SCHAKELAAR, "0")
    beide()
    assert aanroepen == []
    monkeypatch.setenv(versnelling.SCHAKELAAR, "1")
    beide()
    assert aanroepen == ["tel_verblijf", "langste_reeks_met_arbeid"]


def test_zonder_numba_rekent_numpy(monkeypatch):
    monkeypatch.delenv(versnelling.SCHAKELAAR, raising=False)
    monkeypatch.setattr(versnelling, "_geladen", [])
    monkeypatch.setattr(versnelling.importlib.util, "find_spec", lambda naam: None)
    assert versnelling.kernen() is None
    assert versnelling.opwarmen() is False
    doelen, buiten = geschiedenis(np.random.default_rng(6), 30, 24)
    tabel = np.arange(DOELEN) != GEEN
    argumenten = ([tabel * 1.0], tabel, doelen, buiten, 7, 60)
    (gekregen,), weg = wandelingen.tel_verblijf(*argumenten)
    (verwacht,), verwacht_weg = wandelingen.tel_verblijf_numpy(*argumenten)
    gelijk(gekregen, verwacht)
    gelijk(weg, verwacht_weg)


def test_pakket_importeert_numba_niet():
    """numba is imported on the first walk, not with the package or the model."""
    code = (
        "import sys, openfisca_arbeidsmigratie\n"
        "import openfisca_arbeidsmigratie.model.verblijfsgeschiedenis\n"
        "print('numba' in sys.modules)"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert uitvoer.strip() == "False"


def test_klein_geval_laadt_numba_niet():
    """A walk over fewer than `KLEIN` persons runs numpy unless the kernels are loaded: a single
    case does not pay for loading them."""
    code = (
        "import sys\n"
        "from openfisca_arbeidsmigratie import CountryTaxBenefitSystem\n"
        "from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_geval\n"
        "geval = {'period': '2025-03-10', 'input': {'nationaliteit': 'IN', 'leeftijd': 40,\n"
        "    'verblijfsdoel': {'month:2020-03:60': 'arbeid_kennismigrant'}}}\n"
        "uit = bereken_geval(CountryTaxBenefitSystem(), geval, ['verblijfsduur_maanden_vvo'])\n"
        "print(uit['verblijfsduur_maanden_vvo'], 'numba' in sys.modules)"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert uitvoer.split() == ["60", "False"]


def test_eerste_wandeling_compileert_niet(kernen, systeem):
    """`opwarmen` compiles (or loads from numba's cache) the kernels for the types a population
    run passes: its walks add no signature, so none is compiled while persons wait."""
    from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
    from openfisca_arbeidsmigratie.tools.bevolking.rekenen import Werkgevers, modelinvoer, simuleer
    from openfisca_arbeidsmigratie.tools.bevolking.schema import werkgeverkolommen

    versnelling.opwarmen()
    voor = {kern: list(kern.signatures) for kern in kernen.GECOMPILEERD}
    personen, werkgevers = genereer(systeem, 300, zaad=3, datum="2026-06-15")
    invoer = modelinvoer(systeem, personen, Werkgevers(werkgevers, werkgeverkolommen(systeem)))
    maandreeks.vergeet_wandelingen()
    simulatie = simuleer(systeem, invoer, "2026-06-15")
    for naam in ("verblijfsduur_maanden_vvo", "verblijfsduur_maanden_eu", "toelatingsroute"):
        simulatie.calculate(naam, "2026-06-15")
    assert {kern: list(kern.signatures) for kern in voor} == voor


def test_kleine_run_laadt_numba_niet(kernen):
    """A run of fewer than `LOONT_VANAF` persons walks numpy (loading costs more than it saves
    there); a larger one, or one of unknown size, loads the kernels up front."""
    code = (
        "import sys\n"
        "from openfisca_arbeidsmigratie import CountryTaxBenefitSystem\n"
        "from openfisca_arbeidsmigratie.model import versnelling\n"
        "from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer\n"
        "from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai\n"
        "systeem = CountryTaxBenefitSystem()\n"
        "personen, werkgevers = genereer(systeem, 12_000, zaad=2)\n"
        "bron = Bron('p', tabel=personen)\n"
        "draai(systeem, bron, ['brede_welvaartstoets'], werkgevers=werkgevers)\n"
        "klein = 'numba' in sys.modules\n"
        "groot = versnelling.opwarmen(versnelling.LOONT_VANAF)\n"
        "print(klein, groot, 'numba' in sys.modules)"
    )
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert uitvoer.split() == ["False", "True", "True"]


def test_tweede_proces_laadt_uit_de_cache(kernen):
    """numba's on-disk cache is used across processes: after one process has loaded (or
    compiled and saved) the kernels, the next loads both and compiles nothing."""
    code = "from openfisca_arbeidsmigratie.model import versnelling\nversnelling.opwarmen()\n"
    omgeving = {**os.environ, "NUMBA_DEBUG_CACHE": "1"}
    for _ in range(2):
        uitvoer = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=omgeving
        ).stdout
    regels = [regel for regel in uitvoer.splitlines() if regel.startswith("[cache]")]
    assert sum("data loaded" in regel for regel in regels) == 2, regels
    assert not any("saved" in regel for regel in regels), regels


def test_zonder_schrijfbare_cache_compileert_per_proces(kernen):
    """Where numba finds no writable cache directory it raises when a function asks for the
    cache; the kernels are then compiled in the process (and give the same walks)."""
    code = (
        "import numpy as np\n"
        "from openfisca_arbeidsmigratie.model import numba_kernen, versnelling\n"
        "from openfisca_arbeidsmigratie.model import wandelingen as v\n"
        "print(versnelling.opwarmen(), numba_kernen.GECOMPILEERD[0].stats.cache_path)\n"
        "rng = np.random.default_rng(1)\n"
        "doelen = rng.integers(0, 4, (30, 50)).astype(np.int16)\n"
        "buiten = rng.random((30, 50)) < 0.2\n"
        "tabel = np.array([False, True, True, False])\n"
        "snel = numba_kernen.langste_reeks_met_arbeid(tabel, doelen, buiten, 7, 30)\n"
        "print(np.array_equal(snel, v.langste_reeks_numpy(tabel, doelen, buiten, 7, 30)))\n"
    )
    # Only the IPython locator: outside IPython numba finds no cache directory.
    omgeving = {**os.environ, "NUMBA_CACHE_LOCATOR_CLASSES": "IPythonCacheLocator"}
    uitvoer = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=omgeving
    )
    assert uitvoer.returncode == 0, uitvoer.stderr[-2000:]
    assert uitvoer.stdout.split() == ["True", "None", "True"]
