"""Property-based fuzzing of /calculate: malformed and extreme situations get a 4xx with a
message, never a 5xx, and never hang."""

import json
import urllib.error
import urllib.request

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

VARIABELEN = [
    "nationaliteit",
    "leeftijd",
    "bruto_maandloon",
    "arbeidsuren_per_week",
    "verblijfsvergunning",
    "erkend_referent",
    "boetes_afgelopen_vier_jaar",
    "verblijfsdoel",
    "buiten_nederland",
    "toelatingsroute",
    "kennismigrant_toelaatbaar",
    "vvo_regulier_toelaatbaar",
    "bestaat_niet",
]
PERIODEN = ["2026-02-02", "2026-02", "2026", "month:2020-01:60", "2026-13-01", "ETERNITY", "", "x"]
WAARDEN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["NO", "IN", "XX", "kennismigrant", "studie", "geen", "true"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
PERSOON = st.dictionaries(
    st.sampled_from(VARIABELEN),
    st.one_of(WAARDEN, st.dictionaries(st.sampled_from(PERIODEN), WAARDEN, max_size=3)),
    max_size=6,
)
SITUATIE = st.one_of(
    st.fixed_dictionaries({"personen": st.dictionaries(st.text(max_size=6), PERSOON, max_size=3)}),
    st.fixed_dictionaries(
        {
            "personen": st.just({"p": {"leeftijd": {"2026-02-02": 30}}}),
            "werkgevers": st.dictionaries(
                st.text(max_size=5),
                st.dictionaries(
                    st.sampled_from(["werknemers", "erkend_referent", "leeftijd"]),
                    st.one_of(WAARDEN, st.lists(st.text(max_size=3), max_size=3)),
                    max_size=3,
                ),
                max_size=2,
            ),
        }
    ),
    WAARDEN,
)


def post(url, lichaam: bytes):
    verzoek = urllib.request.Request(
        url, data=lichaam, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=20) as antwoord:
            return antwoord.status, antwoord.read()
    except urllib.error.HTTPError as fout:
        return fout.code, fout.read()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situatie=SITUATIE)
def test_calculate_nooit_5xx(web_api, situatie):
    status, lichaam = post(f"{web_api}/calculate", json.dumps(situatie).encode())
    assert status < 500, lichaam[:500]
    if status >= 400:
        assert json.loads(lichaam), "a 4xx carries a message"


@settings(max_examples=50, deadline=None)
@given(lichaam=st.binary(max_size=200))
def test_calculate_onleesbaar_lichaam(web_api, lichaam):
    status, antwoord = post(f"{web_api}/calculate", lichaam)
    assert 400 <= status < 500, antwoord[:200]
