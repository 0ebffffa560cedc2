"""The pandas API (`Populatie`): results, weighted counts, transitions, the CLI's validation."""

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import openfisca_arbeidsmigratie
from openfisca_arbeidsmigratie import Populatie
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.maandreeks import Maandreeks
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.lezen import BestandFout
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout

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
        "gewicht",
        "toelatingsroute__huidig_recht",
        "kennismigrant_toelaatbaar__huidig_recht",
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
    aggregaat = pd.read_csv(tmp_path / "aggregaat.csv", keep_default_na=False)
    telling = populatie.tel("toelatingsroute", DATUM, [HERVORMING])
    assert list(telling.columns) == list(aggregaat.columns)
    assert telling["gewogen_aantal"].tolist() == aggregaat["gewogen_aantal"].tolist()
    assert set(telling["systeem"]) == {"huidig_recht", HERVORMING}
    for kolom in ("toelatingsroute__huidig_recht", "kennismigrant_toelaatbaar__huidig_recht"):
        assert list(uitkomst[kolom].astype(object)) == list(cli[kolom].astype(object))
    assert list(uitkomst[f"toelatingsroute__{HERVORMING}"].astype(object)) == list(
        cli[f"toelatingsroute__{HERVORMING}"].astype(object)
    )
    assert uitkomst["gewicht"].tolist() == personen.column("gewicht").to_pylist()
    assert set(uitkomst["toelatingsroute__huidig_recht"].cat.categories) >= {
        "kennismigrant",
        "geen",
    }


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
    assert list(uitkomst.columns) == ["toelatingsroute__huidig_recht"]
    routes = uitkomst["toelatingsroute__huidig_recht"].astype(str)
    assert list(routes) == ["geen", "vrij_verkeer", "vrij_verkeer"]


