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
