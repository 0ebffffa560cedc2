"""Admission by estimated cost (issue 20, item 6): a situation is heavy by its persons x periods
x variables, not by its persons alone; heavy ones wait their turn (503 with Retry-After) while
small ones are answered at once."""

import json

import pytest

from openfisca_arbeidsmigratie.tools.web.web_api import Limieten, ZwarePlaatsen, maak_app

DAG = "2026-02-02"
MAANDEN = [f"{2016 + i // 12}-{i % 12 + 1:02d}" for i in range(120)]


def situatie(aantal: int, maanden=()) -> dict:
    persoon = {"nationaliteit": {DAG: "IN"}, "leeftijd": {DAG: 30}, "toelatingsroute": {DAG: None}}
    if maanden:
        persoon["verblijfsdoel"] = dict.fromkeys(maanden, "arbeid_regulier")
        persoon["buiten_nederland"] = dict.fromkeys(maanden, False)
    return {"personen": {f"p{i}": persoon for i in range(aantal)}}


@pytest.fixture(scope="module")
def app(systeem, tmp_path_factory):
    return maak_app(systeem, Limieten(), tmp_path_factory.mktemp("sloten"))


@pytest.mark.parametrize(
    ("aantal", "maanden", "zwaar"),
    [(1, (), False), (1, MAANDEN, False), (200, (), False), (201, (), True), (200, MAANDEN, True)],
)
def test_kosten_tellen_personen_perioden_en_variabelen(app, aantal, maanden, zwaar):
    bewaker = app.wsgi_app
    personen, kosten = bewaker.controle.kosten(situatie(aantal, maanden))
    assert personen == aantal
    assert kosten == aantal * (3 + 2 * len(maanden))
    assert bewaker.is_zwaar(personen, kosten) is zwaar


def test_assen_vermenigvuldigen_de_kosten(app):
    geval = situatie(1)
    geval["werkgevers"] = {"w": {"werknemers": ["p0"]}}
    geval["axes"] = [[{"count": 50, "name": "leeftijd", "min": 20, "max": 60, "period": DAG}]]
    assert app.wsgi_app.controle.kosten(geval) == (50, 50 * 4)


def test_zware_geschiedenis_wacht_kleine_niet(app):
    client = app.test_client()
    slotmap = app.wsgi_app.zwaar.paden[0].parent
    zwaar = json.dumps(situatie(200, MAANDEN))
    klein = json.dumps(situatie(1, MAANDEN))
    with ZwarePlaatsen(1, slotmap).plaats() as bezet:
        assert bezet
        antwoord = client.post("/calculate", data=zwaar, content_type="application/json")
        assert antwoord.status_code == 503
        assert antwoord.headers["Retry-After"] == "5"
        assert "persons x periods x variables" in antwoord.get_json()["error"]
        antwoord = client.post("/calculate", data=klein, content_type="application/json")
        assert antwoord.status_code == 200
    antwoord = client.post("/calculate", data=zwaar, content_type="application/json")
    assert antwoord.status_code == 200
