"""The pandas API (`Populatie`): results, weighted counts, transitions, the CLI's validation."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import openfisca_arbeidsmigratie
from openfisca_arbeidsmigratie import Populatie
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import Maandreeks
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.tools.cli import main

DATUM = "2026-06-15"
HERVORMING = "kennismigrant_jongerennorm_verhoogd"


@pytest.fixture(scope="module")
def bevolking(systeem):
    personen, werkgevers = genereer(systeem, 1_200, zaad=11, datum=DATUM)
    gewicht = np.random.default_rng(3).integers(1, 50, personen.num_rows).astype(float)
    return personen.append_column("gewicht", pa.array(gewicht)), werkgevers


@pytest.fixture(scope="module")
def populatie(systeem, bevolking):
    personen, werkgevers = bevolking
    return Populatie(
        personen.to_pandas(), werkgevers.to_pandas(), gewicht="gewicht", systeem=systeem
    )


def test_lui_geladen():
    assert "Populatie" not in vars(openfisca_arbeidsmigratie)
    with pytest.raises(AttributeError):
        openfisca_arbeidsmigratie.Bestaat_niet  # noqa: B018


def test_bereken_gelijk_aan_de_bevolkingsrun(systeem, bevolking, populatie, tmp_path):
    personen, werkgevers = bevolking
    uitkomst = populatie.bereken(
        ["toelatingsroute", "kennismigrant_toelaatbaar"], DATUM, [HERVORMING]
    )
    assert list(uitkomst.columns) == [
        "toelatingsroute",
        "kennismigrant_toelaatbaar",
        f"toelatingsroute__{HERVORMING}",
        f"kennismigrant_toelaatbaar__{HERVORMING}",
    ]
    assert uitkomst.index.name == "persoon_id"
    assert list(uitkomst.index) == personen.column("persoon_id").to_pylist()
    draai(
        systeem,
        Bron("t", tabel=personen),
        [HERVORMING],
        DATUM,
        uitvoer=tmp_path,
        werkgevers=werkgevers,
        gewicht="gewicht",
        grafiek=False,
    )
    cli = pq.read_table(tmp_path / "personen.parquet").to_pandas().set_index("persoon_id")
    for kolom in ("toelatingsroute", "kennismigrant_toelaatbaar"):
        assert list(uitkomst[kolom].astype(object)) == list(
            cli[f"{kolom}__huidig_recht"].astype(object)
        )
    assert list(uitkomst[f"toelatingsroute__{HERVORMING}"].astype(object)) == list(
        cli[f"toelatingsroute__{HERVORMING}"].astype(object)
    )
    assert set(uitkomst["toelatingsroute"].cat.categories) >= {"kennismigrant", "geen"}


def test_ids_houden_hun_type(systeem):
    personen = pd.DataFrame(
        {
            "persoon_id": [101, 7, 55],
            "nationaliteit": ["IN", "NO", "PL"],
            "leeftijd": [30, 40, 50],
            "bruto_maandloon": [6000.0, 3000.0, 2000.0],
        }
    )
    uitkomst = Populatie(personen, systeem=systeem).bereken("toelatingsroute", DATUM)
    assert uitkomst.index.dtype == np.int64
    assert list(uitkomst.index) == [101, 7, 55]
    assert list(uitkomst["toelatingsroute"].astype(str)) == ["geen", "vrij_verkeer", "vrij_verkeer"]


def test_tel_gewogen(populatie):
    routes = populatie.bereken(["toelatingsroute"], DATUM, [HERVORMING])
    telling = populatie.tel("toelatingsroute", DATUM, [HERVORMING], per=["nationaliteit"])
    gewicht = populatie.personen.column("gewicht").to_numpy()
    verwacht = (
        pd.DataFrame(
            {
                "nationaliteit": populatie.personen.column("nationaliteit").to_pylist(),
                "toelatingsroute": routes["toelatingsroute"].astype(str).to_numpy(),
                "gewicht": gewicht,
            }
        )
        .groupby(["nationaliteit", "toelatingsroute"])["gewicht"]
        .agg(["size", "sum"])
    )
    huidig = telling[telling["systeem"] == "huidig_recht"].set_index(
        ["nationaliteit", "toelatingsroute"]
    )
    assert huidig["aantal"].sort_index().tolist() == verwacht["size"].sort_index().tolist()
    assert huidig["gewogen_aantal"].sort_index().tolist() == verwacht["sum"].sort_index().tolist()
    per_land = huidig.groupby(level="nationaliteit")["aandeel"].sum()
    assert np.allclose(per_land, 1.0)
    in_ = huidig.loc["IN"]
    assert np.allclose(in_["aandeel"], in_["gewogen_aantal"] / in_["gewogen_aantal"].sum())


def test_overgangen(populatie):
    routes = populatie.bereken(["toelatingsroute"], DATUM, [HERVORMING])
    overgangen = populatie.overgangen("toelatingsroute", DATUM, [HERVORMING])
    verwacht = pd.crosstab(
        routes["toelatingsroute"].astype(str), routes[f"toelatingsroute__{HERVORMING}"].astype(str)
    ).stack()
    verwacht = verwacht[verwacht > 0]
    gekregen = overgangen.set_index(["route_huidig_recht", "route_hervorming"])["aantal"]
    assert gekregen.sort_index().tolist() == verwacht.sort_index().tolist()
    assert (gekregen.groupby(level=0).sum() > 0).all()
    assert "gewogen_aantal" in overgangen.columns


def test_tel_andere_variabele(systeem, bevolking):
    personen, werkgevers = bevolking
    zonder_gewicht = personen.drop_columns(["gewicht"])
    telling = Populatie(zonder_gewicht, werkgevers, systeem=systeem).tel(
        "kennismigrant_toelaatbaar", DATUM
    )
    assert set(telling["kennismigrant_toelaatbaar"]) == {True, False}
    assert telling["aantal"].sum() == personen.num_rows
    assert "gewogen_aantal" not in telling.columns


def test_pyarrow_en_pandas_gelijk(systeem, bevolking, populatie):
    personen, werkgevers = bevolking
    uit_arrow = Populatie(personen, werkgevers, gewicht="gewicht", systeem=systeem).tel(
        "toelatingsroute", DATUM
    )
    assert uit_arrow.equals(populatie.tel("toelatingsroute", DATUM))


def _problemen(fout) -> list[str]:
    return fout.value.problemen


def test_zelfde_meldingen_als_de_cli(systeem):
    personen = pd.DataFrame(
        {
            "persoon_id": ["a", "b", "b", "d"],
            "nationaliteit": ["IN", "XX", "PL", "NA"],
            "leeftijd": [30, -4, 50, 20],
            "bruto_maandloon": [5000.0, np.nan, 2000.0, 1000.0],
            "gewicht": [1.0, 2.0, -1.0, 1.0],
        }
    )
    with pytest.raises(ValidatieFout) as api:
        Populatie(personen, gewicht="gewicht", systeem=systeem).bereken("toelatingsroute", DATUM)
    with pytest.raises(ValidatieFout) as cli:
        draai(
            systeem, Bron("t", tabel=pa.Table.from_pandas(personen)), [], DATUM, gewicht="gewicht"
        )
    assert _problemen(api) == _problemen(cli)
    tekst = "\n".join(_problemen(api))
    assert "column 'nationaliteit': unknown value: row 3: 'XX'" in tekst
    assert "column 'leeftijd': outside the accepted range: row 3: -4" in tekst
    assert "column 'bruto_maandloon': empty cells: row 3" in tekst
    assert "column 'gewicht': outside the accepted range: row 4: -1.0" in tekst
    assert "column 'persoon_id': identifier used more than once: row 4: 'b'" in tekst


def test_onbekende_variabele_en_gewichtkolom(systeem):
    personen = pd.DataFrame(
        {"persoon_id": ["a"], "nationaliteit": ["IN"], "leeftijd": [30], "bruto_maandloon": [1.0]}
    )
    with pytest.raises(ValidatieFout, match="unknown variable 'toelatingsrote'.*toelatingsroute"):
        Populatie(personen, systeem=systeem).bereken("toelatingsrote", DATUM)
    with pytest.raises(ValidatieFout, match="--gewicht: column 'w' not among the columns"):
        Populatie(personen, gewicht="w", systeem=systeem).tel("toelatingsroute", DATUM)
    with pytest.raises(ValidatieFout, match="'verblijfsdoel' is defined per month"):
        Populatie(personen, systeem=systeem).bereken("verblijfsdoel", DATUM)


def test_maandreeks_vult_ontbrekende_maanden():
    doelen = np.array([[Verblijfsdoel.studie.index, Verblijfsdoel.blauwe_kaart.index]], np.int16)
    reeks = Maandreeks(["2026-05"], doelen, np.array([[True, False]]))
    gekregen_doelen, gekregen_buiten = reeks.venster(["2026-05", "2026-04"])
    assert gekregen_doelen.tolist() == [
        [Verblijfsdoel.studie.index, Verblijfsdoel.blauwe_kaart.index],
        [Verblijfsdoel.geen.index] * 2,
    ]
    assert gekregen_buiten.tolist() == [[True, False], [False, False]]
    assert doelen[0, 0] == Verblijfsdoel.studie.index


def test_cli_gewicht_en_variabelen(bevolking, tmp_path, capsys):
    personen, werkgevers = bevolking
    pq.write_table(personen.slice(0, 400), tmp_path / "p.parquet")
    pq.write_table(werkgevers, tmp_path / "w.parquet")
    code = main(
        [
            "bevolking",
            "--invoer",
            str(tmp_path / "p.parquet"),
            "--werkgevers",
            str(tmp_path / "w.parquet"),
            "--datum",
            DATUM,
            "--reform",
            HERVORMING,
            "--gewicht",
            "gewicht",
            "--variabelen",
            "toelatingsroute,twv_toekenbaar",
            "--geen-grafiek",
            "--processen",
            "1",
            "--uitvoer",
            str(tmp_path / "uit"),
        ]
    )
    assert code == 0
    uit = capsys.readouterr().out
    assert "Weighted by 'gewicht'" in uit and "[n=" in uit
    kolommen = pq.read_schema(tmp_path / "uit" / "personen.parquet").names
    assert kolommen == [
        "persoon_id",
        "toelatingsroute__huidig_recht",
        "twv_toekenbaar__huidig_recht",
        f"toelatingsroute__{HERVORMING}",
        f"twv_toekenbaar__{HERVORMING}",
    ]
    aggregaat = pd.read_csv(tmp_path / "uit" / "aggregaat.csv", keep_default_na=False)
    assert {"aantal", "gewogen_aantal", "aandeel"} <= set(aggregaat.columns)
    assert aggregaat.groupby("systeem")["aantal"].sum().eq(400).all()
    assert not (tmp_path / "uit" / "routes.png").exists()


def test_maandreeks_aaneengesloten_maanden():
    doelen = np.arange(6, dtype=np.int16).reshape(3, 2)
    buiten = np.array([[True, False], [False, True], [True, True]])
    reeks = Maandreeks(["2026-06", "2026-05", "2026-04"], doelen, buiten)
    gekregen_doelen, gekregen_buiten = reeks.venster(["2026-05", "2026-04"])
    assert gekregen_doelen.tolist() == [[2, 3], [4, 5]]
    assert gekregen_buiten.tolist() == [[False, True], [True, True]]
    achteraan, _ = reeks.venster(["2026-04", "2026-03"])
    assert achteraan.tolist() == [[4, 5], [Verblijfsdoel.geen.index] * 2]


def test_dubbele_ids_over_blokken():
    from openfisca_arbeidsmigratie.tools.bevolking.validatie import Verzamelaar, controleer_dubbel

    verzamelaar = Verzamelaar()
    gezien = [pa.array(["b", "a", None]), pa.array(["a", "", "", "b", "c", "a", None])]
    controleer_dubbel(verzamelaar, "persoon_id", gezien)
    assert verzamelaar.problemen() == [
        "column 'persoon_id': identifier used more than once: row 5: 'a'; row 8: 'b'; row 10: 'a'"
    ]
