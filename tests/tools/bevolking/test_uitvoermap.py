"""The output folder is the real folder: a symbolic link stays a link and shares the real folder's
lock, a mount point (or a rename that crosses filesystems) is written into, and what a killed
run left is removed by the next run, which says so."""

import errno
import os
import subprocess
from pathlib import Path

import pytest

from openfisca_arbeidsmigratie.tools.bevolking import schrijven
from openfisca_arbeidsmigratie.tools.bevolking.schrijven import UitvoerFout, Uitvoermap

NAMEN = ("a.csv", "b.csv")


def schrijf(doel, tekst: str, meldingen=None) -> Uitvoermap:
    uitvoermap = Uitvoermap(doel, NAMEN, melding=([] if meldingen is None else meldingen).append)
    with uitvoermap as map_:
        for naam in NAMEN:
            (map_ / naam).write_text(f"{naam} {tekst}")
    return uitvoermap


def inhoud(map_: Path) -> dict:
    return {p.name: p.read_text() for p in sorted(map_.iterdir())}


def verwacht(tekst: str) -> dict:
    return {naam: f"{naam} {tekst}" for naam in NAMEN}


@pytest.mark.parametrize("ander_bestand", [False, True])
def test_symbolische_link_blijft_een_link(tmp_path, ander_bestand):
    """Whether the folder is exchanged whole or filled file by file (it holds another file)."""
    echt = tmp_path / "echt"
    link = tmp_path / "link"
    schrijf(echt, "1")
    if ander_bestand:
        (echt / "notities.txt").write_text("van de gebruiker")
    link.symlink_to(echt)
    schrijf(link, "2")
    assert link.is_symlink() and link.resolve() == echt
    assert {k: v for k, v in inhoud(echt).items() if k in NAMEN} == verwacht("2")
    assert ("notities.txt" in inhoud(echt)) == ander_bestand
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echt", "link"]


def test_link_naar_een_map_die_er_nog_niet_is(tmp_path):
    echt = tmp_path / "sub" / "echt"
    link = tmp_path / "link"
    link.symlink_to(echt)
    schrijf(link, "1")
    assert link.is_symlink() and inhoud(echt) == verwacht("1")


def test_tweede_run_via_een_link_geweigerd(tmp_path):
    echt = tmp_path / "echt"
    link = tmp_path / "link"
    echt.mkdir()
    link.symlink_to(echt)
    bezig = pytest.raises(UitvoerFout, match="another run is writing to")
    with Uitvoermap(echt, NAMEN), bezig, Uitvoermap(link, NAMEN):
        pass
    bezig = pytest.raises(UitvoerFout, match="another run is writing to")
    with Uitvoermap(link, NAMEN), bezig, Uitvoermap(echt, NAMEN):
        pass


def over_grens(grens: Path, rename):
    """`rename` as it is across a mount point at `grens`: EXDEV from outside to inside."""

    def nagebootst(bron, doel, *rest, **opties):
        binnen = [grens == Path(p) or grens in Path(p).parents for p in (bron, doel)]
        if binnen[0] != binnen[1]:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV), str(bron), None, str(doel))
        return rename(bron, doel, *rest, **opties)

    return nagebootst


def test_koppelpunt(tmp_path, monkeypatch):
    """A mount point: beside it is another filesystem, so its lock and temporary folder are in
    it; the folder itself cannot be renamed or exchanged."""
    doel = tmp_path / "koppelpunt"
    doel.mkdir()
    (doel / "a.csv").write_text("oud")
    monkeypatch.setattr(schrijven.os, "replace", over_grens(doel, os.replace))
    monkeypatch.setattr(schrijven.os, "rename", over_grens(doel, os.rename))
    monkeypatch.setattr(schrijven, "_wissel", lambda a, b: False)
    echte_ismount = os.path.ismount
    monkeypatch.setattr(schrijven.os.path, "ismount", lambda p: Path(p) == doel or echte_ismount(p))
    schrijf(doel, "1")
    assert inhoud(doel) == verwacht("1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["koppelpunt"]


def test_hernoemen_over_bestandssystemen(tmp_path, monkeypatch):
    """A mount point not recognised as one (a bind mount of the same filesystem): the outputs
    are copied into the folder and renamed there."""
    doel = tmp_path / "uit"
    schrijf(doel, "1")
    (doel / "notities.txt").write_text("van de gebruiker")
    monkeypatch.setattr(schrijven.os, "replace", over_grens(doel, os.replace))
    monkeypatch.setattr(schrijven, "_wissel", lambda a, b: False)
    schrijf(doel, "2")
    assert inhoud(doel) == {**verwacht("2"), "notities.txt": "van de gebruiker"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit"]


def test_echt_tmpfs(tmp_path):
    """The same on a real tmpfs, where this test may mount one (root on Linux)."""
    doel = tmp_path / "tmpfs"
    doel.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(doel)], capture_output=True
        ).returncode
    ):
        pytest.skip("cannot mount a tmpfs here")
    try:
        schrijf(doel, "1")
        schrijf(doel, "2")
        assert inhoud(doel) == verwacht("2")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["tmpfs"]
    finally:
        subprocess.run(["umount", str(doel)], check=True)


def test_resten_van_een_gestopte_run(tmp_path):
    """A killed run leaves its lock file (with its process id) and its temporary folder; the
    next run removes them and says so; a finished run leaves nothing beside the folder."""
    doel = tmp_path / "uit"
    schrijf(doel, "1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit"]
    (tmp_path / ".uit.lock").write_text("4194305")
    (tmp_path / ".uit.tmp-abc123").mkdir()
    (tmp_path / ".uit.tmp-abc123" / "a.csv").write_text("half")
    meldingen = []
    schrijf(doel, "2", meldingen)
    assert inhoud(doel) == verwacht("2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit"]
    assert len(meldingen) == 1
    assert "process 4194305" in meldingen[0] and ".uit.tmp-abc123" in meldingen[0]
    meldingen.clear()
    schrijf(doel, "3", meldingen)
    assert meldingen == []
