"""The werkbank under hostile input (issue 20, item 7): uploads past a limit, digits that are
not ASCII, download names in any script and length, requests from other sites, and what the
werkbank says when it listens beyond this computer."""

import io
import os
import re
import time
from html import unescape
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tools.cli.werkbank import blootstelling
from openfisca_arbeidsmigratie.tools.web.werkbank import maak_app
from openfisca_arbeidsmigratie.tools.web.werkbank.bestandsnaam import content_disposition

# `make fuzz` (in `make bench`) runs these searches 20 times longer.
FUZZ_FACTOR = int(os.environ.get("ARBEIDSMIGRATIE_FUZZ_FACTOR", "1"))

VOORBEELD = laad_voorbeelden()[0]


def lachbom() -> bytes:
    regels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        vorige, naam = chr(96 + i), chr(97 + i)
        regels.append(f"{naam}: &{naam} [" + ", ".join([f"*{vorige}"] * 9) + "]")
    return ("\n".join(regels) + "\n").encode()


@pytest.fixture(scope="module")
def app(systeem):
    return maak_app(systeem)


@pytest.fixture
def client(app):
    client = app.test_client()
    client.environ_base["HTTP_X_CSRF_TOKEN"] = app.config["CSRF_TOKEN"]
    return client


def formulier(geval=VOORBEELD, **meer) -> dict:
    data = {"actie": "bereken", "datum": str(geval["period"]), "naam": geval["name"]}
    for naam, waarde in geval["input"].items():
        if not isinstance(waarde, dict):
            data[f"v_{naam}"] = str(waarde).lower() if isinstance(waarde, bool) else str(waarde)
    return {**data, **meer}


def upload(client, inhoud: bytes):
    data = {"actie": "bestand", "bestand": (io.BytesIO(inhoud), "geval.yaml")}
    return client.post("/", data=data, content_type="multipart/form-data")


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (lachbom(), "het aantal waarden met de aliassen uitgeschreven gaat over de grens"),
        (b"[" * 10_000 + b"]" * 10_000, "de nestingsdiepte gaat over de grens van 32 niveaus"),
        (
            b"- name: x\n  period: 2026-01-01\n  input:\n    verblijfsdoel:\n"
            b"      month:2020-01:1000000: arbeid\n",
            "een geschiedenis van 1.000.000 maanden gaat over de grens van 2.412 maanden",
        ),
        (
            b"- period: 2026-01-01\n  input:\n    leeftijd: 30\n    leeftijd: 31\n",
            "sleutel leeftijd staat er twee keer, op regel 3 en 4",
        ),
        (b"- period: 2026-02-30\n  input: {}\n", "'2026-02-30' is geen bestaande datum"),
    ],
    ids=["lachbom", "diep", "miljoen_maanden", "dubbele_sleutel", "onmogelijke_datum"],
)
def test_upload_over_een_grens_4xx_in_het_nederlands(client, inhoud, melding):
    begin = time.process_time()
    antwoord = upload(client, inhoud)
    assert time.process_time() - begin < 1.0
    assert antwoord.status_code == 400
    assert melding in unescape(antwoord.get_data(as_text=True))


@pytest.mark.parametrize(
    "veld",
    ["steekproef", "zaad", "voorbeeld", "uitleg_kolom", "v_leeftijd", "wijziging_waarde"],
)
def test_superscript_cijfer_in_een_getalveld(client, veld):
    meer = {"actie": "voorbeeld"} if veld == "voorbeeld" else {}
    if veld == "wijziging_waarde":
        meer["wijziging_parameter"] = "kennismigrant.salariscriterium.jonger_dan_dertig"
    data = formulier(**meer, **{veld: "²"})
    paden = ("/", "/download/beslissing.csv", "/bevolking/start")
    if veld == "uitleg_kolom":
        paden = ("/", "/download/uitleg.json")
    for pad in paden:
        antwoord = client.post(pad, data=data)
        assert antwoord.status_code == 400, (pad, antwoord.status_code)


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ("-5", "een bedrag van 0 tot 2.147.483.647 euro"),
        ("1e29", "een bedrag van 0 tot 2.147.483.647 euro"),
        ("100000000000000000000000000000", "een bedrag van 0 tot 2.147.483.647 euro"),
        ("4_500", "'4_500' is geen getal"),
        ("\u0664\u0665\u0660\u0660", "is geen getal"),
    ],
)
def test_wat_als_met_de_grenzen_van_de_parameter(client, waarde, melding):
    data = formulier(
        wijziging_parameter="kennismigrant.salariscriterium.jonger_dan_dertig",
        wijziging_waarde=waarde,
    )
    antwoord = client.post("/", data=data)
    assert antwoord.status_code == 400
    assert melding in unescape(antwoord.get_data(as_text=True))


