"""The parameter tree from its pickle is the tree the YAML files give (model/parametercache.py)."""

import os
import shutil

import numpy as np
import pytest
from openfisca_core.parameters import ParameterNode

from openfisca_arbeidsmigratie.model import parametercache
from openfisca_arbeidsmigratie.model.regelmap import regelmap


def _vlak(waarde, stapel=()):
    """A parameter tree as plain values (every attribute of every node, recursively; a node
    that refers back to one above it, as its place)."""
    if id(waarde) in stapel:
        return ("terug", stapel.index(id(waarde)))
    stapel = (*stapel, id(waarde))
    if isinstance(waarde, dict):
        return {k: _vlak(v, stapel) for k, v in waarde.items()}
    if isinstance(waarde, list | tuple):
        return [_vlak(v, stapel) for v in waarde]
    if isinstance(waarde, np.ndarray):
        return ("array", waarde.tolist())
    if type(waarde).__module__.startswith("openfisca_core"):
        return (type(waarde).__name__, _vlak(vars(waarde), stapel))
    return waarde


@pytest.fixture
def cachemap(tmp_path, monkeypatch):
    map_ = tmp_path / "cache"
    monkeypatch.setattr(parametercache, "CACHEMAP", map_)
    monkeypatch.setattr(parametercache, "_in_geheugen", {})
    return map_


def test_uit_de_cache_gelijk_aan_yaml(cachemap, monkeypatch):
    map_ = regelmap("parameters")
    yaml = ParameterNode("", directory_path=str(map_))
    eerste = parametercache.parameterboom(map_)
    assert len(list(cachemap.glob("parameters-*.pickle"))) == 1
    monkeypatch.setattr(parametercache, "_in_geheugen", {})  # a new process: from the file
    tweede = parametercache.parameterboom(map_)
    assert _vlak(eerste) == _vlak(yaml) == _vlak(tweede)
    assert tweede is not parametercache.parameterboom(map_)


def test_gewijzigd_bestand_wordt_opnieuw_gelezen(cachemap, tmp_path):
    map_ = tmp_path / "parameters"
    shutil.copytree(regelmap("parameters"), map_)
    uurloon = map_ / "wav" / "minimumloon" / "uurloon.yaml"
    voor = parametercache.parameterboom(map_).wav.minimumloon.uurloon("2026-06-15")
    status = uurloon.stat()
    uurloon.write_text(uurloon.read_text().replace(f"value: {voor}", "value: 99.99"))
    os.utime(uurloon, ns=(status.st_atime_ns, status.st_mtime_ns))  # same size and time
    assert uurloon.stat().st_size == status.st_size
    assert f"value: {voor}" not in uurloon.read_text()
    assert parametercache.parameterboom(map_).wav.minimumloon.uurloon("2026-06-15") == 99.99
    assert len(list(cachemap.glob("parameters-*.pickle"))) == 1  # the old tree's removed


def test_kapotte_of_onschrijfbare_cache(tmp_path, monkeypatch):
    map_ = regelmap("parameters")
    yaml = _vlak(ParameterNode("", directory_path=str(map_)))
    bestand = tmp_path / "geen_map"
    bestand.write_text("")
    monkeypatch.setattr(parametercache, "CACHEMAP", bestand / "cache")  # cannot be made
    monkeypatch.setattr(parametercache, "_in_geheugen", {})
    assert _vlak(parametercache.parameterboom(map_)) == yaml
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setattr(parametercache, "CACHEMAP", cache)
    monkeypatch.setattr(parametercache, "_in_geheugen", {})
    (cache / f"parameters-{parametercache.sleutel(map_)}.pickle").write_bytes(b"kapot")
    assert _vlak(parametercache.parameterboom(map_)) == yaml
