import pytest

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem


@pytest.fixture(scope="session")
def systeem():
    return CountryTaxBenefitSystem()


def _server(opdracht):
    """A Web API on a free port of 127.0.0.1, started by `opdracht(port)`; yields the base URL."""
    import json
    import socket
    import subprocess
    import time
    import urllib.request

    with socket.socket() as sok:
        sok.bind(("127.0.0.1", 0))
        poort = sok.getsockname()[1]
    proces = subprocess.Popen(opdracht(poort), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    basis = f"http://127.0.0.1:{poort}"
    try:
        einde = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{basis}/parameters", timeout=5) as antwoord:
                    json.load(antwoord)
                break
            except OSError:
                if proces.poll() is not None or time.monotonic() > einde:
                    raise RuntimeError(proces.stderr.read().decode()[-2000:]) from None
                time.sleep(0.5)
        yield basis
    finally:
        proces.terminate()
        proces.wait(timeout=30)


def _opdracht(naam):
    import sys
    from pathlib import Path

    pad = Path(sys.executable).parent / naam
    assert pad.exists(), f"the {naam} command is not installed beside {sys.executable}"
    return pad


@pytest.fixture(scope="session")
def web_api():
    """`openfisca serve` (openfisca-core's own Web API, without the project's limits)."""
    openfisca = _opdracht("openfisca")
    yield from _server(
        lambda poort: [
            openfisca,
            "serve",
            "-c",
            "openfisca_arbeidsmigratie",
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            "1",
        ]
    )


@pytest.fixture(scope="session")
def beschermde_api():
    """`arbeidsmigratie serve`: the Web API behind the project's limits (small ones for tests)."""
    arbeidsmigratie = _opdracht("arbeidsmigratie")
    yield from _server(
        lambda poort: [
            arbeidsmigratie,
            "serve",
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            "2",
            "--max-lichaam",
            "200000",
            "--tijdslimiet",
            "20",
        ]
    )
