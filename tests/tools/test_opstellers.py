"""The drafters' commands: uitleg, verschil and tijdlijn, with their error paths."""

import json
import re
from pathlib import Path

import pytest
import yaml

from openfisca_arbeidsmigratie.model.regelmap import PAKKET_MAP
from openfisca_arbeidsmigratie.tools.cli import main

TESTS = Path(__file__).resolve().parents[1]

GEVAL = {
    "name": "Turkish developer (29)",
    "period": "2026-02-02",
    "input": {
        "nationaliteit": "TR",
        "leeftijd": 29,
        "bruto_maandloon": 4357,
        "erkend_referent": True,
    },
}


@pytest.fixture
def geval_bestand(tmp_path):
    pad = tmp_path / "geval.yaml"
    pad.write_text(yaml.safe_dump(GEVAL), encoding="utf-8")
    return pad


def test_uitleg_tekst(geval_bestand, capsys):
    argumenten = ["uitleg", str(geval_bestand), "--variabele", "kennismigrant_toelaatbaar"]
    assert main([*argumenten, "--volledig"]) == 0
    tekst = capsys.readouterr().out
    assert "kennismigrant_toelaatbaar = yes" in tekst
    assert "kennismigrant_salarisnorm = 4,357.00" in tekst
    assert (
        "parameter kennismigrant.salariscriterium.jonger_dan_dertig = 4357 (since 2026-01-01)"
        in tekst
    )
    assert "law: https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1" in tekst
    assert "source: Besluit uitvoering Wet arbeid vreemdelingen 2022, art. 2.1" in tekst
    assert "leeftijd = 29 (input)" in tekst
    # the conditions come in the order of the law
    assert tekst.index("onderdaan_derde_land") < tekst.index(
        "kennismigrant_voldoet_salariscriterium"
    )
    assert tekst.index("kennismigrant_voldoet_salariscriterium") < tekst.index(
        "erkend_referent_zonder_weigeringsgrond"
    )


def test_uitleg_json_onder_hervorming(geval_bestand, capsys):
    assert (
        main(
            [
                "uitleg",
                str(geval_bestand),
                "--variabele",
                "kennismigrant_toelaatbaar",
                "--reform",
                "kennismigrant_jongerennorm_verhoogd",
                "--datum",
                "2027-02-02",
                "--json",
                "--volledig",
            ]
        )
        == 0
    )
    uitleg = json.loads(capsys.readouterr().out)[0]
    assert uitleg["value"] is False
    assert uitleg["system"] == "kennismigrant_jongerennorm_verhoogd"
    assert uitleg["status"] == "voorstel"

    def zoek(stap, naam):
        if stap["variable"] == naam:
            return stap
        for kind in stap["steps"]:
            gevonden = zoek(kind, naam)
            if gevonden:
                return gevonden
        return None

    norm = zoek(uitleg, "kennismigrant_salarisnorm")
    assert norm["value"] == 4754
    namen = {p["name"]: p for p in norm["parameters"]}
    afgestudeerden = namen["blauwe_kaart.salariscriterium_recent_afgestudeerd"]
    assert afgestudeerden["value"] == 4754 and afgestudeerden["since"] == "2026-01-01"
    assert afgestudeerden["source"][0]["href"].startswith("https://")


def test_uitleg_andere_datum(geval_bestand, capsys):
    assert (
        main(
            [
                "uitleg",
                str(geval_bestand),
                "--datum",
                "2025-03-10",
                "--variabele",
                "kennismigrant_salarisnorm",
            ]
        )
        == 0
    )
    assert "kennismigrant_salarisnorm = 4,171.00" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (["uitleg", "bestaat-niet.yaml"], "case file not found"),
        (["uitleg", "{geval}", "--reform", "onbekend"], "Valid reforms"),
        (["uitleg", "{geval}", "--variabele", "bestaat_niet"], "unknown variable 'bestaat_niet'"),
        (["verschil", "--reform", "onbekend"], "Valid reforms"),
        (["verschil", "--reform", "brede_welvaartstoets", "geen-map"], "not found"),
        (["verschil"], "give --reform"),
        (["tijdlijn", "kennismigrant.salariscriteria"], "unknown parameter"),
    ],
)
def test_foute_invoer_geeft_status_2(geval_bestand, capsys, argumenten, verwacht):
    argumenten = [a.replace("{geval}", str(geval_bestand)) for a in argumenten]
    assert main(argumenten) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("arbeidsmigratie: error:")
    assert verwacht in fout


