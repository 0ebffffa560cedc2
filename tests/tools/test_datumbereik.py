"""One supported range of dates on every path: a date after the latest one (or before the
earliest) is refused at once with the range, never computed for minutes (issue 20, item 2)."""

import json
from html import unescape

import pandas as pd
import pytest

from openfisca_arbeidsmigratie.model import bereik
from openfisca_arbeidsmigratie.model.bereik import BuitenBereik
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.populatie import Populatie
from openfisca_arbeidsmigratie.tools.web import web_api, werkbank

TE_LAAT = ["2101-01-01", "9999-12-31"]
BEREIK = "up to 2100-12-31"
GEVAL = """- name: geval
  period: {datum}
  input:
    nationaliteit: "IN"
    leeftijd: 34
    bruto_maandloon: 3200
"""


def test_laatste_datum_volgt_uit_de_invoerjaren(systeem):
    assert bereik.LAATSTE_DATUM == f"{bereik.LAATSTE_JAAR}-12-31" == "2100-12-31"
    bereik.controleer_datum("2100-12-31")
    bereik.controleer_datum(bereik.eerste_datum())
    for datum in [*TE_LAAT, "2003-12-31"]:
        with pytest.raises(BuitenBereik, match=f"{datum} is not in that range"):
            bereik.controleer_datum(datum)


@pytest.fixture
def geval(tmp_path):
    def maak(datum):
        pad = tmp_path / f"geval_{datum}.yaml"
        pad.write_text(GEVAL.format(datum=datum), encoding="utf-8")
        return str(pad)

    return maak


@pytest.mark.parametrize("datum", TE_LAAT)
@pytest.mark.parametrize(
    "opdracht",
    [
        ["bevolking", "--aantal", "200"],
        ["bevolking", "--invoer", "{invoer}"],
        ["drempel", "kennismigrant.salariscriterium.dertig_jaar_en_ouder", "--aantal", "200"],
        ["genereer", "--aantal", "10", "--uitvoer", "{map}/p.csv"],
        ["uitleg", "{geval}"],
        ["vergelijk", "{geval}"],
    ],
    ids=["bevolking", "bevolking-bestand", "drempel", "genereer", "uitleg", "vergelijk"],
)
def test_cli_weigert_een_te_late_datum(tmp_path, capsys, geval, opdracht, datum):
    invoer = tmp_path / "p.csv"
    invoer.write_text("persoon_id,nationaliteit,leeftijd,bruto_maandloon\n1,IN,34,6000\n")
    vul = {"invoer": str(invoer), "map": str(tmp_path), "geval": geval("2026-01-01")}
    argumenten = [a.format(**vul) for a in opdracht] + ["--datum", datum]
    if opdracht[0] in ("bevolking", "drempel"):
        argumenten += ["--uitvoer", str(tmp_path / "u")]
    assert main(argumenten) == 2
    fout = capsys.readouterr().err
    assert BEREIK in fout and f"{datum} is not in that range" in fout
    assert not (tmp_path / "u").exists()


@pytest.mark.parametrize("datum", TE_LAAT)
def test_yaml_test_weigert_een_te_late_periode(capsys, geval, datum):
    assert main(["test", geval(datum)]) == 2
    assert f"period {datum} ends after 2100-12-31" in capsys.readouterr().err


def test_yaml_test_voor_de_eerste_datum(capsys, tmp_path):
    pad = tmp_path / "vroeg.yaml"
    pad.write_text(GEVAL.format(datum="2003-12-31") + "  output:\n    toelatingsroute: geen\n")
    assert main(["test", str(pad)]) != 0
    assert "the model decides on dates from 2004-01-01" in capsys.readouterr().out


@pytest.mark.parametrize("datum", [*TE_LAAT, "2003-12-31"])
def test_populatie_weigert(systeem, datum):
    personen = pd.DataFrame(
        {"persoon_id": ["a"], "nationaliteit": ["IN"], "leeftijd": [34], "bruto_maandloon": [6e3]}
    )
    populatie = Populatie(personen, systeem=systeem, processen=1)
    with pytest.raises(BuitenBereik, match=f"{datum} is not in that range"):
        populatie.tel("toelatingsroute", datum)
    with pytest.raises(BuitenBereik, match=f"{datum} is not in that range"):
        populatie.bereken("toelatingsroute", datum)


@pytest.mark.parametrize("datum", [*TE_LAAT, "2003-12-31"])
def test_web_api_weigert(systeem, datum):
    client = web_api.maak_app(systeem).test_client()
    situatie = {
        "personen": {"p": {"nationaliteit": {datum: "IN"}, "toelatingsroute": {datum: None}}}
    }
    antwoord = client.post("/calculate", json=situatie)
    assert antwoord.status_code == 400
    tekst = json.dumps(antwoord.get_json())
    assert "2100" in tekst if datum > "2100" else "2004-01-01" in tekst


@pytest.mark.parametrize("datum", TE_LAAT)
def test_werkbank_weigert(systeem, datum):
    app = werkbank.maak_app(systeem)
    client = app.test_client()
    client.environ_base["HTTP_X_CSRF_TOKEN"] = app.config["CSRF_TOKEN"]
    data = {"actie": "bereken", "datum": datum, "naam": "x", "v_nationaliteit": "IN"}
    data |= {"v_leeftijd": "34", "v_bruto_maandloon": "6000"}
    for pad in ("/", "/bevolking/start"):
        antwoord = client.post(pad, data=data)
        assert antwoord.status_code == 400, pad
        html = unescape(antwoord.get_data(as_text=True))
        assert "tot en met 2100-12-31" in html and "valt daarbuiten" in html
