"""Load test of `arbeidsmigratie serve` on the loopback interface, bounded in time.

Starts the server on a free port of 127.0.0.1 with its default limits, then for `--duur` seconds
runs at once: `--zwaar` clients each sending 25,000-person situations in a loop, as many clients
sending situations of the largest accepted size (`--max-personen`), and one client sending a
one-person situation every quarter second. With `--scenario geschiedenis`, `--zwaar` x 2
clients instead send 200-person situations that carry 120-month histories (persons x periods x
variables: the cost the admission counts, not the persons). Prints what each kind of client got
(status counts, latency, p99) and exits 1 when a one-person request took longer than `--grens`
seconds or got no 200.

    .venv/bin/python benchmarks/web_api_last.py --duur 20
    .venv/bin/python benchmarks/web_api_last.py --scenario geschiedenis --duur 20
"""

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

DATUM = "2026-02-02"


MAANDEN = [f"{2016 + i // 12}-{i % 12 + 1:02d}" for i in range(120)]


def situatie(aantal: int, maanden=()) -> bytes:
    personen = {
        f"p{i}": {
            "nationaliteit": {DATUM: "IN"},
            "leeftijd": {DATUM: 25 + i % 20},
            "bruto_maandloon": {DATUM: 3000 + i % 4000},
            "toelatingsroute": {DATUM: None},
        }
        for i in range(aantal)
    }
    for i, persoon in enumerate(personen.values()):
        if maanden:
            persoon["verblijfsdoel"] = {m: ("studie", "arbeid_regulier")[i % 2] for m in maanden}
            persoon["buiten_nederland"] = dict.fromkeys(maanden, False)
    return json.dumps({"personen": personen}).encode()


def post(url: str, lichaam: bytes, wachttijd: float) -> tuple[int, float]:
    begin = time.perf_counter()
    verzoek = urllib.request.Request(
        url, data=lichaam, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=wachttijd) as antwoord:
            antwoord.read()
            status = antwoord.status
    except urllib.error.HTTPError as fout:
        fout.read()
        status = fout.code
    except OSError:
        status = 0
    return status, time.perf_counter() - begin


def start_server(werkers: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sok:
        sok.bind(("127.0.0.1", 0))
        poort = sok.getsockname()[1]
    opdracht = Path(sys.executable).parent / "arbeidsmigratie"
    proces = subprocess.Popen(
        [opdracht, "serve", "--bind", f"127.0.0.1:{poort}", "--workers", str(werkers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    basis = f"http://127.0.0.1:{poort}"
    einde = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{basis}/entities", timeout=5):
                return proces, basis
        except OSError:
            if proces.poll() is not None or time.monotonic() > einde:
                proces.terminate()
                raise RuntimeError("the server did not start") from None
            time.sleep(0.3)


def last(basis: str, duur: float, zwaar: int, max_personen: int, scenario: str) -> dict:
    url = f"{basis}/calculate"
    stop = threading.Event()
    if scenario == "geschiedenis":
        return geschiedenis(url, stop, duur, 2 * zwaar)
    uitkomsten = {"25,000 persons": [], f"{max_personen:,} persons": [], "1 person": []}

    def client(soort, lichaam, pauze):
        while not stop.is_set():
            uitkomsten[soort].append(post(url, lichaam, 120))
            time.sleep(pauze)

    draden = []
    groot = situatie(25_000)
    grootste = situatie(max_personen)
    for _ in range(zwaar):
        draden.append(threading.Thread(target=client, args=("25,000 persons", groot, 0)))
        draden.append(
            threading.Thread(target=client, args=(f"{max_personen:,} persons", grootste, 0.2))
        )
    draden.append(threading.Thread(target=client, args=("1 person", situatie(1), 0.25)))
    for draad in draden:
        draad.start()
    time.sleep(duur)
    stop.set()
    for draad in draden:
        draad.join()
    return uitkomsten


def geschiedenis(url: str, stop, duur: float, clients: int) -> dict:
    """`clients` clients posting 200 persons with 120-month histories, one posting one person."""
    soort = "200 p. x 120 mo."
    uitkomsten = {soort: [], "1 person": []}

    def client(naam, lichaam, pauze):
        while not stop.is_set():
            uitkomsten[naam].append(post(url, lichaam, 120))
            time.sleep(pauze)

    zwaar = situatie(200, MAANDEN)
    draden = [threading.Thread(target=client, args=(soort, zwaar, 0.05)) for _ in range(clients)]
    draden.append(threading.Thread(target=client, args=("1 person", situatie(1), 0.25)))
    for draad in draden:
        draad.start()
    time.sleep(duur)
    stop.set()
    for draad in draden:
        draad.join()
    return uitkomsten


def verslag(uitkomsten: dict) -> str:
    regels = []
    for soort, lijst in uitkomsten.items():
        statussen = Counter(status for status, _ in lijst)
        tijden = sorted(tijd for _, tijd in lijst)
        if not tijden:
            continue
        mediaan = tijden[len(tijden) // 2]
        p95 = tijden[min(len(tijden) - 1, int(0.95 * len(tijden)))]
        p99 = tijden[min(len(tijden) - 1, int(0.99 * len(tijden)))]
        regels.append(
            f"{soort:>16}: {len(lijst):4d} requests, status "
            + ", ".join(f"{s}: {n}" for s, n in sorted(statussen.items()))
            + f"; median {mediaan:.2f} s, p95 {p95:.2f} s, p99 {p99:.2f} s, "
            f"max {tijden[-1]:.2f} s"
        )
    return "\n".join(regels)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duur", type=float, default=20, help="seconds of load (default 20)")
    parser.add_argument("--zwaar", type=int, default=4, help="clients per heavy kind (4)")
    parser.add_argument("--werkers", type=int, default=2, help="server workers (default 2)")
    parser.add_argument("--grens", type=float, default=2.0, help="one-person bound (2 s)")
    parser.add_argument(
        "--scenario",
        choices=("personen", "geschiedenis"),
        default="personen",
        help="heavy clients: large situations, or 200 persons with 120-month histories",
    )
    argumenten = parser.parse_args()
    from openfisca_arbeidsmigratie.tools.web.web_api import Limieten

    max_personen = Limieten().max_personen
    proces, basis = start_server(argumenten.werkers)
    try:
        uitkomsten = last(
            basis, argumenten.duur, argumenten.zwaar, max_personen, argumenten.scenario
        )
    finally:
        proces.terminate()
        proces.wait(timeout=30)
    zwaar = (
        f"{2 * argumenten.zwaar} clients with 200 persons x 120 months"
        if argumenten.scenario == "geschiedenis"
        else f"{argumenten.zwaar} clients with 25,000 persons, {argumenten.zwaar} with "
        f"{max_personen:,}"
    )
    print(
        f"arbeidsmigratie serve, {argumenten.werkers} workers, {argumenten.duur:g} s on "
        f"{platform.processor() or platform.machine()} ({os.cpu_count()} cores); "
        f"{zwaar}, 1 with one person:"
    )
    print(verslag(uitkomsten))
    een = uitkomsten["1 person"]
    goed = een and all(s == 200 and t <= argumenten.grens for s, t in een)
    return 0 if goed else 1


if __name__ == "__main__":
    sys.exit(main())
