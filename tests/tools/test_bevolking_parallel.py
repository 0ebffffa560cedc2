"""The process pool and a Dask LocalCluster give exactly the results of one process."""

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, Parameterwaarde, voorbereid
from openfisca_arbeidsmigratie.tools.bevolking.drempel import lokale_teller
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout

DATUM = "2026-06-15"
HERVORMINGEN = ["kennismigrant_jongerennorm_verhoogd", "brede_welvaartstoets"]
BLOK = 300


@pytest.fixture(scope="module")
def bestanden(systeem, tmp_path_factory):
    map_ = tmp_path_factory.mktemp("parallel")
    personen, werkgevers = genereer(systeem, 1_500, zaad=5, datum=DATUM)
    gewicht = pa.array([float(1 + i % 7) for i in range(personen.num_rows)])
    personen = personen.append_column("gewicht", gewicht)
    pq.write_table(personen, map_ / "p.parquet", row_group_size=BLOK)
    pq.write_table(werkgevers, map_ / "w.parquet")
    fout = personen.set_column(
        personen.schema.get_field_index("leeftijd"),
        "leeftijd",
        pa.array([-1 if i in (5, 1_400) else 30 for i in range(personen.num_rows)]),
    )
    pq.write_table(fout, map_ / "fout.parquet", row_group_size=BLOK)
    return map_, werkgevers


def _run(systeem, bestanden, uitvoer, **opties):
    map_, werkgevers = bestanden
    return draai(
        systeem,
        Bron("p", pad=map_ / opties.pop("bestand", "p.parquet")),
        HERVORMINGEN,
        DATUM,
        per=["nationaliteit"],
        uitvoer=uitvoer,
        werkgevers=werkgevers,
        blokgrootte=BLOK,
        gewicht="gewicht",
        grafiek=False,
        **opties,
    )


@pytest.fixture(scope="module")
def sequentieel(systeem, bestanden, tmp_path_factory):
    uitvoer = tmp_path_factory.mktemp("een")
    return _run(systeem, bestanden, uitvoer, processen=1), uitvoer


def _gelijk(telling, uitvoer, verwacht):
    telling_een, uitvoer_een = verwacht
    assert telling.routetabel().equals(telling_een.routetabel())
    assert telling.overgangstabel().equals(telling_een.overgangstabel())
    assert telling.aantal == telling_een.aantal == 1_500
    assert pq.read_table(uitvoer / "personen.parquet").equals(
        pq.read_table(uitvoer_een / "personen.parquet")
    )


def test_pool_gelijk_aan_een_proces(systeem, bestanden, sequentieel, tmp_path):
    _gelijk(_run(systeem, bestanden, tmp_path, processen=2), tmp_path, sequentieel)


def test_pool_fouten_gelijk_en_niets_geschreven(systeem, bestanden, tmp_path):
    meldingen = []
    for processen in (1, 2):
        with pytest.raises(ValidatieFout) as fout:
            _run(
                systeem,
                bestanden,
                tmp_path / str(processen),
                bestand="fout.parquet",
                processen=processen,
            )
        meldingen.append(fout.value.problemen)
        assert not (tmp_path / str(processen)).exists() or not any(
            (tmp_path / str(processen)).iterdir()
        )
    assert meldingen[0] == meldingen[1]
    assert "row 7: -1; row 1402: -1" in meldingen[0][0]


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("dask.distributed")
    from openfisca_arbeidsmigratie.tools.bevolking.cluster import verbinding

    with verbinding("lokaal", 2) as client:
        yield client


def test_dask_gelijk_aan_een_proces(systeem, bestanden, sequentieel, cluster, tmp_path):
    from openfisca_arbeidsmigratie.tools.bevolking.cluster import draai_op_cluster

    map_, werkgevers = bestanden
    opdracht = Opdracht(
        DATUM,
        tuple(HERVORMINGEN),
        ("nationaliteit",),
        "gewicht",
        werkgevers=werkgevers,
    )
    telling = draai_op_cluster(
        cluster, systeem, opdracht, Bron("p", pad=map_ / "p.parquet"), BLOK, tmp_path
    )
    assert sorted(p.name for p in (tmp_path / "personen.parquet").iterdir()) == [
        f"deel-{i:06d}.parquet" for i in range(5)
    ]
    _gelijk(telling, tmp_path, sequentieel)
    _run(systeem, bestanden, tmp_path, processen=1)
    assert (tmp_path / "personen.parquet").is_file()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_dask_fout_schrijft_niets(systeem, bestanden, cluster, tmp_path):
    from openfisca_arbeidsmigratie.tools.bevolking.cluster import draai_op_cluster

    map_, werkgevers = bestanden
    opdracht = Opdracht(DATUM, (), gewicht="gewicht", werkgevers=werkgevers)
    with pytest.raises(ValidatieFout, match="row 7: -1; row 1402: -1"):
        draai_op_cluster(
            cluster, systeem, opdracht, Bron("p", pad=map_ / "fout.parquet"), BLOK, tmp_path
        )
    assert list(tmp_path.iterdir()) == []


def test_dask_drempel_gelijk(systeem, bestanden, cluster):
    from openfisca_arbeidsmigratie.tools.bevolking.cluster import cluster_teller

    map_, werkgevers = bestanden
    tabel = pq.read_table(map_ / "p.parquet").drop_columns(["gewicht"])
    bron = Bron("p", tabel=tabel)
    opdracht = Opdracht(DATUM, werkgevers=werkgevers, huidig_recht=False)
    waarde = Parameterwaarde("kennismigrant.salariscriterium.jonger_dan_dertig", DATUM, 4000.0)
    lokaal = lokale_teller(systeem, voorbereid(systeem, opdracht, bron, BLOK), DATUM)
    op_cluster, aantal = cluster_teller(cluster, systeem, opdracht, bron, BLOK)
    assert aantal == 1_500
    assert op_cluster(waarde) == lokaal(waarde) > 0


def test_cli_dask_leest_parquet(tmp_path, capsys):
    from openfisca_arbeidsmigratie.tools.cli import main

    (tmp_path / "p.csv").write_text(
        "persoon_id,nationaliteit,leeftijd,bruto_maandloon\na,IN,30,1\n"
    )
    code = main(["bevolking", "--invoer", str(tmp_path / "p.csv"), "--dask", "lokaal"])
    assert code == 2
    assert "--dask reads Parquet" in capsys.readouterr().err
