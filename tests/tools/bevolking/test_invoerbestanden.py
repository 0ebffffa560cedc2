"""Population files as people make them: spreadsheet exports, employers, histories, outputs."""

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.kolom import typeer
from openfisca_arbeidsmigratie.tools.bevolking.schema import persoonkolommen
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.tools.cli import main

DATUM = "2026-06-15"
KOP = "persoon_id;nationaliteit;leeftijd;bruto_maandloon\n"


def schrijf(pad, tekst):
    pad.write_text(tekst, encoding="utf-8")
    return pad


def lonen(systeem, tabel):
    """The wages as the model gets them: a CSV table is text, typed by the schema (`typeer`)."""
    assert lezen.is_tekst(tabel)
    kolom = persoonkolommen(systeem)["bruto_maandloon"]
    getypt, fout = typeer(kolom, tabel.column("bruto_maandloon"))
    assert not fout.any()
    return getypt.to_pylist()


def test_excel_puntkomma_en_decimale_komma(tmp_path, systeem):
    pad = schrijf(tmp_path / "excel.csv", KOP + "1;IN;34;5000,50\n2;TR;40;4000\n")
    assert lezen.kolomnamen(pad) == ["persoon_id", "nationaliteit", "leeftijd", "bruto_maandloon"]
    tabel = lezen.lees_tabel(pad)
    assert lonen(systeem, tabel) == [5000.5, 4000.0]
    assert tabel.column("nationaliteit").to_pylist() == ["IN", "TR"]
    blok = next(lezen.lees_blokken(pad, 10))
    assert lonen(systeem, blok) == [5000.5, 4000.0]


def test_excel_met_tab_en_decimale_punt(tmp_path, systeem):
    pad = schrijf(tmp_path / "tab.csv", KOP.replace(";", "\t") + "1\tIN\t34\t5000.50\n")
    assert lonen(systeem, lezen.lees_tabel(pad)) == [5000.5]


def test_komma_en_punt_door_elkaar_geweigerd(tmp_path):
    pad = schrijf(tmp_path / "gemengd.csv", KOP + "1;IN;34;5000,50\n2;TR;40;4000.25\n")
    with pytest.raises(lezen.BestandFout, match="both with a decimal comma.*CSV UTF-8"):
        lezen.lees_tabel(pad)


