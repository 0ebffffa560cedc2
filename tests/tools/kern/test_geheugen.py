"""The allocators of a population run: set before pyarrow loads, a user's own setting kept."""

import os
import subprocess
import sys

from openfisca_arbeidsmigratie.model import motor
from openfisca_arbeidsmigratie.tools.kern import geheugen


def test_mimalloc_en_glibc(monkeypatch):
    monkeypatch.delenv(geheugen.MIMALLOC_PURGE_DELAY, raising=False)
    for naam in geheugen.GLIBC_OMGEVING:
        monkeypatch.delenv(naam, raising=False)
    gezet = geheugen.voor_bevolking()
    assert os.environ[geheugen.MIMALLOC_PURGE_DELAY] == geheugen.NOOIT
    assert gezet["mimalloc"]
    assert gezet["glibc"] == sys.platform.startswith("linux")


def test_eigen_instelling_blijft(monkeypatch):
    monkeypatch.setenv(geheugen.MIMALLOC_PURGE_DELAY, "250")
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "1000000")
    assert geheugen.voor_bevolking() == {"mimalloc": False, "glibc": False}
    assert os.environ[geheugen.MIMALLOC_PURGE_DELAY] == "250"


def test_bevolking_zet_ze_voor_pyarrow():
    """`arbeidsmigratie bevolking` sets them before pyarrow (and with it mimalloc) is loaded."""
    code = (
        "import sys\n"
        "from openfisca_arbeidsmigratie.tools.kern import geheugen\n"
        "geladen = []\n"
        "oud = geheugen.voor_bevolking\n"
        "geheugen.voor_bevolking = lambda: geladen.append('pyarrow' in sys.modules) or oud()\n"
        "from openfisca_arbeidsmigratie.tools.cli import main\n"
        "sys.argv = ['arbeidsmigratie', 'bevolking', '--aantal', '10', '--processen', '1',\n"
        "            '--geen-grafiek', '--reform', 'brede_welvaartstoets']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(geladen)\n"
    )
    omgeving = {k: v for k, v in os.environ.items() if k != geheugen.MIMALLOC_PURGE_DELAY}
    uit = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=omgeving, check=True
    )
    assert uit.stdout.strip().splitlines()[-1] == "[False]"


def test_zonder_hugepages(monkeypatch):
    """numpy's switch is where `zonder_hugepages` looks for it (a private name, pinned here): off
    inside, as it was after; a user's own setting kept."""
    schakelaar = motor.hugepageschakelaar()
    monkeypatch.delenv(geheugen.NUMPY_HUGEPAGE, raising=False)
    vorige = schakelaar(True)
    try:
        with geheugen.zonder_hugepages():
            assert schakelaar(False) is False
        assert schakelaar(True) is True
        monkeypatch.setenv(geheugen.NUMPY_HUGEPAGE, "1")
        with geheugen.zonder_hugepages():
            assert schakelaar(True) is True
    finally:
        schakelaar(vorige)
