"""Every malformed file, impossible value and unusable output path of the fault-and-abuse test:
one message and exit status 2, never a traceback, and nothing written."""

import errno

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.cli import main

KOP = "persoon_id,nationaliteit,leeftijd,bruto_maandloon\n"
GOED = KOP + "1,IN,30,5000\n"
REFORM = ["--reform", "kennismigrant_jongerennorm_afgeschaft"]


def parquet(pad, **kolommen):
    namen = list(kolommen)
    if "dubbel" in kolommen:
        namen = ["persoon_id", "nationaliteit", "leeftijd", "leeftijd", "bruto_maandloon"]
        pq.write_table(pa.table(kolommen.pop("dubbel"), names=namen), pad)
        return
    pq.write_table(pa.table(kolommen), pad)


def schrijf(map_, naam, inhoud):
    pad = map_ / naam
    if isinstance(inhoud, bytes):
        pad.write_bytes(inhoud)
    elif isinstance(inhoud, str):
        pad.write_text(inhoud, encoding="utf-8")
    else:
        inhoud(pad)
    return str(pad)


PROEVEN = {
    "empty CSV": ("p.csv", "", "Empty CSV file"),
    "ragged row": ("p.csv", KOP + "1,IN,30,5000\n2,IN,30\n", "Expected 4 columns, got 3"),
    "unclosed quote": ("p.csv", KOP + '1,"IN,30,5000\n', "Expected 4 columns"),
    "not UTF-8": ("p.csv", b"\xff\xfe\x00rommel\n\x00", "not UTF-8"),
    "corrupt Parquet": ("p.parquet", b"PAR1rommel", "cannot read as Parquet"),
    "duplicate Parquet columns": (
        "p.parquet",
        lambda pad: parquet(pad, dubbel=[["1"], ["IN"], [30], [30], [5000.0]]),
        "more than once: leeftijd",
    ),
    "uint64 maximum": (
        "p.parquet",
        lambda pad: parquet(
            pad,
            persoon_id=["1"],
            nationaliteit=["IN"],
            leeftijd=pa.array([2**64 - 1], pa.uint64()),
            bruto_maandloon=[5000.0],
        ),
        "row 2: 18446744073709551615",
    ),
    "age wrapping to 29 in 32 bits": (
        "p.csv",
        KOP + "1,IN,4294967325,5000\n",
        "outside the accepted range: row 2: 4294967325",
    ),
    "fractional age": ("p.csv", KOP + "1,IN,30,5000\n2,IN,29.99,5000\n", "row 3: 29.99"),
    "wage 1e39": ("p.csv", KOP + "1,IN,30,1e39\n", "a number from 0 to 1,000,000"),
    "infinite wage": ("p.csv", KOP + "1,IN,30,inf\n", "bruto_maandloon"),
    "age above maximum": ("p.csv", KOP + "1,IN,131,5000\n", "from 0 to 130"),
    "header-only population": ("p.csv", KOP, "the table has no rows"),
    "history month in year 1 (wide)": (
        "p.csv",
        "persoon_id,nationaliteit,leeftijd,bruto_maandloon,verblijfsdoel_0001_01\n"
        "1,IN,30,5000,arbeid_regulier\n",
        "unknown columns: verblijfsdoel_0001_01",
    ),
}


@pytest.mark.parametrize("naam", PROEVEN)
def test_foute_persoonstabel(naam, tmp_path, capsys):
    bestand, inhoud, verwacht = PROEVEN[naam]
    pad = schrijf(tmp_path, bestand, inhoud)
    uitvoer = tmp_path / "uit"
    assert main(["bevolking", "--invoer", pad, *REFORM, "--uitvoer", str(uitvoer)]) == 2
    fout = capsys.readouterr()
    assert fout.err.startswith("arbeidsmigratie: error: ")
    assert verwacht in fout.err
    assert "Written" not in fout.out
    assert not uitvoer.exists()


GESCHIEDENIS = {
    "header-only history": (
        "persoon_id,maand,verblijfsdoel,buiten_nederland\n",
        "h.csv: the table has no rows",
    ),
    "history month in year 1": (
        "persoon_id,maand,verblijfsdoel,buiten_nederland\n1,0001-01,arbeid_regulier,false\n",
        "from 1900-01 to 2100-12: row 2: '0001-01'",
    ),
    "history month 9999-12": (
        "persoon_id,maand,verblijfsdoel,buiten_nederland\n1,9999-12,arbeid_regulier,false\n",
        "row 2: '9999-12'",
    ),
}


@pytest.mark.parametrize("naam", GESCHIEDENIS)
def test_foute_geschiedenis(naam, tmp_path, capsys):
    inhoud, verwacht = GESCHIEDENIS[naam]
    personen = schrijf(tmp_path, "p.csv", GOED)
    lang = schrijf(tmp_path, "h.csv", inhoud)
    opdracht = ["bevolking", "--invoer", personen, "--geschiedenis", lang, *REFORM]
    assert main([*opdracht, "--uitvoer", str(tmp_path / "uit")]) == 2
    fout = capsys.readouterr().err
    assert f"\n  - {lang}: " in fout and f"{lang}: {lang}" not in fout
    assert verwacht in fout


