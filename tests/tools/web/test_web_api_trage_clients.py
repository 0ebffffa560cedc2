"""Slow clients cost only a socket (issue 20, item 5): while more connections than the server
has threads send their headers or body a byte at a time, a one-person request is answered at
once, and a stalled connection is closed."""

import json
import socket
import threading
import time
import urllib.request

import pytest

EEN_PERSOON = {
    "personen": {
        "p": {"nationaliteit": {"2026-02-02": "IN"}, "toelatingsroute": {"2026-02-02": None}}
    }
}


@pytest.fixture(scope="module")
def kleine_api():
    """`arbeidsmigratie serve` with 1 process of 2 threads: two slow clients used to stop it."""
    from tests.conftest import _opdracht, _server

    arbeidsmigratie = _opdracht("arbeidsmigratie")
    yield from _server(
        lambda poort: [
            arbeidsmigratie,
            "serve",
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            "1",
            "--threads",
            "2",
        ]
    )


def traag(basis, stoppen, lichaam: bool):
    """Send a request a byte every 0.2 s until `stoppen` is set."""
    host, poort = basis.removeprefix("http://").split(":")
    tekst = json.dumps(EEN_PERSOON).encode()
    kop = f"POST /calculate HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
    verzoek = (kop + f"Content-Length: {len(tekst)}\r\n\r\n").encode() + tekst
    if lichaam:
        eerst, verzoek = verzoek[: len(kop) + 30], verzoek[len(kop) + 30 :]
    with socket.create_connection((host, int(poort)), timeout=10) as sok:
        if lichaam:
            sok.sendall(eerst)
        for byte in verzoek:
            if stoppen.wait(0.2):
                return
            sok.sendall(bytes([byte]))


def test_acht_trage_clients_houden_niemand_op(kleine_api):
    stoppen = threading.Event()
    draden = [
        threading.Thread(target=traag, args=(kleine_api, stoppen, i % 2 == 0), daemon=True)
        for i in range(8)
    ]
    for draad in draden:
        draad.start()
    try:
        time.sleep(1.0)
        for _ in range(3):
            begin = time.monotonic()
            verzoek = urllib.request.Request(
                f"{kleine_api}/calculate",
                data=json.dumps(EEN_PERSOON).encode(),
                headers={"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(verzoek, timeout=8) as antwoord:
                uitkomst = json.load(antwoord)
            assert uitkomst["personen"]["p"]["toelatingsroute"]["2026-02-02"] == "geen"
            assert time.monotonic() - begin < 5
    finally:
        stoppen.set()
        for draad in draden:
            draad.join(timeout=5)
