"""`vergelijk`: one case side by side under current law and reforms, in Python and on the CLI."""

import subprocess
import sys

import pytest

from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.geval.vergelijking import VOORSTEL_LABEL, GevalFout, vergelijk

GEVAL = {
    "name": "Turkish developer (29)",
    "period": "2027-02-02",
    "input": {
        "nationaliteit": "TR",
        "leeftijd": 29,
        "bruto_maandloon": 4357,
        "erkend_referent": True,
        "sector": "J",
        "beroepsgroep": "isco_2_specialisten",
        "huisvesting": "eigen_woonruimte",
        "taalniveau_nederlands": "intentie",
    },
}


@pytest.fixture
def geval_bestand(tmp_path):
    import yaml

    pad = tmp_path / "geval.yaml"
    pad.write_text(yaml.safe_dump(GEVAL), encoding="utf-8")
    return pad


def test_vergelijk_python(systeem):
    uitkomst = vergelijk(
        GEVAL,
        reforms=["kennismigrant_jongerennorm_verhoogd", "brede_welvaartstoets"],
        variabelen=["toelatingsroute", "kennismigrant_salarisnorm"],
        systeem=systeem,
    )
    assert uitkomst.kolommen == [
        "huidig_recht",
        f"kennismigrant_jongerennorm_verhoogd {VOORSTEL_LABEL}",
        f"brede_welvaartstoets {VOORSTEL_LABEL}",
    ]
    assert uitkomst.rijen["toelatingsroute"] == ["kennismigrant", "geen", "brede_welvaartstoets"]
    assert uitkomst.rijen["kennismigrant_salarisnorm"] == [4357, 4754, 4357]
    assert uitkomst.gewijzigd() == ["toelatingsroute", "kennismigrant_salarisnorm"]


def test_vergelijk_datum_overschrijft(systeem):
    uitkomst = vergelijk(
        GEVAL,
        ["kennismigrant_jongerennorm_verhoogd"],
        ["kennismigrant_salarisnorm"],
        datum="2025-06-02",
        systeem=systeem,
    )
    assert uitkomst.rijen["kennismigrant_salarisnorm"] == [4171, 4171]


def test_vergelijk_voorstel_zonder_effect_in_2026(systeem):
    """No bill or decree implements the nr. 153/163 proposals (consolidated BuWav of 1 August 2026,
    Vw 2000 of 1 September 2026): on a date in 2026 they change nothing."""
    uitkomst = vergelijk(
        GEVAL,
        ["kennismigrant_jongerennorm_verhoogd", "brede_welvaartstoets"],
        variabelen=["toelatingsroute", "kennismigrant_salarisnorm"],
        datum="2026-06-15",
        systeem=systeem,
    )
    assert uitkomst.gewijzigd() == []


def test_cli_vergelijk(geval_bestand, capsys):
    assert main(["vergelijk", str(geval_bestand), "--reform", "brede_welvaartstoets"]) == 0
    uit = capsys.readouterr().out
    assert "* toelatingsroute" in uit
    assert f"brede_welvaartstoets {VOORSTEL_LABEL}" in uit
    assert "[proposal, not law]: a policy reform or what-if" in uit
    assert "kennismigrant_salarisnorm" in uit


def test_cli_vergelijk_parameters(geval_bestand, tmp_path, capsys):
    wijziging = tmp_path / "wijziging.yaml"
    wijziging.write_text(
        "kennismigrant.salariscriterium.jonger_dan_dertig:\n  2026-01-01: 4500\n", encoding="utf-8"
    )
    assert main(["vergelijk", str(geval_bestand), "--parameters", str(wijziging)]) == 0
    uit = capsys.readouterr().out
    assert "4,500.00" in uit


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (
            ["--reform", "onbekend"],
            "Valid reforms: blauwe_kaart_aangescherpt, brede_welvaartstoets",
        ),
        (["--parameters", "bestaat-niet.yaml"], "parameter file not found"),
        (["--variabelen", "bestaat_niet"], "unknown variables: bestaat_niet"),
        (["--datum", "2026-13-40"], "2026-13-40"),
    ],
)
def test_cli_vergelijk_fouten(geval_bestand, capsys, argumenten, verwacht):
    assert main(["vergelijk", str(geval_bestand), *argumenten]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("arbeidsmigratie: error:")
    assert verwacht in fout


def test_cli_onbekend_parameterpad(geval_bestand, tmp_path, capsys):
    wijziging = tmp_path / "fout.yaml"
    wijziging.write_text("kennismigrant.leeftijdsgrenz:\n  2026-01-01: 31\n", encoding="utf-8")
    assert main(["vergelijk", str(geval_bestand), "--parameters", str(wijziging)]) == 2
    assert "kennismigrant.leeftijdsgrens" in capsys.readouterr().err


def test_cli_onbekend_gevalbestand(tmp_path, capsys):
    assert main(["vergelijk", str(tmp_path / "geen.yaml")]) == 2
    assert "case file not found" in capsys.readouterr().err


def test_cli_foute_invoer_in_geval(tmp_path, capsys):
    pad = tmp_path / "geval.yaml"
    pad.write_text("period: 2026-02-02\ninput:\n  nationaliteit: NO\n", encoding="utf-8")
    assert main(["vergelijk", str(pad)]) == 2
    assert "quote country codes" in capsys.readouterr().err


def test_geval_zonder_datum(systeem):
    with pytest.raises(GevalFout, match="no date"):
        vergelijk({"input": {}}, systeem=systeem)


def test_cli_als_programma(geval_bestand):
    uitvoer = subprocess.run(
        [
            sys.executable,
            "-m",
            "openfisca_arbeidsmigratie.tools.cli",
            "vergelijk",
            str(geval_bestand),
            "--reform",
            "kennismigrant_jongerennorm_afgeschaft",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uitvoer.returncode == 0, uitvoer.stderr
    assert "dertig_jaar_en_ouder" in uitvoer.stdout


def test_bereken_geval_weigert_meerdere_personen(systeem):
    from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_geval, bereken_per_id

    geval = {
        "period": "2026-02-02",
        "input": {
            "personen": {"anna": {"nationaliteit": "IN"}, "bob": {"nationaliteit": "PL"}},
            "werkgevers": {"acme": {"werknemers": ["anna", "bob"]}},
        },
    }
    with pytest.raises(ValueError, match="several persons or employers \\(anna, bob\\)"):
        bereken_geval(systeem, geval, ["toelatingsroute"])
    routes = bereken_per_id(systeem, geval, ["toelatingsroute"])["toelatingsroute"]
    assert routes == {"anna": "geen", "bob": "vrij_verkeer"}
