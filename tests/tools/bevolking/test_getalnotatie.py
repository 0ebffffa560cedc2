"""Numbers in CSV files are read by the file's dialect (decimal comma or point, thousands
separators included) or refused with their row and value; never guessed (issue 20, item 1)."""

import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.kolom import typeer
from openfisca_arbeidsmigratie.tools.bevolking.schema import persoonkolommen
from openfisca_arbeidsmigratie.tools.cli import main

DATUM = "2026-06-15"
KOP = ["persoon_id", "nationaliteit", "leeftijd", "bruto_maandloon"]


def bestand(tmp_path, scheiding, *lonen, naam="p.csv"):
    rijen = [scheiding.join(KOP)]
    rijen += [scheiding.join([str(i), "IN", "34", loon]) for i, loon in enumerate(lonen, 1)]
    pad = tmp_path / naam
    pad.write_text("\n".join(rijen) + "\n", encoding="utf-8")
    return pad


def lonen(systeem, pad):
    kolom = persoonkolommen(systeem)["bruto_maandloon"]
    uit = []
    for tabel in (lezen.lees_tabel(pad), next(lezen.lees_blokken(pad, 10))):
        getypt, fout = typeer(kolom, tabel.column("bruto_maandloon"))
        assert not fout.any()
        uit.append(getypt.to_pylist())
    assert uit[0] == uit[1]
    return uit[0]


@pytest.mark.parametrize(
    ("scheiding", "cellen", "verwacht"),
    [
        (";", ["6.000"], [6000.0]),
        (";", ["6.000", "1.234,56", "123.456,78"], [6000.0, 1234.56, 123456.78]),
        (";", ["1.234.567"], [1234567.0]),
        (";", ["6,000", "4000"], [6.0, 4000.0]),
        (";", [" 6.000 ", "5000,5 "], [6000.0, 5000.5]),
        (";", ["4000.25", "6.000"], [4000.25, 6.0]),
        ("\t", ["6.000", "5,5"], [6000.0, 5.5]),
        ("\t", ["6.000", "0.125"], [6.0, 0.125]),
        (",", ["6.000", "4000.5"], [6.0, 4000.5]),
        (",", ["6000 ", " 35"], [6000.0, 35.0]),
    ],
)
def test_gelezen_naar_het_dialect_van_het_bestand(tmp_path, systeem, scheiding, cellen, verwacht):
    assert lonen(systeem, bestand(tmp_path, scheiding, *cellen)) == verwacht


@pytest.mark.parametrize(
    ("scheiding", "cellen", "rij", "waarde", "reden"),
    [
        (",", ["4000", "6.000"], 3, "6.000", "no other number in the file settles which"),
        ("\t", ["12.500"], 2, "12.500", "6 with a decimal point and 6000 with a thousands"),
    ],
)
def test_dubbelzinnig_geweigerd_met_rij_en_waarde(
    tmp_path, capsys, scheiding, cellen, rij, waarde, reden
):
    pad = bestand(tmp_path, scheiding, *cellen)
    with pytest.raises(lezen.BestandFout, match=f"row {rij}: '{waarde}' is refused: .*{reden}"):
        lezen.lees_tabel(pad)
    uit = tmp_path / "u"
    assert main(["bevolking", "--invoer", str(pad), "--uitvoer", str(uit)]) == 2
    fout = capsys.readouterr().err
    assert f"column 'bruto_maandloon', row {rij}: '{waarde}'" in fout and reden in fout
    assert "Traceback" not in fout and not uit.exists()
    assert main(["valideer", str(pad)]) == 2
    assert f"row {rij}: '{waarde}'" in capsys.readouterr().err


@pytest.mark.parametrize("cellen", [["6.000", "5000,50", "4000.5"], ["5000,50", "60.00"]])
def test_decimale_komma_en_punt_in_een_bestand_geweigerd(tmp_path, capsys, cellen):
    pad = bestand(tmp_path, ";", *cellen)
    assert main(["bevolking", "--invoer", str(pad), "--uitvoer", str(tmp_path / "u")]) == 2
    fout = capsys.readouterr().err
    assert "both with a decimal comma ('5000,50') and with a decimal point" in fout


def test_duizendtal_met_komma_in_kommabestand_geweigerd(tmp_path, capsys):
    pad = bestand(tmp_path, ",", "4000.5", '"6,000"')
    assert main(["bevolking", "--invoer", str(pad), "--uitvoer", str(tmp_path / "u")]) == 2
    fout = capsys.readouterr().err
    assert "column 'bruto_maandloon': not a number (a decimal comma or thousands" in fout
    assert "row 3: '6,000'" in fout


def test_duizendtal_geeft_hetzelfde_als_het_getal(tmp_path):
    """The wrong answer of the issue: a Dutch `6.000` was judged as EUR 6.00."""
    routes = {}
    for loon in ("6.000", "6000", "6"):
        pad = tmp_path / f"{loon}.csv"
        pad.write_text(
            f"persoon_id;nationaliteit;leeftijd;bruto_maandloon;erkend_referent\n1;IN;34;{loon};true\n",
            encoding="utf-8",
        )
        uit = tmp_path / f"u{loon}"
        assert (
            main(["bevolking", "--invoer", str(pad), "--datum", DATUM, "--uitvoer", str(uit)]) == 0
        )
        routes[loon] = pq.read_table(uit / "personen.parquet")["toelatingsroute__huidig_recht"]
    assert routes["6.000"].to_pylist() == routes["6000"].to_pylist() == ["kennismigrant"]
    assert routes["6"].to_pylist() == ["geen"]


def test_spaties_rond_getallen_en_waarheidswaarden(tmp_path, capsys):
    pad = tmp_path / "s.csv"
    pad.write_text(
        "persoon_id,nationaliteit,leeftijd,bruto_maandloon,erkend_referent\n"
        "1,IN, 35 ,6000 , true\n",
        encoding="utf-8",
    )
    assert (
        main(
            ["bevolking", "--invoer", str(pad), "--datum", DATUM, "--uitvoer", str(tmp_path / "u")]
        )
        == 0
    )
    assert main(["valideer", str(pad)]) == 0
