"""No request makes the Web API answer 500 (issue 20, item 4): a property test posting
situations with odd ids, histories of nulls and axes to /calculate and /trace through Flask's
test client (fixed seed, bounded examples), and the cases the fuzzing found."""

import json
import os

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from openfisca_arbeidsmigratie.tools.web.web_api import Limieten, maak_app

# `make fuzz` (in `make bench`) runs these searches 20 times longer.
FUZZ_FACTOR = int(os.environ.get("ARBEIDSMIGRATIE_FUZZ_FACTOR", "1"))

DAG = "2026-02-02"
VARIABELEN = [
    "nationaliteit",
    "leeftijd",
    "bruto_maandloon",
    "erkend_referent",
    "verblijfsdoel",
    "buiten_nederland",
    "geboortedatum",
    "toelatingsroute",
    "kennismigrant_toelaatbaar",
    "maanden_tot_verblijfsduur_vervuld",
    "bestaat_niet",
]
PERIODEN = [DAG, "2025-01", "2025-02", "2026", "ETERNITY", "2003-05-01", "2101-01-01", "x"]
IDS = st.sampled_from([" ", "null", "é", "p", "0", "NA", "\u00a0", "p q", "ü" * 3, "\t"])
WAARDEN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["NO", "IN", "XX", "studie", "geen", "", " "]),
)
PERSOON = st.dictionaries(
    st.sampled_from(VARIABELEN),
    st.one_of(
        st.none(),
        st.dictionaries(st.sampled_from(PERIODEN), WAARDEN, max_size=3),
        st.dictionaries(st.sampled_from(["2025-01", "2025-02", "2025-03"]), st.none(), max_size=3),
    ),
    max_size=4,
)
AS = st.fixed_dictionaries(
    {
        "count": st.one_of(st.integers(min_value=-1, max_value=4), st.none()),
        "name": st.sampled_from(["leeftijd", "bruto_maandloon", "nationaliteit", "bestaat_niet"]),
        "min": st.one_of(st.integers(min_value=-10, max_value=100), st.text(max_size=2)),
        "max": st.one_of(st.integers(min_value=0, max_value=7000), st.none()),
    },
    optional={
        "period": st.one_of(st.sampled_from(PERIODEN), st.none()),
        "index": st.one_of(st.integers(min_value=-1, max_value=3), st.text(max_size=1)),
        "extra": st.integers(),
    },
)
ASSEN = st.one_of(st.lists(st.lists(AS, max_size=2), max_size=2), st.just([]), st.just([[]]))


@st.composite
def situaties(draw):
    personen = draw(st.dictionaries(IDS, PERSOON, min_size=0, max_size=3))
    situatie = {"personen": personen}
    if draw(st.booleans()):
        leden = draw(st.lists(st.sampled_from([*personen, "onbekend"]), max_size=3))
        situatie["werkgevers"] = {draw(IDS): {"werknemers": leden}}
    if draw(st.booleans()):
        situatie["axes"] = draw(ASSEN)
    return situatie


@pytest.fixture(scope="module")
def client(systeem):
    return maak_app(systeem, Limieten(tijdslimiet=20)).test_client()


def controleer(client, pad, situatie):
    antwoord = client.post(pad, data=json.dumps(situatie), content_type="application/json")
    assert antwoord.status_code < 500, (situatie, antwoord.get_data(as_text=True)[:500])
    if antwoord.status_code >= 400:
        assert antwoord.get_json(), "a 4xx carries a message"
    return antwoord


@seed(20)
@settings(
    max_examples=150 * FUZZ_FACTOR,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(situatie=situaties(), pad=st.sampled_from(["/calculate", "/trace"]))
def test_nooit_500(client, situatie, pad):
    controleer(client, pad, situatie)


WERKGEVER = {"werkgevers": {"w": {"werknemers": ["p"]}}}
AS_LEEFTIJD = {"count": 2, "name": "leeftijd", "min": 20, "max": 40, "period": DAG}
GEVALLEN = {
    "calculate-axes": (
        "/calculate",
        {"personen": {"p": {"toelatingsroute": {DAG: None}}}, **WERKGEVER, "axes": [[AS_LEEFTIJD]]},
    ),
    "as-zonder-periode": (
        "/trace",
        {
            "personen": {"p": {}},
            **WERKGEVER,
            "axes": [[{"count": 2, "name": "leeftijd", "min": 0, "max": 1}]],
        },
    ),
    "as-zonder-naam": ("/trace", {"personen": {"p": {}}, **WERKGEVER, "axes": [[{"count": 2}]]}),
    "as-onbekend": (
        "/trace",
        {"personen": {"p": {}}, **WERKGEVER, "axes": [[{**AS_LEEFTIJD, "name": "bestaat_niet"}]]},
    ),
    "as-min-tekst": (
        "/trace",
        {"personen": {"p": {}}, **WERKGEVER, "axes": [[{**AS_LEEFTIJD, "min": "a"}]]},
    ),
    "as-index": (
        "/trace",
        {"personen": {"p": {}}, **WERKGEVER, "axes": [[{**AS_LEEFTIJD, "index": 5}]]},
    ),
    "as-periode-x": (
        "/trace",
        {"personen": {"p": {}}, **WERKGEVER, "axes": [[{**AS_LEEFTIJD, "period": "x"}]]},
    ),
    "lege-assen": ("/trace", {"personen": {"p": {}}, **WERKGEVER, "axes": [[]]}),
    "geen-assen": ("/trace", {"personen": {"p": {}}, **WERKGEVER, "axes": []}),
}


@pytest.mark.parametrize("geval", list(GEVALLEN), ids=list(GEVALLEN))
def test_gevonden_gevallen_zijn_400(client, geval):
    pad, situatie = GEVALLEN[geval]
    assert controleer(client, pad, situatie).status_code == 400


@pytest.mark.parametrize("ident", [" ", "null", "é"])
@pytest.mark.parametrize("pad", ["/calculate", "/trace"])
def test_vreemde_namen_zonder_variabelen(client, ident, pad):
    controleer(client, pad, {"personen": {ident: {}}})
    controleer(
        client, pad, {"personen": {ident: {}}, "werkgevers": {ident: {"werknemers": [ident]}}}
    )


@pytest.mark.parametrize("pad", ["/calculate", "/trace"])
def test_geschiedenis_van_nullen(client, pad):
    persoon = {
        "verblijfsdoel": dict.fromkeys(["2025-01", "2025-02"]),
        "toelatingsroute": {DAG: None},
    }
    controleer(client, pad, {"personen": {"p": persoon}})


def test_trace_met_assen_werkt(client):
    situatie = {
        "personen": {"p": {"toelatingsroute": {DAG: None}}},
        **WERKGEVER,
        "axes": [[AS_LEEFTIJD]],
    }
    antwoord = controleer(client, "/trace", situatie)
    assert antwoord.status_code == 200
    assert antwoord.get_json()["entitiesDescription"]["personen"] == ["p0", "p1"]
