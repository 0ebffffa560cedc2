"""Forwarded headers are trusted only from the proxies named with `--vertrouwde-proxies`: by
default a request cannot make `/spec` or the links point at another host (issue 26.4)."""

import json
import urllib.request

import pytest

from openfisca_arbeidsmigratie.tools.web.web_api import Limieten, maak_app

VALS = {"X-Forwarded-Host": "kwaad.example", "X-Forwarded-Proto": "https"}


@pytest.fixture(scope="module")
def maak(systeem, tmp_path_factory):
    def client(**limieten):
        return maak_app(systeem, Limieten(**limieten), tmp_path_factory.mktemp("s")).test_client()

    return client


def test_spec_negeert_x_forwarded_host(maak):
    antwoord = maak().get("/spec", headers=VALS)
    assert antwoord.status_code == 200
    assert antwoord.get_json()["servers"] == [{"url": "http://localhost"}]
    links = maak().get("/variables", headers=VALS).get_json()
    assert all(v["href"].startswith("http://localhost/") for v in links.values())


def test_spec_volgt_een_vertrouwde_proxy(maak):
    antwoord = maak(vertrouwde_proxies=1).get("/spec", headers=VALS)
    assert antwoord.get_json()["servers"] == [{"url": "https://kwaad.example"}]


def test_serve_optie():
    from openfisca_arbeidsmigratie.tools.cli import parser

    argumenten = parser().parse_args(["serve", "--vertrouwde-proxies", "2"])
    assert argumenten.vertrouwde_proxies == 2
    assert parser().parse_args(["serve"]).vertrouwde_proxies == 0


def test_spec_van_de_echte_server(beschermde_api):
    """`arbeidsmigratie serve` itself: neither the host nor the scheme of /spec follows forwarded
    headers by default (gunicorn trusts X-Forwarded-Proto from 127.0.0.1 unless told not to)."""
    verzoek = urllib.request.Request(f"{beschermde_api}/spec", headers=VALS)
    with urllib.request.urlopen(verzoek, timeout=30) as antwoord:
        servers = json.load(antwoord)["servers"]
    assert servers == [{"url": beschermde_api}]
