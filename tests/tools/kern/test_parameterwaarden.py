"""A change file's values are checked against the parameter they change (issue 25, items 1 and 4):
its type, unit and bounds that make legal sense; exit 2 naming the file, the line, the path, the
value and what is accepted, the same for `vergelijk`, `verschil`, `bevolking` and `Populatie`."""

import pytest

import openfisca_arbeidsmigratie.tools.cli.vergelijk as cli_vergelijk
from openfisca_arbeidsmigratie import Populatie
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_geval
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, pas_toe

CRITERIUM = "kennismigrant.salariscriterium.jonger_dan_dertig"
GEVAL = "- name: x\n  period: 2026-06-01\n  input: {leeftijd: 25, nationaliteit: IN}\n"
BEDRAG = "accepted: an amount from 0 to 2,147,483,647 euro"


@pytest.fixture
def snel(monkeypatch, systeem):
    """The CLI's `vergelijk` on the session's system (building one takes a second)."""
    monkeypatch.setattr(cli_vergelijk, "CountryTaxBenefitSystem", lambda: systeem)


def bestanden(tmp_path, wijziging: str):
    geval, bestand = tmp_path / "geval.yaml", tmp_path / "wijziging.yaml"
    geval.write_text(GEVAL, encoding="utf-8")
    bestand.write_text(wijziging, encoding="utf-8")
    return geval, bestand


@pytest.mark.parametrize(
    ("waarde", "getoond", "reden"),
    [
        ("true", "True", "a boolean is not a number"),
        (".nan", "nan", "not a finite number"),
        (".inf", "inf", "not a finite number"),
        ("100000000000000000000000000000", "100000000000000000000000000000", "above the maximum"),
        ("1.0e+29", "1e+29", "above the maximum"),
        ("1e29", "'1e29'", ""),
        ("-5", "-5", "negative"),
        ("abc", "'abc'", ""),
        ("null", "null", ""),
        ("[4500]", "[4500]", ""),
    ],
)
def test_fout_bedrag_exit_2_met_plaats(tmp_path, capsys, snel, waarde, getoond, reden):
    geval, bestand = bestanden(tmp_path, f"# wat als\n{CRITERIUM}:\n  2026-01-01: {waarde}\n")
    assert main(["vergelijk", str(geval), "--parameters", str(bestand)]) == 2
    fout = capsys.readouterr().err
    assert f"{bestand}, line 3: {CRITERIUM} on 2026-01-01: {getoond} is not accepted" in fout
    assert reden in fout and BEDRAG in fout
    assert "Traceback" not in fout


@pytest.mark.parametrize(
    ("wijziging", "verwacht"),
    [
        ("wav.vrij_verkeer.nederland.landen:\n  2026-01-01: [NL, XX]\n", "unknown codes ['XX']"),
        ("wav.vrij_verkeer.nederland.landen:\n  2026-01-01: [NO]\n", "unknown codes [False]"),
        ("waadi.toelating.handhaving:\n  2026-01-01: 1\n", "accepted: true or false"),
        ("kennismigrant.leeftijdsgrens:\n  2026-01-01: 200\n", "an age from 0 to 130"),
        ("kennismigrant.leeftijdsgrens:\n  2026-01-01: 30.5\n", "not a whole number"),
        ("verblijf.vereiste_verblijfsduur_maanden:\n  2026-01-01: -1\n", "negative"),
        ("wav.minimumloon.vakantiebijslag_percentage:\n  2026-01-01: 8\n", "share from 0 to 1"),
        ("wav.studenten.zomermaanden:\n  2026-01-01: [6, 13]\n", "calendar months (1 to 12)"),
        ("verblijf.inburgering.taalniveau:\n  2026-01-01: c3\n", "one of geen, intentie"),
    ],
)
def test_soort_en_eenheid_van_de_parameter(tmp_path, systeem, wijziging, verwacht):
    bestand = tmp_path / "w.yaml"
    bestand.write_text(wijziging, encoding="utf-8")
    with pytest.raises(HervormingsFout, match="line 2: .* is not accepted") as fout:
        pas_toe(systeem, str(bestand))
    assert verwacht in str(fout.value)


@pytest.mark.parametrize(
    "wijziging",
    [
        "wav.vrij_verkeer.nederland.landen:\n  2026-01-01: [NL, 'NO']\n",
        "waadi.toelating.handhaving:\n  2026-01-01: false\n",
        "kennismigrant.leeftijdsgrens:\n  2026-01-01: 35.0\n",
        "wav.minimumloon.vakantiebijslag_percentage:\n  2026-01-01: 0.1\n",
        "verblijf.inburgering.taalniveau:\n  2026-01-01: b1\n",
        f"{CRITERIUM}:\n  2026-01-01: 0\n",
    ],
)
def test_geldige_waarden_aanvaard(tmp_path, systeem, wijziging):
    bestand = tmp_path / "w.yaml"
    bestand.write_text(wijziging, encoding="utf-8")
    pas_toe(systeem, str(bestand))


