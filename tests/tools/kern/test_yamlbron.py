"""One YAML loader with limits for every YAML file the project reads (tools/yamlbron.py)."""

import re
import time
from pathlib import Path

import pytest

from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.yamlbron import GRENZEN, YamlFout, laad_yaml, yaml_tekst

PAKKET = Path(__file__).resolve().parents[3] / "openfisca_arbeidsmigratie"


def lachbom(niveaus: int = 9) -> str:
    """The "billion laughs": nine levels of nine aliases each, 9**9 values once expanded."""
    regels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, niveaus + 1):
        vorige, naam = chr(96 + i), chr(97 + i)
        regels.append(f"{naam}: &{naam} [" + ", ".join([f"*{vorige}"] * 9) + "]")
    return "\n".join(regels) + "\n"


DIEP = "[" * 10_000 + "]" * 10_000
DIEP_BLOK = "a:\n" + "".join(" " * (i + 1) + "a:\n" for i in range(200))
MILJOEN_MAANDEN = (
    "- period: 2026-01-01\n  input:\n    verblijfsdoel:\n      month:2020-01:1000000: arbeid\n"
)
TE_VEEL_GEVALLEN = "".join(
    f"- {{period: 2026-01-01, input: {{leeftijd: {i % 90}}}}}\n" for i in range(10_001)
)


@pytest.mark.parametrize(
    ("tekst", "grens"),
    [
        (lachbom(), "aliases are expanded"),
        ("x: &x [1]\n" + "".join(f"y{i}: *x\n" for i in range(101)), "limit of 100 aliases"),
        (DIEP, "nesting depth"),
        (DIEP_BLOK, "limit of 32 levels"),
        (MILJOEN_MAANDEN, "history of 1,000,000 months exceeds the limit of 2,412 months"),
        (TE_VEEL_GEVALLEN, "more than 1,000 cases exceeds the limit of 1,000 cases"),
    ],
    ids=["lachbom", "aliassen", "diep", "diep_blok", "maanden", "gevallen"],
)
def test_grens_binnen_een_seconde_met_naam(tekst, grens):
    begin = time.process_time()
    with pytest.raises(YamlFout, match=grens) as fout:
        yaml_tekst(tekst, "gevallen", "geval.yaml")
    assert time.process_time() - begin < 1.0
    assert str(fout.value).startswith("geval.yaml")
    assert "grens" in fout.value.nederlands()


def test_bestandsgrootte_voor_het_lezen(tmp_path):
    bestand = tmp_path / "groot.yaml"
    bestand.write_bytes(b"a: 1\n" + b"#" * GRENZEN["wijzigingen"].bytes)
    with pytest.raises(YamlFout, match=r"size \(1,048,581 bytes\) exceeds the limit of 1,048,576"):
        laad_yaml(bestand, "wijzigingen")


def test_dubbele_sleutel_noemt_beide_regels():
    with pytest.raises(YamlFout, match="key 2026-01-01 given twice, on lines 2 and 4") as fout:
        yaml_tekst("pad:\n  2026-01-01: 5000\n  2026-02-01: 1\n  2026-01-01: 6000\n")
    assert fout.value.regel == 4
    with pytest.raises(YamlFout, match="key input given twice, on lines 2 and 3"):
        yaml_tekst("- period: 2026-01-01\n  input: {}\n  input: {leeftijd: 3}\n")


def test_samenvoegsleutel_is_geen_dubbele():
    assert yaml_tekst("basis: &b {a: 1, b: 2}\nx:\n  <<: *b\n  a: 3\n")["x"] == {"a": 3, "b": 2}


def test_onmogelijke_datum_genoemd():
    with pytest.raises(YamlFout, match=r"line 3: '2026-02-30' is not a date"):
        yaml_tekst("- name: x\n  input: {}\n  period: 2026-02-30\n")


def test_python_tag_geweigerd():
    with pytest.raises(YamlFout, match="not plain YAML"):
        yaml_tekst("a: !!python/object/apply:os.system [ls]\n")


