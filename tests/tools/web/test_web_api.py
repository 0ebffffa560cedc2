"""The Web API (`openfisca serve`) answers a real TWV case."""

import json
import urllib.error
import urllib.request


def post(url, gegevens):
    verzoek = urllib.request.Request(
        url, data=json.dumps(gegevens).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
            return antwoord.status, json.load(antwoord)
    except urllib.error.HTTPError as fout:
        return fout.code, json.load(fout)


def test_calculate_twv_geval(web_api):
    datum = "2025-03-10"
    situatie = {
        "personen": {
            "ravi": {
                "nationaliteit": {datum: "IN"},
                "leeftijd": {datum: 34},
                "bruto_maandloon": {datum: 3200},
                "vacature_gemeld_weken": {datum: 6},
                "wervingsinspanning_voldoende": {datum: True},
                "toelatingsroute": {datum: None},
                "twv_maximale_geldigheid_maanden": {datum: None},
                "minimumloon_bruto_maand": {datum: None},
            }
        },
        "werkgevers": {"bedrijf": {"werknemers": ["ravi"]}},
    }
    status, antwoord = post(f"{web_api}/calculate", situatie)
    assert status == 200, antwoord
    ravi = antwoord["personen"]["ravi"]
    assert ravi["toelatingsroute"][datum] == "twv"
    assert ravi["twv_maximale_geldigheid_maanden"][datum] == 24
    assert round(ravi["minimumloon_bruto_maand"][datum], 2) == 2437.07


def test_calculate_foute_nationaliteit_is_400(web_api):
    situatie = {"personen": {"p": {"nationaliteit": {"2025-03-10": "XX"}}}}
    status, antwoord = post(f"{web_api}/calculate", situatie)
    assert status == 400
    assert "XX" in json.dumps(antwoord)


def test_open_api_voorbeeld_werkt(web_api):
    from openfisca_arbeidsmigratie.situaties import situatie_voorbeeld

    status, antwoord = post(f"{web_api}/calculate", situatie_voorbeeld())
    assert status == 200, antwoord
    assert antwoord["personen"]["persoon"]["toelatingsroute"]["2025-03-10"] == "twv"


KENNISMIGRANT = {
    "personen": {
        "anil": {
            "nationaliteit": {"2026-02-02": "TR"},
            "leeftijd": {"2026-02-02": 29},
            "bruto_maandloon": {"2026-02-02": 4357},
            "kennismigrant_toelaatbaar": {"2026-02-02": None},
            "toelatingsroute": {"2026-02-02": None},
        }
    },
    "werkgevers": {"bedrijf": {"werknemers": ["anil"], "erkend_referent": {"2026-02-02": True}}},
}


def test_calculate_kennismigrant(web_api):
    status, antwoord = post(f"{web_api}/calculate", KENNISMIGRANT)
    assert status == 200, antwoord
    anil = antwoord["personen"]["anil"]
    assert anil["kennismigrant_toelaatbaar"]["2026-02-02"] is True
    assert anil["toelatingsroute"]["2026-02-02"] == "kennismigrant"


def test_trace_kennismigrant(web_api):
    status, antwoord = post(f"{web_api}/trace", KENNISMIGRANT)
    assert status == 200, antwoord
    spoor = antwoord["trace"]
    norm = spoor["kennismigrant_salarisnorm<2026-02-02>"]
    assert norm["value"] == [4357.0]
    assert (
        norm["parameters"]["kennismigrant.salariscriterium.jonger_dan_dertig<2026-02-02>"] == 4357
    )
    assert "kennismigrant_salariscriterium_categorie<2026-02-02>" in norm["dependencies"]
    assert spoor["kennismigrant_toelaatbaar<2026-02-02>"]["value"] == [True]


def get(url):
    with urllib.request.urlopen(url, timeout=30) as antwoord:
        return antwoord.status, json.load(antwoord)


def test_parameter_met_bronnen(web_api):
    status, parameter = get(f"{web_api}/parameter/kennismigrant.salariscriterium.jonger_dan_dertig")
    assert status == 200
    assert parameter["values"]["2026-01-01"] == 4357
    assert "github.com" not in parameter.get("source", ""), (
        "no link to a repository that does not exist"
    )
    verwijzingen = parameter["metadata"]["reference"]
    assert any("wetten.overheid.nl" in v["href"] for v in verwijzingen)


def test_variabele_met_verwijzing(web_api):
    status, variabele = get(f"{web_api}/variable/kennismigrant_toelaatbaar")
    assert status == 200
    assert any("wetten.overheid.nl" in r for r in variabele["references"])
    assert "formulas" in variabele