def bestandsnaam_uit(kop: str) -> str:
    """The file name a client following RFC 6266 reads: `filename*` first."""
    uitgebreid = re.search(r"filename\*=UTF-8''([^;]+)", kop)
    if uitgebreid:
        return unquote(uitgebreid.group(1))
    return re.search(r'filename="([^"]*)"', kop).group(1)


@pytest.mark.parametrize(
    ("naam", "verwacht"),
    [
        ("Zoë Ångström 日本", "Zoë Ångström 日本_beslissing.json"),
        ("x" * 5000, "x" * 60 + "_beslissing.json"),
        ('a"; filename=evil.exe', "a_; filename=evil.exe_beslissing.json"),
    ],
    ids=["niet_ascii", "5000_tekens", "aanhalingsteken"],
)
def test_downloadnaam_volgens_rfc_6266_en_5987(client, naam, verwacht):
    antwoord = client.post("/download/beslissing.json", data=formulier(naam=naam))
    assert antwoord.status_code == 200
    kop = antwoord.headers["Content-Disposition"]
    kop.encode("latin-1")
    assert kop.isascii() and len(kop) < 600
    assert bestandsnaam_uit(kop) == verwacht
    assert re.search(r'filename="[A-Za-z0-9._-]+"', kop)


def test_content_disposition_ascii_blijft_eenvoudig():
    assert content_disposition("geval.yaml") == 'attachment; filename="geval.yaml"'


def test_zonder_csrf_kenmerk_geweigerd(app):
    zonder = app.test_client()
    for pad in ("/", "/download/beslissing.json", "/bevolking/start", "/bevolking/x/annuleer"):
        antwoord = zonder.post(pad, data=formulier())
        assert antwoord.status_code == 403, pad
    verkeerd = zonder.post("/", data=formulier(csrf_token="verkeerd"))
    assert verkeerd.status_code == 403
    assert "beveiligingskenmerk" in unescape(verkeerd.get_data(as_text=True))


def test_pagina_draagt_het_kenmerk_in_formulier_en_meta(app):
    zonder = app.test_client()
    html = zonder.get("/").get_data(as_text=True)
    token = app.config["CSRF_TOKEN"]
    assert f'<input type="hidden" name="csrf_token" value="{token}">' in html
    assert f'<meta name="csrf-token" content="{token}">' in html
    assert zonder.post("/", data=formulier(csrf_token=token)).status_code == 200


def test_werkbank_zegt_wat_ze_blootstelt():
    assert blootstelling("127.0.0.1", 8000) is None
    assert blootstelling("::1", 8000) is None
    assert blootstelling("localhost", 8000) is None
    melding = blootstelling("0.0.0.0", 8000)
    assert "every network interface" in melding and "port 8000" in melding
    assert "without logging in" in melding and "1,000,000 persons" in melding
    assert "the address 192.168.1.5" in blootstelling("192.168.1.5", 8080)


@pytest.mark.parametrize(("van", "tot"), [("2020-01", "9999-12"), ("0001-01", "2020-12")])
def test_geschiedenis_in_het_formulier_binnen_de_jaren_van_het_model(client, van, tot):
    data = formulier(
        h_verblijfsdoel_aantal="1",
        h_verblijfsdoel_van_0=van,
        h_verblijfsdoel_tot_0=tot,
        h_verblijfsdoel_waarde_0="arbeid_kennismigrant",
    )
    antwoord = client.post("/", data=data)
    assert antwoord.status_code == 400
    assert "een geschiedenis kan van 1900-01 tot en met 2100-12 lopen" in antwoord.get_data(
        as_text=True
    )


UPLOADREGELS = [
    "- name: x", "  period: 2026-02-02", "  period: '2026-02-30'", "  input:", "    leeftijd: 29",
    "    leeftijd: 29", "    leeftijd: ²", "    bruto_maandloon: .nan", "    nationaliteit: NO",
    "    verblijfsdoel: {month:2020-01:3000: arbeid}", "    verblijfsdoel: {month:2020-13:2: x}",
    "    verblijfsdoel: {month:2020-01:12: arbeid_kennismigrant}", "    bestaat_niet: 1",
    "    buiten_nederland: {2020: true}", "- &a [1]", "- *a", "- *b", "[[[", "  input: [1]",
    "    personen: {p: {}}", "!!python/object:os.system {}", "a: 1", "\t",
]  # fmt: skip


@settings(
    max_examples=60 * FUZZ_FACTOR,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(regels=st.lists(st.sampled_from(UPLOADREGELS), max_size=8))
def test_geuploade_gevallen_nooit_een_500(client, regels):
    antwoord = upload(client, ("\n".join(regels) + "\n").encode())
    assert antwoord.status_code in (200, 400), antwoord.status_code
