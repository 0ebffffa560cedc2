"""No decision before the earliest rule the model encodes: an error naming that date, never a
default value, in Python, on the command line and in the Web API."""

import json
import urllib.error
import urllib.request

import pytest
from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import DateUnit
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model import bereik
from openfisca_arbeidsmigratie.model.bereik import BuitenBereik
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.register import beschikbare_hervormingen

EERSTE = "2004-01-01"
DAG_ERVOOR = "2003-12-31"


def test_eerste_datum_afgeleid_van_de_formules(systeem):
    assert bereik.eerste_datum() == bereik.eerste_formuledatum(systeem.variables) == EERSTE
    assert EERSTE in systeem.variables["minimumloon_bruto_maand"].formulas


@pytest.mark.parametrize(
    ("hervorming", "datum"),
    [(None, "1990-06-15")] + [(naam, DAG_ERVOOR) for naam in [None, *beschikbare_hervormingen()]],
)
def test_geen_variabele_geeft_een_waarde_voor_het_bereik(systeem, hervorming, datum):
    """Every variable of the system (and of each bundled reform), one simulation each, no input:
    an error, not a value."""
    doel = systeem if hervorming is None else beschikbare_hervormingen()[hervorming](systeem)
    for naam, variabele in doel.variables.items():
        simulatie = SimulationBuilder().build_default_simulation(doel, count=2)
        if variabele.definition_period != DateUnit.DAY:
            # The monthly residence history and the date of birth are facts about earlier dates,
            # read by the walks of decisions inside the range; they are inputs, not decisions.
            assert not variabele.formulas, naam
            continue
        with pytest.raises(BuitenBereik, match=EERSTE) as fout:
            waarde = simulatie.calculate(naam, datum)
            pytest.fail(f"{naam} on {datum} returned {waarde}")
        assert naam in str(fout.value)


def _grensdatums(systeem) -> list[str]:
    datums = {d for v in systeem.variables.values() for d in v.formulas if d >= EERSTE}
    datums |= {d for d in bereik.eerste_waarden(systeem.parameters).values() if d >= EERSTE}
    datums |= {str(periods.instant(d).offset(-1, "day")) for d in datums if d > EERSTE}
    return sorted(datums)


@pytest.mark.parametrize("hervorming", [None, *beschikbare_hervormingen()])
def test_elke_variabele_rekent_binnen_het_bereik(systeem, hervorming):
    """On the first day of the range and on each day a rule or a parameter starts (and the day
    before), every variable computes: no parameter lookup fails inside the range."""
    doel = systeem if hervorming is None else beschikbare_hervormingen()[hervorming](systeem)
    fouten = []
    for datum in _grensdatums(systeem):
        simulatie = SimulationBuilder().build_default_simulation(doel, count=1)
        for naam, variabele in doel.variables.items():
            if variabele.definition_period != DateUnit.DAY:
                continue
            try:
                simulatie.calculate(naam, datum)
            except (BuitenBereik, ParameterNotFoundError) as fout:
                fouten.append(str(fout))
    assert not fouten, "\n".join(sorted(set(fouten)))


def test_ontbrekende_parameter_noemt_de_datum():
    """A parameter without a value inside the range names the date from which it has values."""
    fout = ParameterNotFoundError("kennismigrant[leeftijdsgrens]", "2004-05-01")
    tekst = str(bereik.parameter_buiten_bereik("kennismigrant_salarisnorm", "2004-05-01", fout))
    assert "kennismigrant.leeftijdsgrens from 2004-10-01" in tekst


def test_invoer_voor_het_bereik_geeft_geen_beslissing(systeem):
    situatie = {
        "personen": {
            "p": {
                "nationaliteit": {DAG_ERVOOR: "IN"},
                "bruto_maandloon": {DAG_ERVOOR: 6000},
                "toelatingsroute": {DAG_ERVOOR: None},
            }
        },
        "werkgevers": {"w": {"werknemers": ["p"]}},
    }
    simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
    with pytest.raises(BuitenBereik, match=f"toelatingsroute on {DAG_ERVOOR}.*{EERSTE}"):
        simulatie.calculate("toelatingsroute", DAG_ERVOOR)


@pytest.fixture
def vroeg_geval(tmp_path):
    pad = tmp_path / "geval.yaml"
    pad.write_text(
        f"- name: early\n  period: {DAG_ERVOOR}\n  input:\n    nationaliteit: IN\n"
        "    leeftijd: 35\n    bruto_maandloon: 6000\n  output:\n    toelatingsroute: twv\n",
        encoding="utf-8",
    )
    return pad


@pytest.mark.parametrize(
    "opdracht",
    [
        lambda geval, map_: ["vergelijk", str(geval)],
        lambda geval, map_: ["vergelijk", str(geval), "--datum", "1999-01-01"],
        lambda geval, map_: ["uitleg", str(geval)],
        lambda geval, map_: ["verschil", "--reform", "brede_welvaartstoets", str(geval)],
        lambda geval, map_: [
            "bevolking",
            "--aantal",
            "50",
            "--datum",
            DAG_ERVOOR,
            "--uitvoer",
            map_,
        ],
        lambda geval, map_: [
            "drempel",
            "kennismigrant.salariscriterium.jonger_dan_dertig",
            "--aantal",
            "50",
            "--datum",
            DAG_ERVOOR,
            "--uitvoer",
            map_,
        ],
    ],
)
def test_cli_voor_het_bereik_status_2(vroeg_geval, tmp_path, capsys, opdracht):
    uitvoer = tmp_path / "uit"
    assert main(opdracht(vroeg_geval, str(uitvoer))) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("arbeidsmigratie: error:")
    assert EERSTE in fout
    assert "Traceback" not in fout
    assert not uitvoer.exists()


def test_cli_ontbrekende_parameter_status_2(tmp_path, capsys):
    """The generator reads the knowledge-migrant criterion, which the model has from 2014-01-01:
    the day before is refused with the parameter and its first date named."""
    uitvoer = tmp_path / "uit"
    assert (
        main(["bevolking", "--aantal", "50", "--datum", "2013-12-31", "--uitvoer", str(uitvoer)])
        == 2
    )
    fout = capsys.readouterr().err
    assert (
        "kennismigrant.salariscriterium.dertig_jaar_en_ouder from 2014-01-01, not on 2013-12-31"
        in fout
    )
    assert "Traceback" not in fout
    assert not uitvoer.exists()


def post(url, gegevens):
    verzoek = urllib.request.Request(
        url, data=json.dumps(gegevens).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
            return antwoord.status, json.load(antwoord)
    except urllib.error.HTTPError as fout:
        return fout.code, json.load(fout)


def test_web_api_voor_het_bereik_is_400(web_api):
    situatie = {
        "personen": {"p": {"leeftijd": {DAG_ERVOOR: 30}, "toelatingsroute": {DAG_ERVOOR: None}}},
        "werkgevers": {"w": {"werknemers": ["p"]}},
    }
    for pad in ("calculate", "trace"):
        status, antwoord = post(f"{web_api}/{pad}", situatie)
        assert status == 400, antwoord
        assert EERSTE in json.dumps(antwoord)
        assert "toelatingsroute" in json.dumps(antwoord)