def test_regels_van_sleutels():
    from openfisca_arbeidsmigratie.tools.kern.yamlbron import lees_yaml

    document = lees_yaml(b"a:\n  b: 1\n\n  c: 2\n", "specs")
    binnen = document.data["a"]
    assert document.regel(document.data, "a") == 1
    assert (document.regel(binnen, "b"), document.regel(binnen, "c")) == (2, 4)


def test_elke_yaml_lezing_gaat_door_de_lader():
    """No module reads YAML but tools/yamlbron.py (model/motor.py names the engine's loader)."""
    gevonden = []
    for bestand in PAKKET.rglob("*.py"):
        if bestand.name == "yamlbron.py":
            continue
        tekst = bestand.read_text(encoding="utf-8")
        for patroon in (r"yaml\.(safe_)?load\b", r"yaml\.load_all", r"\bSafeLoader\b(?!\))"):
            if re.search(patroon, tekst) and bestand.name != "motor.py":
                gevonden.append(f"{bestand.relative_to(PAKKET)}: {patroon}")
    assert not gevonden, gevonden


@pytest.mark.parametrize("opdracht", ["vergelijk", "uitleg"])
def test_cli_lachbom_exit_2(tmp_path, capsys, opdracht):
    bestand = tmp_path / "bom.yaml"
    bestand.write_text(lachbom())
    begin = time.process_time()
    assert main([opdracht, str(bestand)]) == 2
    assert time.process_time() - begin < 1.0
    assert "aliases are expanded exceeds the limit" in capsys.readouterr().err


def test_arbeidsmigratie_test_weigert_dubbele_sleutel(tmp_path, capsys):
    bestand = tmp_path / "dubbel.yaml"
    bestand.write_text(
        "- name: dubbel\n  period: 2026-02-02\n  input:\n    leeftijd: 30\n    leeftijd: 31\n"
        "  output:\n    leeftijd: 31\n"
    )
    assert main(["test", str(bestand)]) == 2
    assert "key leeftijd given twice, on lines 4 and 5" in capsys.readouterr().err


@pytest.fixture
def snel(monkeypatch, systeem):
    import openfisca_arbeidsmigratie.tools.cli.vergelijk as cli_vergelijk

    monkeypatch.setattr(cli_vergelijk, "CountryTaxBenefitSystem", lambda: systeem)


@pytest.mark.parametrize(
    ("periode", "status", "melding"),
    [
        ("'2026-06-01'", 0, ""),
        ("2026-06-01", 0, ""),
        ("'2026-02-30'", 2, "line 2: case 1: period '2026-02-30' is not a date"),
        ("2026-02-30", 2, "line 2: '2026-02-30' is not a date"),
        ("2026-06-01 10:00:00", 2, "is not a date"),
    ],
)
def test_gevalsdatum_met_of_zonder_aanhalingstekens(
    tmp_path, capsys, snel, periode, status, melding
):
    bestand = tmp_path / "geval.yaml"
    bestand.write_text(f"- name: x\n  period: {periode}\n  input: {{leeftijd: 25}}\n")
    assert main(["vergelijk", str(bestand)]) == status
    assert melding in capsys.readouterr().err


def test_onbekende_invoervariabele_exit_2(tmp_path, capsys, snel):
    bestand = tmp_path / "geval.yaml"
    bestand.write_text("- name: x\n  period: 2026-06-01\n  input: {leeftijdd: 25}\n")
    assert main(["vergelijk", str(bestand)]) == 2
    assert "unknown input variable(s) in the case: leeftijdd (did you mean leeftijd" in (
        capsys.readouterr().err
    )


def test_alle_yaml_van_het_project_binnen_de_grenzen():
    """The project's own YAML (parameters, reforms, tests, examples): keys once each, within the
    limits. Parameter files are read by openfisca-core, which would let a repeated key win."""
    wortel = PAKKET.parent
    bestanden = [
        pad
        for map_ in ("parameters", "reforms", "tests", "openfisca_arbeidsmigratie")
        for pad in sorted((wortel / map_).rglob("*.yaml"))
    ]
    assert len(bestanden) > 200
    for pad in bestanden:
        laad_yaml(pad, "specs")