def test_geheel_als_float_wordt_geheel(tmp_path, systeem):
    bestand = tmp_path / "w.yaml"
    bestand.write_text("kennismigrant.leeftijdsgrens:\n  2026-01-01: 35.0\n", encoding="utf-8")
    waarde = pas_toe(systeem, str(bestand)).parameters.kennismigrant.leeftijdsgrens("2026-06-01")
    assert waarde == 35 and isinstance(waarde, int)


def test_datum_tussen_aanhalingstekens_is_een_datum(tmp_path, systeem):
    bestand = tmp_path / "w.yaml"
    bestand.write_text(f"{CRITERIUM}:\n  '2026-01-01': 5000\n", encoding="utf-8")
    hervormd = pas_toe(systeem, str(bestand))
    geval = {"period": "2026-06-01", "input": {"leeftijd": 25, "nationaliteit": "IN"}}
    assert bereken_geval(hervormd, geval, ["kennismigrant_salarisnorm"]) == {
        "kennismigrant_salarisnorm": 5000
    }


@pytest.mark.parametrize(
    ("sleutels", "verwacht"),
    [
        ("  2026-02-30: 5000\n", "line 2: '2026-02-30' is not a date"),
        ("  '2026-02-30': 5000\n", "line 2: '.*': '2026-02-30' is not a date"),
        (
            "  2026-01-01: 5000\n  2026-01-01: 6000\n",
            "key 2026-01-01 given twice, on lines 2 and 3",
        ),
        (
            "  2026-01-01: 5000\n  '2026-01-01': 6000\n",
            "the date 2026-01-01 is given twice, on lines 2 and 3",
        ),
        ("  2026-01-01 10:00:00: 5000\n", "is not a date"),
    ],
)
def test_datums_en_dubbele_sleutels(tmp_path, capsys, snel, sleutels, verwacht):
    geval, bestand = bestanden(tmp_path, f"{CRITERIUM}:\n{sleutels}")
    assert main(["vergelijk", str(geval), "--parameters", str(bestand)]) == 2
    assert pytest.importorskip("re").search(verwacht, capsys.readouterr().err)


def test_verschil_en_bevolking_zelfde_controle(tmp_path, capsys):
    _, bestand = bestanden(tmp_path, f"{CRITERIUM}:\n  2026-01-01: -1\n")
    geval = tmp_path / "test.yaml"
    geval.write_text(GEVAL + "  output: {kennismigrant_salarisnorm: 4357}\n", encoding="utf-8")
    for argumenten in (
        ["verschil", "--parameters", str(bestand), str(geval)],
        ["bevolking", "--aantal", "100", "--datum", "2026-06-01", "--parameters", str(bestand),
         "--uitvoer", str(tmp_path / "uit")],
    ):  # fmt: skip
        assert main(argumenten) == 2, argumenten
        fout = capsys.readouterr().err
        assert f"{bestand}, line 2: {CRITERIUM} on 2026-01-01: -1 is not accepted" in fout
    assert not (tmp_path / "uit").exists()


def test_populatie_zelfde_controle(tmp_path, systeem):
    _, bestand = bestanden(tmp_path, f"{CRITERIUM}:\n  2026-01-01: .nan\n")
    populatie = Populatie(*genereer(systeem, 50, zaad=1, datum="2026-06-01"), systeem=systeem)
    with pytest.raises(HervormingsFout, match="nan is not accepted \\(not a finite number\\)"):
        populatie.bereken("toelatingsroute", "2026-06-01", [str(bestand)])


def test_de_eigen_waarden_van_elke_parameter_worden_aanvaard(systeem):
    """The check never refuses a value the law (or a bundled reform) itself holds."""
    from openfisca_core.parameters import ParameterScale

    from openfisca_arbeidsmigratie.tools.kern import parameterwaarden
    from openfisca_arbeidsmigratie.tools.kern.register import _bladeren, beschikbare_hervormingen

    hervormd = pas_toe(systeem, "+".join(beschikbare_hervormingen()))
    geweigerd, aantal = [], 0
    for pad, parameter in _bladeren(hervormd.parameters):
        if isinstance(parameter, ParameterScale):
            continue
        soort = parameterwaarden.soort(parameter, hervormd)
        for waarde in (w.value for w in parameter.values_list if w.value is not None):
            aantal += 1
            try:
                parameterwaarden.controleer(soort, waarde)
            except parameterwaarden.Parameterwaardefout as fout:
                geweigerd.append(f"{pad}: {waarde!r}: {fout}")
    assert aantal > 300
    assert not geweigerd, geweigerd
