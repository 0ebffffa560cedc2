"""The parameter tree read from its YAML files once, then from a pickle.

Reading the YAML files of `parameters/` (`ParameterNode(directory_path=...)`) is a tenth of a
second or more of every process's start. The tree read is pickled into this package's
`model/__pycache__/` (where Python keeps the package's compiled code, with the same trust) under a
key of the folder, every file's path and contents (a few milliseconds to hash), and the Python and
openfisca-core versions: a changed, added or removed file changes the key and the tree is read
from YAML again. Where that folder cannot be written, the tree is read from YAML in each process.
In a process, the pickle is read once and each system unpickles its own copy.
"""

import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
from pathlib import Path

from openfisca_core.parameters import ParameterNode

CACHEMAP = Path(__file__).resolve().parent / "__pycache__"
_in_geheugen: dict[str, bytes] = {}


def sleutel(map_: Path) -> str:
    """The key of a parameter folder: its path, its files' paths and contents, the Python and
    openfisca-core versions."""
    code = hashlib.sha256()
    for deel in (str(map_), sys.version, importlib.metadata.version("openfisca-core")):
        code.update(deel.encode() + b"\0")
    for wortel, mappen, bestanden in os.walk(map_):
        mappen.sort()
        for naam in sorted(bestanden):
            pad = os.path.join(wortel, naam)
            with open(pad, "rb") as bestand:
                inhoud = bestand.read()
            code.update(f"{pad}\0{len(inhoud)}\0".encode() + inhoud)
    return code.hexdigest()[:32]


def parameterboom(map_: Path) -> ParameterNode:
    """The tree of `map_`, as `ParameterNode("", directory_path=map_)` reads it."""
    code = sleutel(map_)
    if code not in _in_geheugen:
        _in_geheugen.clear()
        _in_geheugen[code] = _lees(code) or _bewaar(
            code, ParameterNode("", directory_path=str(map_))
        )
    return pickle.loads(_in_geheugen[code])


def _bestand(code: str) -> Path:
    return CACHEMAP / f"parameters-{code}.pickle"


def _lees(code: str) -> bytes | None:
    try:
        gegevens = _bestand(code).read_bytes()
        pickle.loads(gegevens)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError):
        return None
    return gegevens


def _bewaar(code: str, boom: ParameterNode) -> bytes:
    """The pickle of `boom`, written whole (a temporary file renamed) when the folder allows;
    older trees' pickles are removed."""
    gegevens = pickle.dumps(boom, pickle.HIGHEST_PROTOCOL)
    try:
        CACHEMAP.mkdir(exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=CACHEMAP, suffix=".tmp", delete=False) as bestand:
            bestand.write(gegevens)
        os.replace(bestand.name, _bestand(code))
        for oud in CACHEMAP.glob("parameters-*.pickle"):
            if oud != _bestand(code):
                oud.unlink(missing_ok=True)
    except OSError:
        pass
    return gegevens
