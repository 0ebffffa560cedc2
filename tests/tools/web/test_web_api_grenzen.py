"""`arbeidsmigratie serve`: the limits in front of the OpenFisca Web API, and every bad input of
the fault-and-abuse test answered with a 4xx (never a 500)."""

import json
import time
import urllib.error
import urllib.request

import pytest

from openfisca_arbeidsmigratie.tools.web.web_api import Limieten, ZwarePlaatsen, maak_app

D = "2026-02-02"


@pytest.fixture(scope="module")
def maak(systeem, tmp_path_factory):
    def maak_client(**limieten):
        slotmap = tmp_path_factory.mktemp("sloten")
        app = maak_app(systeem, Limieten(**limieten), slotmap)
        client = app.test_client()
        client.slotmap = slotmap
        return client

    return maak_client


@pytest.fixture(scope="module")
def client(maak):
    return maak(max_personen=50, max_perioden=24, max_waarden=2_000, zware_drempel=20)


def post(client, gegevens=None, rauw=None, soort="application/json", **koppen):
    lichaam = rauw if rauw is not None else json.dumps(gegevens)
    antwoord = client.post("/calculate", data=lichaam, content_type=soort, headers=koppen)
    return antwoord.status_code, antwoord.get_data(as_text=True)


def persoon(**variabelen):
    return {"personen": {"p": variabelen}}


def personen(aantal, extra=None):
    return {
        "personen": {
            f"p{i}": {
                "nationaliteit": {D: "IN"},
                "leeftijd": {D: 30},
                "bruto_maandloon": {D: 5000},
                "toelatingsroute": {D: None},
                **(extra or {}),
            }
            for i in range(aantal)
        }
    }


def test_goed_geval(client):
    status, tekst = post(client, personen(1))
    assert status == 200, tekst
    assert json.loads(tekst)["personen"]["p0"]["toelatingsroute"][D] == "geen"


def test_aannames_naast_de_uitkomst(client):
    """The inputs the decision read at their default, beside the result (issue 23)."""
    status, tekst = post(client, personen(1))
    assert status == 200, tekst
    aannames = {a["variable"]: a["default"] for a in json.loads(tekst)["aannames"]}
    assert aannames["erkend_referent"] is False
    assert not {"nationaliteit", "leeftijd", "bruto_maandloon"} & set(aannames)


PROEVEN = {
    "year on a day variable": (persoon(leeftijd={"2026": 30}), "is defined per day"),
    "ETERNITY on a day variable": (persoon(toelatingsroute={"ETERNITY": None}), "not one day"),
    "id with /": ({"personen": {"a/b": {"leeftijd": {D: 30}}}}, "invalid id 'a/b'"),
    "empty id": ({"personen": {"": {"leeftijd": {D: 30}}}}, "invalid id ''"),
    "year 1": (persoon(toelatingsroute={"0001-01-01": None}), "outside the years 1900 to 2100"),
    "date before 2004": (persoon(toelatingsroute={"2003-05-01": None}), "2003-05-01"),
    "a million months": (
        persoon(verblijfsdoel={"month:2020-01:1000000": "arbeid_regulier"}),
        "not one month",
    ),
    "monthly variable over several months": (
        persoon(verblijfsdoel={"month:2020-01:3": "arbeid_regulier"}),
        "not one month",
    ),
    "not a period": (persoon(leeftijd={"gisteren": 30}), "'gisteren' is not a period"),
    "age 29.99": (persoon(leeftijd={D: 29.99}, toelatingsroute={D: None}), "not a whole number"),
    "age 4294967325": (persoon(leeftijd={D: 4294967325}), "above the maximum"),
    "wage 1e39": (persoon(bruto_maandloon={D: 1e39}), "from 0 to 1,000,000"),
    "age 2**70": (persoon(leeftijd={D: 2**70}), "above the maximum"),
    "age of 401 digits": (persoon(leeftijd={D: 10**400}), "401 characters"),
    "computed variable 2**70": (
        persoon(twv_maximale_geldigheid_maanden={D: 2**70}),
        "above the maximum",
    ),
    "unknown entity": ({"huishoudens": {}}, "unknown entity 'huishoudens'"),
    "not an object": ([1, 2], "a situation is a JSON object"),
    "list as value": (persoon(leeftijd={D: [30]}), "expected a single value"),
    "axes too large": (
        {
            **persoon(leeftijd={D: 30}),
            "axes": [[{"count": 10_000, "name": "leeftijd", "min": 0, "max": 100}]],
        },
        "the axes make 10,000 persons",
    ),
}


@pytest.mark.parametrize("naam", PROEVEN)
def test_foute_invoer_is_400(client, naam):
    situatie, verwacht = PROEVEN[naam]
    status, tekst = post(client, situatie)
    assert status == 400, tekst
    assert verwacht in tekst


def test_json_1000_diep(client):
    for lichaam in ("[" * 1000 + "]" * 1000, '{"a":' * 1000 + "1" + "}" * 1000):
        status, tekst = post(client, rauw=lichaam)
        assert status == 400, tekst
        assert "nested deeper" in tekst