def test_tel_gewogen(populatie):
    routes = populatie.bereken(["toelatingsroute"], DATUM, [HERVORMING])
    telling = populatie.tel("toelatingsroute", DATUM, [HERVORMING], per=["nationaliteit"])
    gewicht = populatie.personen.column("gewicht").to_numpy()
    verwacht = (
        pd.DataFrame(
            {
                "nationaliteit": populatie.personen.column("nationaliteit").to_pylist(),
                "toelatingsroute": routes["toelatingsroute__huidig_recht"].astype(str).to_numpy(),
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
        routes["toelatingsroute__huidig_recht"].astype(str),
        routes[f"toelatingsroute__{HERVORMING}"].astype(str),
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


# Real data as an analyst has it: a spreadsheet exported in a Dutch locale (`;`, decimal comma,
# WAAR/ONWAAR), with whole-number weights and the analyst's own `regio` column.
ECHT = "2027-06-15"
JONGER = "kennismigrant.salariscriterium.jonger_dan_dertig"
REGIO = ["Noord", "Oost", "Zuid", "West", "NA"]


@pytest.fixture(scope="module")
def echte_bevolking(systeem, tmp_path_factory):
    personen, werkgevers = genereer(systeem, 500, zaad=23, datum=ECHT)
    rng = np.random.default_rng(8)
    personen = personen.append_column("gewicht", pa.array(rng.integers(1, 40, 500)))
    personen = personen.append_column("regio", pa.array(rng.choice(REGIO, 500)))
    map_ = tmp_path_factory.mktemp("echt")
    for naam, tabel in (("personen", personen), ("werkgevers", werkgevers)):
        pq.write_table(tabel, map_ / f"{naam}.parquet")
        _als_excel_csv(tabel.to_pandas(), map_ / f"{naam}.csv")
    return personen, werkgevers, map_


def _als_excel_csv(frame: pd.DataFrame, pad):
    """What Excel in a Dutch locale writes: `;`, a decimal comma, WAAR/ONWAAR."""
    frame = frame.copy()
    for naam in frame.columns:
        if frame[naam].dtype == bool:
            frame[naam] = frame[naam].map({True: "WAAR", False: "ONWAAR"})
    frame.to_csv(pad, sep=";", decimal=",", index=False)


def test_excel_csv_heeft_wat_het_moet_testen(echte_bevolking):
    _, _, map_ = echte_bevolking
    tekst = (map_ / "personen.csv").read_text(encoding="utf-8")
    kop, eerste = tekst.splitlines()[:2]
    assert ";gewicht;regio" in kop and ";WAAR;" in tekst and ";ONWAAR;" in tekst
    assert re.search(r";\d+,\d+;", tekst), "no decimal comma in the file"
    assert re.fullmatch(r".*;\d+;(Noord|Oost|Zuid|West|NA)", eerste)


def test_pad_csv_en_parquet_gelijk_aan_dataframe(systeem, echte_bevolking):
    personen, werkgevers, map_ = echte_bevolking
    variabelen = ["toelatingsroute", "kennismigrant_toelaatbaar"]
    frame = Populatie(
        personen.to_pandas(), werkgevers.to_pandas(), gewicht="gewicht", meenemen=["regio"],
        systeem=systeem,
    ).bereken(variabelen, ECHT)  # fmt: skip
    assert list(frame.columns) == [
        "regio",
        "gewicht",
        "toelatingsroute__huidig_recht",
        "kennismigrant_toelaatbaar__huidig_recht",
    ]
    for soort in ("csv", "parquet"):
        uit_pad = Populatie(
            map_ / f"personen.{soort}", map_ / f"werkgevers.{soort}", gewicht="gewicht",
            meenemen=["regio"], systeem=systeem,
        ).bereken(variabelen, ECHT)  # fmt: skip
        assert list(uit_pad.columns) == list(frame.columns)
        assert list(uit_pad.index.astype(str)) == list(frame.index.astype(str))
        for kolom in variabelen:
            kolom = f"{kolom}__huidig_recht"
            assert list(uit_pad[kolom].astype(object)) == list(frame[kolom].astype(object))
        assert uit_pad["gewicht"].dtype == np.float64
        assert uit_pad["gewicht"].tolist() == frame["gewicht"].astype(float).tolist()
        assert uit_pad["regio"].tolist() == frame["regio"].tolist()
    assert "NA" in set(frame["regio"])


def test_bereken_gewogen_optellen_zonder_join(systeem, echte_bevolking):
    """`bereken` carries the weight and the analyst's columns: pandas sums and groups them, and
    the sums are `tel`'s weighted counts per `regio`."""
    _, _, map_ = echte_bevolking
    populatie = Populatie(
        map_ / "personen.csv", map_ / "werkgevers.csv", gewicht="gewicht", meenemen="regio",
        systeem=systeem,
    )  # fmt: skip
    routes = populatie.bereken("toelatingsroute", ECHT)
    route = routes["toelatingsroute__huidig_recht"].astype(str)
    verwacht = routes.groupby(["regio", route])["gewicht"].agg(["size", "sum"])
    telling = populatie.tel("toelatingsroute", ECHT, per=["regio"])
    assert set(telling["systeem"]) == {"huidig_recht"}
    telling = telling.set_index(["regio", "toelatingsroute"]).sort_index()
    verwacht = verwacht[verwacht["size"] > 0].sort_index()
    assert telling["aantal"].tolist() == verwacht["size"].tolist()
    assert telling["gewogen_aantal"].tolist() == verwacht["sum"].tolist()
    assert telling["gewogen_aantal"].sum() == routes["gewicht"].sum() > len(routes)


def test_eigen_kolommen_alleen_als_genoemd(systeem, echte_bevolking):
    personen, werkgevers, _ = echte_bevolking
    frame = personen.to_pandas()
    with pytest.raises(ValidatieFout, match="unknown columns: regio; accepted: persoon_id"):
        Populatie(frame, werkgevers, gewicht="gewicht", systeem=systeem).bereken(
            "toelatingsroute", ECHT
        )
    with pytest.raises(ValidatieFout, match="meenemen: provincie not among the columns"):
        Populatie(
            frame, werkgevers, gewicht="gewicht", meenemen=["regio", "provincie"], systeem=systeem
        ).tel("toelatingsroute", ECHT)
    per_regio = Populatie(frame, werkgevers, gewicht="gewicht", systeem=systeem).tel(
        "toelatingsroute", ECHT, per=["regio"]
    )
    assert set(per_regio["regio"]) == set(REGIO)


def test_hervorming_als_dict_gelijk_aan_wijzigingsbestand(systeem, echte_bevolking, tmp_path):
    personen, werkgevers, _ = echte_bevolking
    populatie = Populatie(
        personen, werkgevers, gewicht="gewicht", meenemen=["regio"], systeem=systeem
    )
    bestand = tmp_path / "jonger.yaml"
    bestand.write_text(f"{JONGER}:\n  2027-01-01: 900000\n", encoding="utf-8")
    uit = populatie.bereken("toelatingsroute", ECHT, [{JONGER: {"2027-01-01": 900_000}}, bestand])
    assert list(uit.columns)[2:] == [
        "toelatingsroute__huidig_recht",
        "toelatingsroute__parameters",
        f"toelatingsroute__{bestand}",
    ]
    dict_, file_ = uit["toelatingsroute__parameters"], uit[f"toelatingsroute__{bestand}"]
    assert list(dict_.astype(str)) == list(file_.astype(str))
    huidig = uit["toelatingsroute__huidig_recht"].astype(str)
    assert (huidig == "kennismigrant").sum() > (dict_.astype(str) == "kennismigrant").sum()
    telling = populatie.tel("toelatingsroute", ECHT, {JONGER: {"2027-01-01": 900_000}})
    assert set(telling["systeem"]) == {"huidig_recht", "parameters"}


@pytest.mark.parametrize(
    ("wijziging", "melding"),
    [
        ({JONGER: {"2027-01-01": "4800"}}, f"parameters: {JONGER} on 2027-01-01: '4800' is not"),
        ({JONGER: {"2027-01-01": -1}}, f"parameters: {JONGER} on 2027-01-01: -1 is not accepted"),
        ({JONGER: {"1 januari 2027": 4800}}, "'1 januari 2027' is not a date"),
        ({JONGER: 4800}, f"'{JONGER}' must map dates"),
        ({"kennismigrant.salariscriterium.jong": {"2027-01-01": 4800}}, "unknown parameter path"),
        ({}, "parameters: expected a mapping of parameter paths"),
    ],
)
def test_hervorming_als_dict_gecontroleerd(systeem, echte_bevolking, wijziging, melding):
    personen, werkgevers, _ = echte_bevolking
    populatie = Populatie(
        personen.slice(0, 50), werkgevers, gewicht="gewicht", meenemen=["regio"], systeem=systeem
    )
    with pytest.raises(HervormingsFout, match=re.escape(melding)):
        populatie.bereken("toelatingsroute", ECHT, [wijziging])


def test_cli_gewicht_uit_csv(echte_bevolking, tmp_path, capsys):
    """`bevolking --gewicht` reads the weights of a CSV file (it refused every one: "'12' not of
    the column's type"); the weighted counts are those of the same table as Parquet."""
    _, _, map_ = echte_bevolking
    tellingen = {}
    for soort in ("csv", "parquet"):
        code = main(
            ["bevolking", "--invoer", str(map_ / f"personen.{soort}"),
             "--werkgevers", str(map_ / f"werkgevers.{soort}"), "--datum", ECHT,
             "--reform", HERVORMING, "--gewicht", "gewicht", "--per", "regio",
             "--geen-grafiek", "--processen", "1", "--uitvoer", str(tmp_path / soort)]
        )  # fmt: skip
        assert code == 0, capsys.readouterr().err
        tellingen[soort] = pd.read_csv(tmp_path / soort / "aggregaat.csv", keep_default_na=False)
    assert tellingen["csv"].equals(tellingen["parquet"])
    assert "Weighted by 'gewicht'" in capsys.readouterr().out


def test_valideer_gewicht(echte_bevolking, tmp_path, capsys):
    personen, _, map_ = echte_bevolking
    zonder_regio = personen.drop_columns(["regio"]).to_pandas()
    _als_excel_csv(zonder_regio, tmp_path / "p.csv")
    werkgevers = str(map_ / "werkgevers.csv")
    assert main(["valideer", str(tmp_path / "p.csv"), "--werkgevers", werkgevers]) == 2
    assert "unknown columns: gewicht" in capsys.readouterr().err
    argumenten = ["valideer", str(tmp_path / "p.csv"), "--werkgevers", werkgevers]
    assert main([*argumenten, "--gewicht", "gewicht"]) == 0
    assert "500 rows" in capsys.readouterr().out
    zonder_regio.loc[3, "gewicht"] = -2
    zonder_regio["gewicht"] = zonder_regio["gewicht"].astype(object)
    zonder_regio.loc[7, "gewicht"] = "twaalf"
    _als_excel_csv(zonder_regio, tmp_path / "p.csv")
    assert main([*argumenten, "--gewicht", "gewicht"]) == 2
    fout = capsys.readouterr().err
    assert "column 'gewicht': outside the accepted range: row 5: -2.0" in fout
    assert "column 'gewicht': not a number: row 9: 'twaalf'; accepted: a finite number >= 0" in fout
    assert main([*argumenten, "--gewicht", "w"]) == 2
    assert "--gewicht: column 'w' not among the columns" in capsys.readouterr().err


def test_waar_onwaar_gelezen(systeem, tmp_path):
    pad = tmp_path / "p.csv"
    pad.write_text(
        "persoon_id;nationaliteit;leeftijd;bruto_maandloon;hoger_onderwijs_diploma\n"
        "a;IN;30;5000,50;WAAR\nb;IN;31;5000,50;ONWAAR\nc;IN;32;5000,50;Waar\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidatieFout) as fout:
        Populatie(pad, systeem=systeem).bereken("hoger_onderwijs_diploma", ECHT)
    assert _problemen(fout) == [
        "column 'hoger_onderwijs_diploma': not true or false: row 4: 'Waar'; accepted: true or "
        "false"
    ]
    pad.write_text(pad.read_text(encoding="utf-8").replace("Waar", "ONWAAR"), encoding="utf-8")
    uit = Populatie(pad, systeem=systeem).bereken("hoger_onderwijs_diploma", ECHT)
    assert uit["hoger_onderwijs_diploma__huidig_recht"].tolist() == [True, False, False]


def test_dict_hervorming_in_een_pool_gelijk(systeem, echte_bevolking):
    """A dict of parameter changes reaches the pool's workers (the run is picklable) and gives
    the results of one process."""
    personen, werkgevers, map_ = echte_bevolking
    personen = personen.slice(0, 300)
    wijziging = {JONGER: {"2027-01-01": 4800}}
    opties = dict(gewicht="gewicht", meenemen=["regio"], systeem=systeem)
    een = Populatie(personen, werkgevers, **opties).bereken("toelatingsroute", ECHT, wijziging)
    twee = Populatie(personen, werkgevers, processen=2, blokgrootte=100, **opties).bereken(
        "toelatingsroute", ECHT, wijziging
    )
    assert list(twee.columns)[-1] == "toelatingsroute__parameters"
    pd.testing.assert_frame_equal(een, twee)


def test_pad_fouten(systeem, tmp_path):
    with pytest.raises(BestandFout, match="file not found: .*ontbreekt.csv"):
        Populatie(tmp_path / "ontbreekt.csv", systeem=systeem)
    (tmp_path / "p.xlsx").write_bytes(b"PK")
    with pytest.raises(BestandFout, match="unknown format '.xlsx'; accepted: .csv, .parquet"):
        Populatie(tmp_path / "p.xlsx", systeem=systeem)
    personen = pd.DataFrame(
        {"persoon_id": ["a"], "nationaliteit": ["IN"], "leeftijd": [30], "bruto_maandloon": [1.0]}
    )
    with pytest.raises(TypeError, match="werkgevers: expected a path"):
        Populatie(personen, werkgevers=[1, 2], systeem=systeem)
    with pytest.raises(HervormingsFout, match="reform 3: accepted: a reform's name"):
        Populatie(personen, systeem=systeem).bereken("toelatingsroute", ECHT, [3])