def test_decimale_punt_na_het_proefdeel_geweigerd(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(lezen, "PROEF", len(KOP) + 40)
    rijen = "".join(f"{i};TR;40;4000\n" for i in range(2, 200))
    pad = schrijf(tmp_path / "laat.csv", KOP + "1;IN;34;5000,50\n" + rijen + "200;IN;30;1000.5\n")
    assert lezen.decimaalteken(pad, ";") == ","
    with pytest.raises(lezen.BestandFout, match="column 'bruto_maandloon', row 201: '1000.5'"):
        lezen.lees_tabel(pad)
    uit = tmp_path / "u"
    assert (
        main(["bevolking", "--invoer", str(pad), "--blokgrootte", "50", "--uitvoer", str(uit)]) == 2
    )
    fout = capsys.readouterr().err
    assert "row 201: '1000.5' is refused: this file writes decimal commas" in fout
    assert not uit.exists()


def test_cli_excel_csv(tmp_path, capsys):
    pad = schrijf(tmp_path / "excel.csv", KOP + "1;IN;34;6000,50\n2;NO;40;4000\n")
    uit = tmp_path / "uit"
    argumenten = ["bevolking", "--invoer", str(pad), "--reform", "brede_welvaartstoets"]
    assert main([*argumenten, "--datum", DATUM, "--uitvoer", str(uit)]) == 0
    assert "vrij_verkeer" in capsys.readouterr().out
    assert main([*argumenten, "--scheiding", ",", "--uitvoer", str(uit)]) == 2
    fout = capsys.readouterr().err
    assert "cannot be read as CSV with ','" in fout and "--scheiding" in fout


def test_decimale_komma_in_kommabestand_zonder_traceback(tmp_path, capsys):
    pad = schrijf(tmp_path / "komma.csv", KOP.replace(";", ",") + "1,IN,34,5000,50\n")
    assert main(["bevolking", "--invoer", str(pad), "--uitvoer", str(tmp_path / "u")]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("arbeidsmigratie: error:")
    assert "decimal comma" in fout and "CSV UTF-8 (comma delimited)" in fout


def test_duizendtallen_in_een_puntkommabestand(tmp_path, systeem):
    pad = schrijf(tmp_path / "d.csv", KOP + "1;IN;34;4000\n2;IN;34;5.000,50\n3;IN;34;6.000\n")
    assert lonen(systeem, lezen.lees_tabel(pad)) == [4000.0, 5000.5, 6000.0]
    assert lonen(systeem, next(lezen.lees_blokken(pad, 10))) == [4000.0, 5000.5, 6000.0]


@pytest.mark.filterwarnings("error")
def test_typefout_noemt_rij_kolom_en_waarde_per_bestand(tmp_path, capsys):
    personen = schrijf(
        tmp_path / "p.csv",
        "persoon_id,nationaliteit,leeftijd,bruto_maandloon,werkgever_id\n"
        "1,IN,34,5000,w1\n2,TR,abc,4000,w1\n3,IN,40,4000.5,w2\n",
    )
    werkgevers = schrijf(
        tmp_path / "w.csv",
        "werkgever_id,erkend_referent,boetes_afgelopen_vier_jaar\nw1,true,0\nw2,ja,x\n",
    )
    historie = schrijf(
        tmp_path / "h.csv",
        "persoon_id,maand,verblijfsdoel,buiten_nederland\n"
        "1,2025-01,studie,false\n1,2025-02,,false\n",
    )
    argumenten = ["bevolking", "--invoer", str(personen), "--werkgevers", str(werkgevers)]
    argumenten += ["--geschiedenis", str(historie), "--uitvoer", str(tmp_path / "u")]
    assert main(argumenten) == 2
    fout = capsys.readouterr().err
    assert "the header is row 1" in fout
    assert "\n  - column 'leeftijd': not a number: row 3: 'abc';" in fout
    assert f"\n  - {werkgevers}: column 'erkend_referent': not true or false: row 3: 'ja'" in fout
    assert (
        f"\n  - {werkgevers}: column 'boetes_afgelopen_vier_jaar': not a number: row 3: 'x'" in fout
    )
    assert f"\n  - {historie}: column 'verblijfsdoel': empty cells: row 3; accepted: " in fout
    assert "None" not in fout
    assert fout.count("verblijfsdoel") == 1
    assert "not in the persons table" not in fout


def test_werkgever_id_zonder_werkgevers_is_een_fout(systeem):
    personen = pa.table(
        {
            "persoon_id": ["a"],
            "nationaliteit": ["IN"],
            "leeftijd": [34],
            "bruto_maandloon": [6000.0],
            "werkgever_id": ["w1"],
        }
    )
    with pytest.raises(ValidatieFout, match="'werkgever_id' links each person"):
        draai(systeem, Bron("p", tabel=personen), [], DATUM)
    zonder = personen.drop_columns(["werkgever_id"]).append_column(
        "erkend_referent", pa.array([True])
    )
    assert (
        draai(systeem, Bron("p", tabel=zonder), [], DATUM).per_route("huidig_recht")[
            "kennismigrant"
        ]
        == 1
    )


def test_persoon_id_houdt_zijn_type(tmp_path, systeem):
    personen = pa.table(
        {
            "persoon_id": pa.array([7, 8, 9], pa.int64()),
            "nationaliteit": ["IN", "NO", "PL"],
            "leeftijd": [30, 40, 50],
            "bruto_maandloon": [5000.0, 3000.0, 2000.0],
        }
    )
    pad = tmp_path / "p.parquet"
    pq.write_table(personen, pad)
    draai(systeem, Bron("p", pad=pad), [], DATUM, uitvoer=tmp_path / "u")
    uit = pq.read_table(tmp_path / "u" / "personen.parquet")
    assert uit.schema.field("persoon_id").type == pa.int64()
    assert uit.column("persoon_id").to_pylist() == [7, 8, 9]


@pytest.mark.parametrize("formaat", ["csv", "parquet"])
def test_genereer_schrijft_het_gevraagde_formaat(tmp_path, formaat, capsys):
    pad = tmp_path / f"bevolking.{formaat}"
    assert main(["genereer", "--aantal", "50", "--datum", DATUM, "--uitvoer", str(pad)]) == 0
    personen = lezen.lees_tabel(pad)
    werkgevers = lezen.lees_tabel(tmp_path / f"bevolking_werkgevers.{formaat}")
    assert personen.num_rows == 50 and werkgevers.num_rows >= 1
    if formaat == "csv":
        assert pad.read_bytes().startswith(b'"persoon_id"')
    else:
        assert pad.read_bytes()[:4] == b"PAR1"
    argumenten = ["bevolking", "--invoer", str(pad), "--werkgevers"]
    argumenten += [str(tmp_path / f"bevolking_werkgevers.{formaat}")]
    assert main([*argumenten, "--datum", DATUM, "--uitvoer", str(tmp_path / "u")]) == 0
    assert np.isin(["persoon_id"], personen.column_names).all()


def test_genereer_weigert_andere_extensies(tmp_path, capsys):
    assert main(["genereer", "--aantal", "50", "--uitvoer", str(tmp_path / "x.xlsx")]) == 2
    assert "accepted: .csv, .parquet" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_lege_maandcel_een_keer_gemeld(systeem):
    personen = pa.table(
        {
            "persoon_id": ["a", "b", "c"],
            "nationaliteit": ["IN", "NO", "PL"],
            "leeftijd": [30, 40, 50],
            "bruto_maandloon": [5000.0, 3000.0, 2000.0],
            "verblijfsdoel_2025_05": ["studie", None, "geen"],
        }
    )
    with pytest.raises(ValidatieFout) as fout:
        draai(systeem, Bron("p.csv", tabel=personen), [], DATUM)
    melding = str(fout.value)
    assert "column 'verblijfsdoel_2025_05': empty cells: row 3; accepted: " in melding
    assert melding.count("verblijfsdoel_2025_05") == 1


def test_excel_csv_utf8_met_bom_en_crlf(tmp_path, systeem):
    pad = tmp_path / "excel.csv"
    pad.write_bytes(b"\xef\xbb\xbf" + (KOP + "1;IN;34;5000,50\n").replace("\n", "\r\n").encode())
    tabel = lezen.lees_tabel(pad)
    assert tabel.column_names[0] == "persoon_id"
    assert lonen(systeem, tabel) == [5000.5]