def test_te_diep_ook_als_de_parser_het_leest(client):
    """Nine levels parse fine; the answer is the same as for a body the parser gives up on."""
    lichaam = '{"personen": {"p": {"a": {"b": {"c": {"d": {"e": {"f": 1}}}}}}}}'
    status, tekst = post(client, rauw=lichaam)
    assert status == 400, tekst
    assert "nested deeper" in tekst


def test_content_type_text_plain(client):
    status, tekst = post(client, personen(1), soort="text/plain")
    assert status == 415
    assert "application/json" in tekst


def test_te_groot_lichaam(maak):
    klein = maak(max_lichaam=1_000)
    status, tekst = post(klein, rauw=b"x" * 5_000)
    assert status == 413
    assert "the limit is 1,000" in tekst


def test_te_veel_personen(client):
    status, tekst = post(client, personen(51))
    assert status == 400
    assert "51 persons in one request; the limit is 50" in tekst


def test_te_veel_perioden(client):
    maanden = {
        f"{jaar}-{maand:02d}": "arbeid_regulier"
        for jaar in (2020, 2021, 2022)
        for maand in range(1, 13)
    }
    status, tekst = post(client, persoon(verblijfsdoel=maanden))
    assert status == 400
    assert "36 periods; the limit is 24 periods per variable" in tekst


def test_te_veel_waarden(client):
    maanden = [f"{jaar}-{maand:02d}" for jaar in (2020, 2021) for maand in range(1, 13)]
    extra = {
        "verblijfsdoel": dict.fromkeys(maanden, "arbeid_regulier"),
        "buiten_nederland": dict.fromkeys(maanden, False),
    }
    status, tekst = post(client, personen(45, extra))
    assert status == 400
    assert "more than 2,000 values in one request" in tekst


def test_tijdslimiet(maak):
    traag = maak(tijdslimiet=0.01)
    begin = time.monotonic()
    status, tekst = post(traag, personen(1_000))
    assert time.monotonic() - begin < 5
    assert status == 503
    assert "longer than the limit" in tekst
    snel = maak(tijdslimiet=30)
    assert post(snel, personen(1))[0] == 200


def test_zware_verzoeken_om_de_beurt(maak):
    client = maak(zware_drempel=5, zware_plaatsen=1)
    with ZwarePlaatsen(1, client.slotmap).plaats() as bezet:
        assert bezet
        status, tekst = post(client, personen(6))
        assert status == 503
        assert "retry" in tekst
        assert post(client, personen(5))[0] == 200
    assert post(client, personen(6))[0] == 200


def test_cors_standaard_uit(client):
    antwoord = client.get("/variables", headers={"Origin": "https://elders.example"})
    assert not [k for k, _ in antwoord.headers if k.lower().startswith("access-control")]


def test_cors_instelbaar(maak):
    client = maak(cors=("https://werkbank.example",))
    goed = client.get("/variables", headers={"Origin": "https://werkbank.example"})
    assert goed.headers["Access-Control-Allow-Origin"] == "https://werkbank.example"
    fout = client.get("/variables", headers={"Origin": "https://elders.example"})
    assert "Access-Control-Allow-Origin" not in fout.headers


def test_bereik_in_variabele(client):
    leeftijd = client.get("/variable/leeftijd").get_json()
    assert (leeftijd["minimum"], leeftijd["maximum"]) == (0, 130)
    assert "minimum" not in client.get("/variable/toelatingsroute").get_json()


def test_geen_dode_bronlinks(client):
    variabele = client.get("/variable/toelatingsroute").get_json()
    assert "source" not in json.dumps(variabele)
    assert variabele["formulas"]
    parameter = client.get("/parameter/wav.minimumloon.uurloon").get_json()
    assert "source" not in parameter


def test_echte_server_weigert_groot_lichaam(beschermde_api):
    verzoek = urllib.request.Request(
        f"{beschermde_api}/calculate",
        data=b"{" + b" " * 300_000 + b"}",
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as fout:
        urllib.request.urlopen(verzoek, timeout=30)
    assert fout.value.code == 413


def test_eigen_slotmap_opgeruimd_met_de_app(systeem, monkeypatch):
    """A lock directory `maak_app` made itself is removed with its app; one made in another
    process (a forked worker ending) is left to its maker; one given is never touched."""
    import gc
    import os
    from pathlib import Path

    from openfisca_arbeidsmigratie.tools.web import web_api

    gemaakt = []
    echt = web_api.tempfile.mkdtemp
    monkeypatch.setattr(
        web_api.tempfile, "mkdtemp", lambda **k: gemaakt.append(echt(**k)) or gemaakt[-1]
    )
    app = maak_app(systeem)
    slotmap = Path(gemaakt[0])
    assert slotmap.is_dir()
    web_api.ruim_slotmap_op(slotmap, os.getpid() + 1)
    assert slotmap.is_dir()
    del app
    gc.collect()
    assert not slotmap.exists()


def test_gegeven_slotmap_blijft(systeem, tmp_path):
    import gc

    app = maak_app(systeem, slotmap=tmp_path)
    del app
    gc.collect()
    assert tmp_path.is_dir()
