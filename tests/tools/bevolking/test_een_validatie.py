"""`valideer` and `bevolking` run one validation (the population loop with the checks only):
the same bad file gives the same messages, as CSV and as Parquet (issue 21 item 3)."""

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from openfisca_arbeidsmigratie.tools.cli import main

PERSONEN = {
    "persoon_id": ["a", "b", "b", "d"],
    "nationaliteit": ["IN", "XX", "NO", "PL"],
    "leeftijd": [30, 40, None, 50],
    "bruto_maandloon": [5000.0, -1.0, 4000.0, 3000.0],
}


def _schrijf(map_, soort: str, tabel: pa.Table):
    pad = map_ / f"personen.{soort}"
    if soort == "csv":
        pacsv.write_csv(tabel, pad)
    else:
        pq.write_table(tabel, pad)
    return pad


def _meldingen(capsys, argumenten) -> tuple[int, list[str]]:
    code = main(argumenten)
    fout = capsys.readouterr().err
    return code, [regel for regel in fout.splitlines() if regel.startswith("  - ")]


@pytest.mark.parametrize("soort", ["csv", "parquet"])
@pytest.mark.parametrize(
    "gewicht",
    [
        pytest.param([1.0, 2.0, -3.0, 1.0], id="slecht-gewicht"),
        pytest.param(None, id="gewichtkolom-ontbreekt"),
    ],
)
def test_valideer_en_bevolking_geven_dezelfde_meldingen(tmp_path, capsys, soort, gewicht):
    tabel = pa.table(PERSONEN)
    if gewicht is not None:
        tabel = tabel.append_column("gewicht", pa.array(gewicht))
    pad = _schrijf(tmp_path, soort, tabel)
    valideer = _meldingen(capsys, ["valideer", str(pad), "--gewicht", "gewicht"])
    bevolking = _meldingen(
        capsys,
        [
            "bevolking",
            "--invoer",
            str(pad),
            "--gewicht",
            "gewicht",
            "--uitvoer",
            str(tmp_path / "uit"),
            "--processen",
            "1",
        ],
    )
    assert valideer == bevolking
    code, meldingen = valideer
    assert code == 2
    tekst = "\n".join(meldingen)
    assert "column 'nationaliteit': unknown value: row 3: 'XX'" in tekst
    assert "column 'bruto_maandloon': outside the accepted range: row 3: -1" in tekst
    assert "column 'leeftijd': empty cells: row 4" in tekst
    assert "column 'persoon_id': identifier used more than once: row 4: 'b'" in tekst
    if gewicht is None:
        assert "--gewicht: column 'gewicht' not among the columns" in tekst
    else:
        assert "column 'gewicht': outside the accepted range: row 4: -3" in tekst
    assert not (tmp_path / "uit").exists() or not any((tmp_path / "uit").iterdir())
