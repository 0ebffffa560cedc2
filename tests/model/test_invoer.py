"""Bad input is refused with a message naming the variable, the position and the value."""

import subprocess
import sys

import numpy as np
import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.invoer import OngeldigeInvoer

DATUM = "2025-03-10"


def situatie(**invoer):
    return {
        "personen": {"p": {naam: {DATUM: waarde} for naam, waarde in invoer.items()}},
        "werkgevers": {"w": {"werknemers": ["p"]}},
    }


@pytest.mark.parametrize(
    ("invoer", "verwacht"),
    [
        ({"nationaliteit": "XX"}, ["nationaliteit", "'XX'", "accepted"]),
        ({"nationaliteit": False}, ["nationaliteit", "False", "quote"]),
        ({"bruto_maandloon": -1}, ["bruto_maandloon", "-1", "negative"]),
        ({"arbeidsuren_per_week": -8}, ["arbeidsuren_per_week", "-8"]),
        ({"verblijfsvergunning": "toerist"}, ["verblijfsvergunning", "toerist", "kennismigrant"]),
        ({"wervingsinspanning_voldoende": "ja"}, ["wervingsinspanning_voldoende", "true or false"]),
    ],
)
def test_situatie_met_foute_invoer(systeem, invoer, verwacht):
    with pytest.raises(SituationParsingError) as fout:
        SimulationBuilder().build_from_entities(systeem, situatie(**invoer))
    tekst = str(fout.value)
    for stuk in verwacht:
        assert stuk in tekst


@pytest.mark.parametrize(
    ("variabele", "reeks", "verwacht"),
    [
        ("nationaliteit", np.array(["IN", "ZZ"]), "position 1"),
        ("nationaliteit", np.array([True, False]), "quote"),
        ("bruto_maandloon", np.array([3000.0, -0.01]), "-0.01"),
        ("arbeidsuren_per_week", np.array([np.nan, 1.0]), "not a finite number"),
        ("verblijfsvergunning", np.array(["studie", "vakantie"]), "vakantie"),
    ],
)
def test_python_api_met_foute_reeks(systeem, variabele, reeks, verwacht):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=2)
    with pytest.raises(OngeldigeInvoer, match=variabele) as fout:
        simulatie.set_input(variabele, DATUM, reeks)
    assert verwacht in str(fout.value)


def test_python_api_met_goede_reeks(systeem):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=2)
    simulatie.set_input("nationaliteit", DATUM, np.array(["NO", "IN"]))
    assert simulatie.calculate("vrij_verkeer_werknemer", DATUM).tolist() == [True, False]


@pytest.mark.parametrize(
    ("invoer", "verwacht"),
    [
        ("nationaliteit: NO", "quote country codes"),
        ('nationaliteit: "XX"', "'XX'"),
        ("bruto_maandloon: -5", "negative"),
    ],
)
def test_yaml_test_met_foute_invoer(tmp_path, invoer, verwacht):
    geval = tmp_path / "geval.yaml"
    geval.write_text(
        f"- name: fout\n  period: {DATUM}\n  input:\n    {invoer}\n"
        "  output:\n    twv_vereist: true\n",
        encoding="utf-8",
    )
    uitvoer = subprocess.run(
        [
            sys.executable,
            "-m",
            "openfisca_core.scripts.openfisca_command",
            "test",
            "-c",
            "openfisca_arbeidsmigratie",
            str(geval),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert uitvoer.returncode != 0
    assert verwacht in uitvoer.stdout + uitvoer.stderr


def test_puntentoets_neemt_negatieve_scores_aan(systeem):
    """A points-test score can count against admission: any finite number is accepted."""
    simulatie = SimulationBuilder().build_from_entities(
        systeem, situatie(brede_welvaart_punten_ecologie=-7.5, brede_welvaart_punten_inwoner=-3)
    )
    assert simulatie.calculate("brede_welvaart_punten_ecologie", DATUM)[0] == -7.5
    reeks = SimulationBuilder().build_default_simulation(systeem, count=2)
    reeks.set_input("brede_welvaart_punten_samenleving", DATUM, np.array([-2.0, 4.0]))
    assert list(reeks.calculate("brede_welvaart_punten_samenleving", DATUM)) == [-2.0, 4.0]


@pytest.mark.parametrize("waarde", [np.nan, np.inf, -np.inf])
def test_puntentoets_weigert_niet_eindige_scores(systeem, waarde):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=2)
    with pytest.raises(OngeldigeInvoer, match="any finite number"):
        simulatie.set_input("brede_welvaart_punten_ecologie", DATUM, np.array([1.0, waarde]))


@pytest.mark.parametrize(
    ("geboortedatum", "verwacht"),
    [
        ("3000-01-01", "outside the years the model accepts"),
        ("1899-12-31", "outside the years the model accepts"),
        ("2025-03-11", "it gives leeftijd -1 on 2025-03-10"),
        ("1900-03-09", "it gives leeftijd 131 on 2031-03-10"),
    ],
)
def test_geboortedatum_zonder_leeftijd_geweigerd(systeem, geboortedatum, verwacht):
    """A date of birth after the decision date, or more than 130 years before it, gives no age:
    refused, never a negative or impossible age."""
    personen = {"p": {"geboortedatum": {"ETERNITY": geboortedatum}}}
    with pytest.raises(SituationParsingError) as fout:
        simulatie = SimulationBuilder().build_from_entities(
            systeem, {"personen": personen, "werkgevers": {"w": {"werknemers": ["p"]}}}
        )
        simulatie.calculate("leeftijd", "2031-03-10" if "131" in verwacht else DATUM)
    assert "geboortedatum" in str(fout.value)
    assert verwacht in str(fout.value)


@pytest.mark.parametrize(
    ("geboortedatum", "datum", "leeftijd"),
    [("2025-03-10", DATUM, 0), ("1900-03-10", "2030-03-10", 130)],
)
def test_geboortedatum_aan_de_randen(systeem, geboortedatum, datum, leeftijd):
    personen = {"p": {"geboortedatum": {"ETERNITY": geboortedatum}}}
    simulatie = SimulationBuilder().build_from_entities(
        systeem, {"personen": personen, "werkgevers": {"w": {"werknemers": ["p"]}}}
    )
    assert simulatie.calculate("leeftijd", datum).tolist() == [leeftijd]


def test_datums_buiten_de_jaren_via_de_python_api(systeem):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=2)
    with pytest.raises(OngeldigeInvoer, match="position 1"):
        simulatie.set_input(
            "geboortedatum", "ETERNITY", np.array(["1980-01-01", "2101-01-01"], "datetime64[D]")
        )
