"""Property-based fuzzing of /calculate behind the project's limits (`arbeidsmigratie serve`):
malformed and extreme situations (periods of the wrong unit or span, ids with '/', deep nesting,
a wrong Content-Type) get a 4xx with a message, never a 5xx, and never hang."""

import json
import os
import urllib.error
import urllib.request

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# `make fuzz` (in `make bench`) runs these searches 20 times longer.
FUZZ_FACTOR = int(os.environ.get("ARBEIDSMIGRATIE_FUZZ_FACTOR", "1"))

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
PERIODEN = [
    "2026-02-02",
    "2026-02",
    "2026",
    "month:2020-01:60",
    "month:2020-01:1000000",
    "month:2020-01:3",
    "day:2026-02-02:2",
    "year:2020:3",
    "2026-13-01",
    "ETERNITY",
    "eternity",
    "2003-05-01",
    "0001-01-01",
    "9999-12-31",
    "",
    "x",
]
IDS = st.one_of(
    st.text(max_size=6),
    st.sampled_from(["a/b", "/", "p/", "../p", "p" * 101, "NA", "0"]),
)
WAARDEN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**31, 2**32 + 29, 2**64 - 1, 10**400, -(2**63)]),
    st.floats(min_value=0, max_value=200).filter(lambda x: not x.is_integer()),
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
    st.fixed_dictionaries({"personen": st.dictionaries(IDS, PERSOON, max_size=3)}),
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


def post(url, lichaam: bytes, soort="application/json"):
    verzoek = urllib.request.Request(url, data=lichaam, headers={"Content-Type": soort})
    try:
        with urllib.request.urlopen(verzoek, timeout=20) as antwoord:
            return antwoord.status, antwoord.read()
    except urllib.error.HTTPError as fout:
        return fout.code, fout.read()


@settings(
    max_examples=300 * FUZZ_FACTOR, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(situatie=SITUATIE)
def test_calculate_nooit_5xx(beschermde_api, situatie):
    status, lichaam = post(f"{beschermde_api}/calculate", json.dumps(situatie).encode())
    assert status < 500, lichaam[:500]
    if status >= 400:
        assert json.loads(lichaam), "a 4xx carries a message"


@settings(max_examples=50 * FUZZ_FACTOR, deadline=None)
@given(lichaam=st.binary(max_size=200))
def test_calculate_onleesbaar_lichaam(beschermde_api, lichaam):
    status, antwoord = post(f"{beschermde_api}/calculate", lichaam)
    assert 400 <= status < 500, antwoord[:200]


@settings(max_examples=40 * FUZZ_FACTOR, deadline=None)
@given(diepte=st.integers(min_value=5, max_value=3000), soort=st.sampled_from("[{"))
def test_calculate_diep_genest(beschermde_api, diepte, soort):
    if soort == "[":
        lichaam = "[" * diepte + "1" + "]" * diepte
    else:
        lichaam = '{"a": ' * diepte + "1" + "}" * diepte
    plek = '{"personen": {"p": {"leeftijd": {"2026-02-02": ' + lichaam + "}}}}"
    for tekst in (lichaam, plek):
        status, antwoord = post(f"{beschermde_api}/calculate", tekst.encode())
        assert 400 <= status < 500, antwoord[:200]


@settings(max_examples=30 * FUZZ_FACTOR, deadline=None)
@given(
    soort=st.sampled_from(
        ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "", "json"]
    ),
    situatie=SITUATIE,
)
def test_calculate_verkeerd_content_type(beschermde_api, soort, situatie):
    status, antwoord = post(f"{beschermde_api}/calculate", json.dumps(situatie).encode(), soort)
    assert status == 415, antwoord[:200]
