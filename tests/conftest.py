import pytest

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem


@pytest.fixture(scope="session")
def systeem():
    return CountryTaxBenefitSystem()


@pytest.fixture(scope="session")
def web_api():
    """`openfisca serve` on a free port of 127.0.0.1; yields the base URL."""
    import json
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    with socket.socket() as sok:
        sok.bind(("127.0.0.1", 0))
        poort = sok.getsockname()[1]
    openfisca = Path(sys.executable).parent / "openfisca"
    assert openfisca.exists(), f"the openfisca command is not installed beside {sys.executable}"
    proces = subprocess.Popen(
        [
            openfisca,
            "serve",
            "-c",
            "openfisca_arbeidsmigratie",
            "--bind",
            f"127.0.0.1:{poort}",
            "--workers",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
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
