"""Malformed Parquet files: exit status 2 and one message naming the column and the row where
known, never a traceback (issue 20, item 3)."""

import random

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.cli import main

DATUM = "2026-06-15"
BASIS = {
    "persoon_id": ["a", "b", "c"],
    "nationaliteit": ["IN", "TR", "NO"],
    "leeftijd": [30, 40, 50],
    "bruto_maandloon": [5000.0, 3000.0, 2000.0],
}


def tekst(*waarden):
    """Text as Parquet holds it, with the bytes given, valid UTF-8 or not."""
    return pa.array(waarden, pa.binary()).view(pa.string())


def codes(indices, woordenboek):
    return pa.DictionaryArray.from_arrays(pa.array(indices, pa.int32()), woordenboek)


MISVORMD = {
    "id-geen-utf8": (
        {"persoon_id": tekst(b"a", b"\xff\xfe", b"c")},
        "'persoon_id', row 3: b'\\xff\\xfe' is not valid UTF-8",
    ),
    "code-geen-utf8": (
        {"nationaliteit": tekst(b"IN", b"TR", b"N\xc3")},
        "'nationaliteit', row 4: b'N\\xc3' is not valid UTF-8",
    ),
    "woordenboek-geen-utf8": (
        {"nationaliteit": codes([0, 1, 0], tekst(b"IN", b"\xff"))},
        "'nationaliteit', row 3: b'\\xff' is not valid UTF-8",
    ),
    "ongebruikte-code-geen-utf8": (
        {"nationaliteit": codes([0, 0, 0], tekst(b"IN", b"\xff"))},
        "'nationaliteit', an unused code of its dictionary (b'\\xff') is not valid UTF-8",
    ),
    "lijst-als-id": (
        {"persoon_id": pa.array([[1], [2], [3]])},
        "column 'persoon_id' holds values of type list",
    ),
    "struct": (
        {"leeftijd": pa.array([{"x": 1}] * 3)},
        "column 'leeftijd' holds values of type struct",
    ),
    "bytes-als-id": (
        {"persoon_id": pa.array([b"a", b"b", b"c"])},
        "'persoon_id' holds values of type binary",
    ),
    "geen-kolomtype": (
        {"bruto_maandloon": pa.nulls(3)},
        "column 'bruto_maandloon': empty cells: row 2; row 3; row 4;",
    ),
    "tekst-als-getal": (
        {"leeftijd": ["30", "x", "50"]},
        "column 'leeftijd': not of the column's type: row 3: 'x';",
    ),
}


@pytest.mark.parametrize("geval", list(MISVORMD), ids=list(MISVORMD))
def test_misvormde_parquet_een_melding(tmp_path, capsys, geval):
    """`valideer` for every malformation; `bevolking` for the first as well: the two share one
    validation, whose messages tests/tools/bevolking/test_een_validatie.py holds equal."""
    kolommen, melding = MISVORMD[geval]
    pad = tmp_path / "p.parquet"
    pq.write_table(pa.table({**BASIS, **kolommen}), pad)
    uit = tmp_path / "u"
    opdrachten = [["valideer", str(pad)]]
    if geval == next(iter(MISVORMD)):
        opdrachten.append(
            ["bevolking", "--invoer", str(pad), "--datum", DATUM, "--uitvoer", str(uit)]
        )
    for argumenten in opdrachten:
        assert main(argumenten) == 2
        fout = capsys.readouterr().err
        assert fout.startswith("arbeidsmigratie: error:") and melding in fout, fout
        assert "Traceback" not in fout and "None" not in fout and ": ;" not in fout
    assert not uit.exists()


def test_ongebruikte_onbekende_code_in_woordenboek(tmp_path, capsys):
    """A dictionary-encoded column may hold a code no row uses: the rows decide, not the
    dictionary (was KeyError: 'ZZ')."""
    uitkomsten = []
    for naam, nationaliteit in (
        ("met_zz", codes([0, 1, 0], pa.array(["IN", "TR", "ZZ"]))),
        ("zonder", pa.array(["IN", "TR", "IN"])),
    ):
        pad = tmp_path / f"{naam}.parquet"
        pq.write_table(pa.table({**BASIS, "nationaliteit": nationaliteit}), pad)
        uit = tmp_path / f"u_{naam}"
        assert (
            main(["bevolking", "--invoer", str(pad), "--datum", DATUM, "--uitvoer", str(uit)]) == 0
        )
        uitkomsten.append(pq.read_table(uit / "personen.parquet"))
    assert uitkomsten[0].equals(uitkomsten[1])
    gebruikt = tmp_path / "gebruikt.parquet"
    pq.write_table(
        pa.table({**BASIS, "nationaliteit": codes([0, 2, 0], pa.array(["IN", "TR", "ZZ"]))}),
        gebruikt,
    )
    assert main(["valideer", str(gebruikt)]) == 2
    assert "row 3: 'ZZ'" in capsys.readouterr().err


def test_werkgevers_en_geschiedenis_als_parquet(tmp_path, capsys):
    personen = tmp_path / "p.parquet"
    pq.write_table(pa.table({**BASIS, "werkgever_id": ["w1", "w1", "w1"]}), personen)
    werkgevers = tmp_path / "w.parquet"
    pq.write_table(pa.table({"werkgever_id": tekst(b"w1", b"w\xff")}), werkgevers)
    argumenten = ["bevolking", "--invoer", str(personen), "--werkgevers", str(werkgevers)]
    assert main([*argumenten, "--uitvoer", str(tmp_path / "u")]) == 2
    assert "w.parquet: column 'werkgever_id', row 3: b'w\\xff'" in capsys.readouterr().err
    geschiedenis = tmp_path / "g.parquet"
    pq.write_table(pa.table({"persoon_id": ["a"], "maand": pa.array([[1]])}), geschiedenis)
    argumenten = ["bevolking", "--invoer", str(personen), "--geschiedenis", str(geschiedenis)]
    assert main([*argumenten, "--uitvoer", str(tmp_path / "u")]) == 2
    assert "g.parquet: column 'maand' holds values of type list" in capsys.readouterr().err


@pytest.mark.parametrize("zaad", range(4))
def test_beschadigde_bytes(tmp_path, capsys, zaad):
    pad = tmp_path / "p.parquet"
    n = 2000
    tabel = {"persoon_id": [str(i) for i in range(n)], "nationaliteit": ["IN"] * n}
    pq.write_table(pa.table({**tabel, "leeftijd": [30] * n, "bruto_maandloon": [1.0] * n}), pad)
    inhoud = bytearray(pad.read_bytes())
    kans = random.Random(zaad)
    for _ in range(40):
        inhoud[kans.randrange(4, len(inhoud) // 2)] = kans.randrange(256)
    pad.write_bytes(bytes(inhoud))
    half = tmp_path / "half.parquet"
    half.write_bytes(bytes(inhoud[: len(inhoud) // 2]))
    for bestand in (pad, half):
        code = main(
            [
                "bevolking",
                "--invoer",
                str(bestand),
                "--datum",
                DATUM,
                "--uitvoer",
                str(tmp_path / "u"),
            ]
        )
        fout = capsys.readouterr().err
        assert code in (0, 2) and "Traceback" not in fout
        if code == 2:
            assert fout.startswith(f"arbeidsmigratie: error: {bestand}")
    with pytest.raises(lezen.BestandFout, match="cannot read as Parquet"):
        lezen.lees_tabel(half)