def test_kapotte_werkgevers(tmp_path, capsys):
    personen = schrijf(tmp_path, "p.csv", KOP.strip() + ",werkgever_id\n1,IN,30,5000,w\n")
    werkgevers = schrijf(tmp_path, "w.parquet", b"PAR1")
    opdracht = ["bevolking", "--invoer", personen, "--werkgevers", werkgevers, *REFORM]
    assert main([*opdracht, "--uitvoer", str(tmp_path / "uit")]) == 2
    assert "w.parquet: cannot read as Parquet" in capsys.readouterr().err


def test_namibie_en_id_na(tmp_path, capsys):
    pad = schrijf(tmp_path, "p.csv", KOP + "NA,NA,30,5000\n2,IN,31,6000\n")
    uitvoer = tmp_path / "uit"
    assert main(["bevolking", "--invoer", pad, *REFORM, "--uitvoer", str(uitvoer)]) == 0
    tabel = pq.read_table(uitvoer / "personen.parquet")
    assert tabel.column("persoon_id").to_pylist() == ["NA", "2"]


def test_leeg_is_alleen_een_lege_cel(tmp_path, capsys):
    pad = schrijf(tmp_path, "p.csv", KOP + "1,,30,5000\n")
    assert main(["bevolking", "--invoer", pad, *REFORM, "--uitvoer", str(tmp_path / "u")]) == 2
    fout = capsys.readouterr().err
    assert "column 'nationaliteit': empty cells: row 2; accepted: one of" in fout
    assert "None" not in fout


@pytest.mark.parametrize(
    "uitvoer, verwacht",
    [
        ("bestand", "is a file"),
        ("bestand/sub", "a part of the path is a file"),
        ("/sys/arbeidsmigratie-uitvoer", "cannot write in /sys"),
    ],
)
def test_onbruikbare_uitvoer_voor_het_rekenen(uitvoer, verwacht, tmp_path, capsys, monkeypatch):
    from openfisca_arbeidsmigratie.tools.bevolking import uitvoeren

    def niet_rekenen(*_args, **_kwargs):
        raise AssertionError("computed before checking the output folder")

    monkeypatch.setattr(uitvoeren, "valideer", niet_rekenen)
    (tmp_path / "bestand").write_text("")
    pad = schrijf(tmp_path, "p.csv", GOED)
    doel = uitvoer if uitvoer.startswith("/") else str(tmp_path / uitvoer)
    assert main(["bevolking", "--invoer", pad, *REFORM, "--uitvoer", doel]) == 2
    assert verwacht in capsys.readouterr().err


def test_volle_schijf_voor_het_rekenen(tmp_path, capsys, monkeypatch):
    from openfisca_arbeidsmigratie.tools.bevolking import schrijven, uitvoeren

    def vol(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    def niet_rekenen(*_args, **_kwargs):
        raise AssertionError("computed before finding the full disk")

    monkeypatch.setattr(schrijven.os, "fsync", vol)
    monkeypatch.setattr(uitvoeren, "valideer", niet_rekenen)
    pad = schrijf(tmp_path, "p.csv", GOED)
    uitvoer = tmp_path / "uit"
    assert main(["bevolking", "--invoer", pad, *REFORM, "--uitvoer", str(uitvoer)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert not uitvoer.exists()
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


def test_volle_schijf_laat_vorige_uitkomsten_staan(tmp_path, capsys, monkeypatch):
    pad = schrijf(tmp_path, "p.csv", GOED)
    uitvoer = tmp_path / "uit"
    opdracht = ["bevolking", "--invoer", pad, *REFORM, "--uitvoer", str(uitvoer)]
    assert main(opdracht) == 0
    vorige = {p.name: p.read_bytes() for p in uitvoer.iterdir()}

    def vol(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", vol)
    assert main([*opdracht, "--datum", "2024-01-02"]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in uitvoer.iterdir()} == vorige
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []


@pytest.mark.parametrize("waarde", ["inf", "nan", "-inf"])
def test_drempel_oneindig(waarde, capsys):
    with pytest.raises(SystemExit) as einde:
        main(["drempel", "kennismigrant.salariscriterium.jonger_dan_dertig", "--tot", waarde])
    assert einde.value.code == 2
    assert "expected a finite number" in capsys.readouterr().err


def test_genereer_onbruikbare_uitvoer(capsys):
    assert main(["genereer", "--aantal", "5", "--uitvoer", "/sys/x/p.parquet"]) == 2
    assert capsys.readouterr().err.startswith("arbeidsmigratie: error: ")


LEEFTIJDEN = [("4294967325", "above the maximum"), ("29.99", "not a whole number")]


@pytest.mark.parametrize("leeftijd, verwacht", LEEFTIJDEN)
@pytest.mark.parametrize("opdracht", ["vergelijk", "uitleg"])
def test_geval_met_onmogelijke_leeftijd(opdracht, leeftijd, verwacht, tmp_path, capsys):
    geval = tmp_path / "geval.yaml"
    geval.write_text(
        f"- name: x\n  period: 2026-02-02\n  input: {{nationaliteit: IN, leeftijd: {leeftijd}, "
        "bruto_maandloon: 5000}\n  output: {}\n"
    )
    assert main([opdracht, str(geval)]) == 2
    fout = capsys.readouterr().err
    assert "leeftijd" in fout and verwacht in fout


def test_broken_pipe_stil(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    opdracht = Path(sys.executable).parent / "arbeidsmigratie"
    uit = subprocess.run(
        f"'{opdracht}' voorbeelden | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in uit.stderr, uit.stderr
    assert "BrokenPipe" not in uit.stderr