def test_onbekende_datum_is_status_2(geval_bestand, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["uitleg", str(geval_bestand), "--datum", "gisteren"])
    assert stop.value.code == 2
    assert "invalid date 'gisteren'" in capsys.readouterr().err


def test_verschil_over_de_suite(capsys):
    """Over the folders whose cases the reform reaches (the whole suite, by default, is
    `test_verschil_standaard_de_eigen_suite`'s)."""
    mappen = [str(TESTS / "kennismigrant"), str(TESTS / "reforms"), str(TESTS / "toelating")]
    assert main(["verschil", "--reform", "kennismigrant_jongerennorm_verhoogd", *mappen]) == 0
    uit = capsys.readouterr().out
    assert "kennismigrant_salarisnorm @ 2027-01-01: 4500.0 -> 4754.0" in uit
    laatste = uit.strip().splitlines()[-1]
    telling = re.fullmatch(
        r"(\d+) of (\d+) cases change under \S+ \[proposal, not law\] \((\d+) outputs\)",
        laatste,
    )
    assert telling, laatste
    assert 1 <= int(telling.group(1)) < int(telling.group(2))
    assert "29 jaar op 1 januari 2027: criterium 4.500" in uit
    assert "@ 2026-" not in uit, "a proposal changes nothing before 1 January 2027"
    assert "30 jaar in 2026" not in uit


def test_verschil_parameterbestand(tmp_path, capsys):
    wijziging = tmp_path / "w.yaml"
    wijziging.write_text("wav.arbeidsmarkttoets.meldingstermijn_weken:\n  2004-01-01: 4\n")
    assert main(["verschil", "--parameters", str(wijziging), str(TESTS / "wav")]) == 0
    uit = capsys.readouterr().out
    assert "vacature 4 weken voor de aanvraag gemeld" in uit
    assert "vacature_tijdig_gemeld @ 2025-03-10: False -> True" in uit


def test_verschil_standaard_de_eigen_suite(capsys):
    status = main(["verschil", "--reform", "brede_welvaartstoets"])
    uit = capsys.readouterr()
    if (PAKKET_MAP.parent / "tests").is_dir():
        assert status == 0
        assert "cases change under brede_welvaartstoets" in uit.out
    else:
        assert status == 2
        assert "give the YAML files or folders" in uit.err


def test_tijdlijn(tmp_path, capsys):
    grafiek = tmp_path / "t.png"
    assert main(["tijdlijn", "kennismigrant.salariscriterium", "--grafiek", str(grafiek)]) == 0
    uit = capsys.readouterr().out
    assert re.search(r"salariscriterium\.jonger_dan_dertig\s+2026-01-01\s+4357\s", uit)
    assert "meijburg.com" in uit
    assert grafiek.stat().st_size > 0


def test_tijdlijn_schaal_en_hervorming(capsys):
    assert main(["tijdlijn", "wav.minimumloon.jeugdloon_percentage"]) == 0
    assert "jeugdloon_percentage[7].amount" in capsys.readouterr().out
    assert (
        main(
            [
                "tijdlijn",
                "hervormingen.brede_welvaartstoets.van_kracht",
                "--reform",
                "brede_welvaartstoets",
            ]
        )
        == 0
    )
    assert "2027-01-01" in capsys.readouterr().out


def test_uitleg_kort_alleen_de_beslissende_voorwaarden(tmp_path, capsys):
    geval = {**GEVAL, "input": {**GEVAL["input"], "bruto_maandloon": 3000}}
    pad = tmp_path / "laag.yaml"
    pad.write_text(yaml.safe_dump(geval), encoding="utf-8")
    argumenten = ["uitleg", str(pad), "--variabele", "kennismigrant_toelaatbaar"]
    assert main(argumenten) == 0
    kort = capsys.readouterr().out
    assert "kennismigrant_toelaatbaar = no" in kort
    assert "kennismigrant_voldoet_salariscriterium = no" in kort
    assert "bruto_maandloon = 3,000.00 (input)" in kort
    assert "kennismigrant_salarisnorm = 4,357.00" in kort
    assert "erkend_referent_zonder_weigeringsgrond = yes" in kort
    boom, aannames = kort.split("\nNot given, default used (assumptions): ")
    assert "boetes_afgelopen_vier_jaar" not in boom
    assert "boetes_afgelopen_vier_jaar (0)" in aannames  # read, though it did not decide
    assert "law:" not in kort and "source:" not in kort
    assert main([*argumenten, "--volledig"]) == 0
    volledig = capsys.readouterr().out
    assert "boetes_afgelopen_vier_jaar = 0 (default)" in volledig
    assert "law:" in volledig


def test_uitleg_kort_toont_een_ontkende_voorwaarde(tmp_path, capsys):
    geval = {**GEVAL, "input": {**GEVAL["input"], "prioriteitgenietend_aanbod_beschikbaar": True}}
    pad = tmp_path / "aanbod.yaml"
    pad.write_text(yaml.safe_dump(geval), encoding="utf-8")
    assert main(["uitleg", str(pad), "--variabele", "arbeidsmarkttoets_voldaan"]) == 0
    kort = capsys.readouterr().out
    assert "arbeidsmarkttoets_voldaan = no" in kort
    assert "prioriteitgenietend_aanbod_beschikbaar = yes (input)" in kort


MEERDERE = {
    "name": "Twee werknemers bij een erkend referent",
    "period": "2027-02-02",
    "input": {
        "personen": {
            "anna": {"nationaliteit": "IN", "leeftijd": 34, "bruto_maandloon": 6000},
            "bob": {"nationaliteit": "IN", "leeftijd": 34, "bruto_maandloon": 3000},
        },
        "werkgevers": {"acme": {"werknemers": ["anna", "bob"], "erkend_referent": True}},
    },
    "output": {
        "toelatingsroute": ["kennismigrant", "geen"],
        "personen": {"anna": {"kennismigrant_salarisnorm": 5942}},
    },
}


@pytest.fixture
def meerdere_bestand(tmp_path):
    pad = tmp_path / "meerdere.yaml"
    pad.write_text(yaml.safe_dump([MEERDERE]), encoding="utf-8")
    return pad


def test_uitleg_meerdere_personen_vraagt_wie(meerdere_bestand, capsys):
    assert main(["uitleg", str(meerdere_bestand)]) == 2
    fout = capsys.readouterr().err
    assert "--persoon" in fout and "anna, bob" in fout
    assert main(["uitleg", str(meerdere_bestand), "--persoon", "carl"]) == 2
    assert "no person 'carl'" in capsys.readouterr().err


def test_uitleg_persoon_bij_een_persoon(geval_bestand, capsys):
    assert main(["uitleg", str(geval_bestand), "--persoon", "anna"]) == 2
    assert "the case gives one person" in capsys.readouterr().err


def test_uitleg_meerdere_personen(meerdere_bestand, capsys):
    assert main(["uitleg", str(meerdere_bestand), "--persoon", "anna"]) == 0
    anna = capsys.readouterr().out
    assert "[anna]" in anna and "toelatingsroute = kennismigrant" in anna
    assert "erkend_referent = yes (input)" in anna
    assert main(["uitleg", str(meerdere_bestand), "--persoon", "bob", "--volledig"]) == 0
    bob = capsys.readouterr().out
    assert "toelatingsroute = geen" in bob and "bruto_maandloon = 3,000.00 (input)" in bob


def test_vergelijk_meerdere_personen(meerdere_bestand, capsys):
    argumenten = ["vergelijk", str(meerdere_bestand), "--variabelen", "toelatingsroute"]
    assert main([*argumenten, "--reform", "kennismigrant_salarisnormen_verhoogd"]) == 0
    tekst = capsys.readouterr().out
    assert re.search(r"\* toelatingsroute \[anna\] +kennismigrant +geen", tekst)
    assert re.search(r"  toelatingsroute \[bob\] +geen +geen", tekst)


def test_verschil_meerdere_personen_en_bedragen_op_de_cent(meerdere_bestand, capsys):
    reform = ["--reform", "kennismigrant_salarisnormen_verhoogd"]
    assert main(["verschil", *reform, str(meerdere_bestand)]) == 0
    tekst = capsys.readouterr().out
    assert "toelatingsroute @ 2027-02-02: ['kennismigrant', 'geen'] -> ['geen', 'geen']" in tekst
    assert "kennismigrant_salarisnorm [anna] @ 2027-02-02: 5942.0 -> 6536.2\n" in tekst
    assert "1 of 1 cases change" in tekst


def test_uitleg_json_bedragen_op_de_cent(geval_bestand, capsys):
    argumenten = ["uitleg", str(geval_bestand), "--variabele", "minimumloon_bruto_maand"]
    assert main([*argumenten, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["value"] == 2549.73
