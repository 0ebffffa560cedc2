"""Outputs written whole or not at all, by one run at a time.

The output folder is the real folder: a symbolic link is followed (and stays a link), so that
two runs reaching one folder by different paths share one lock. Before any computation, a run
takes a lock beside the real folder (`.NAME.lock`, holding its process id), creates a temporary
folder beside it (`.NAME.tmp-*`, same filesystem) and writes and syncs a first block there, so
that a folder it cannot write to, or a full disk, is found at once. A folder that is a mount
point holds its lock and temporary folder itself (beside it is another filesystem). The outputs
are written into the temporary folder; only when every one is complete are they moved into
place: the temporary folder is exchanged with the target in one atomic
`renameat2(RENAME_EXCHANGE)` when the target holds nothing but outputs of this kind of run;
otherwise the files are renamed into place one by one with SIGINT and SIGTERM held back (first
copied into the target when a rename crosses filesystems, `EXDEV`). An interrupted run leaves the
previous results untouched and no partial file under the final names; the lock (`flock`) is
released by the kernel even when the process is killed, and the next run removes the lock file
and temporary folders a dead run left behind, and says so on stderr.
"""

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import signal
import sys
import tempfile
from pathlib import Path


class UitvoerFout(ValueError):
    """An output folder that cannot be used: not a folder, not writable, or in use by a run."""


def _los(pad: Path) -> None:
    if pad.is_dir() and not pad.is_symlink():
        shutil.rmtree(pad, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            pad.unlink()


def _wissel(a: Path, b: Path) -> bool:
    """Exchange two paths atomically (Linux renameat2); False where that is not available."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _synchroniseer(map_: Path) -> None:
    for bestand in map_.iterdir():
        if bestand.is_dir():
            _synchroniseer(bestand)
            continue
        with bestand.open("rb") as f:
            os.fsync(f.fileno())
    descriptor = os.open(map_, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


_open: set = set()


def ruim_op() -> None:
    """The temporary folders and locks of this process's runs removed (before a forced end)."""
    for uitvoermap in list(_open):
        with contextlib.suppress(Exception):
            uitvoermap.sluit()


def _op_stderr(tekst: str) -> None:
    sys.stderr.write(f"arbeidsmigratie: {tekst}\n")


class Uitvoermap:
    """`with Uitvoermap(doel, namen) as map_:` write the outputs into `map_`; on a normal exit
    they replace the previous ones in `doel` together. `namen` are the file names this kind of
    run writes (a previous one not written this time is removed, so the folder shows one run).
    `melding` receives what a run says besides its outputs (by default on stderr)."""

    def __init__(self, doel, namen, melding=_op_stderr):
        self.doel = Path(doel).absolute()
        self.namen = tuple(namen)
        self.melding = melding
        self.bestanden: list[Path] = []
        self._slot = None
        self._tijdelijk = None
        self._binnen = None

    def __enter__(self) -> Path:
        doel = self.doel
        self.echt = echt = Path(os.path.realpath(doel))
        if echt.exists() and not echt.is_dir():
            raise UitvoerFout(f"output folder {doel} is a file: give a folder")
        try:
            echt.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise UitvoerFout(f"output folder {doel}: a part of the path is a file") from None
        except OSError as fout:
            raise UitvoerFout(f"cannot write in {echt.parent}: {fout.strerror}") from None
        self.werkmap = echt if os.path.ismount(echt) else echt.parent
        self._ruim_op(self._neem_slot())
        try:
            self._tijdelijk = Path(tempfile.mkdtemp(prefix=f".{echt.name}.tmp-", dir=self.werkmap))
            masker = os.umask(0)
            os.umask(masker)
            self._tijdelijk.chmod(0o777 & ~masker)
            if echt.is_dir() and not os.access(echt, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, "Permission denied")
            proef = self._tijdelijk / ".proef"
            with proef.open("wb") as f:
                f.write(b"\0" * 4096)
                f.flush()
                os.fsync(f.fileno())
            proef.unlink()
        except OSError as fout:
            self.sluit()
            raise UitvoerFout(f"cannot write to {doel}: {fout.strerror}") from None
        return self._tijdelijk

    def _neem_slot(self) -> str:
        """Take the lock of the real folder; the process id it held (a dead run's) or ''.

        A run that ends removes its lock file while holding it, so a run that opened the file
        just before checks that it locked the file still at that path, and otherwise retries."""
        pad = self.werkmap / f".{self.echt.name}.lock"
        while True:
            try:
                slot = pad.open("a+")
            except OSError as fout:
                raise UitvoerFout(f"cannot write in {self.werkmap}: {fout.strerror}") from None
            try:
                fcntl.flock(slot, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                slot.close()
                raise UitvoerFout(
                    f"another run is writing to {self.doel} (lock {pad}); "
                    "wait for it to finish or choose another --uitvoer"
                ) from None
            try:
                zelfde = os.stat(pad).st_ino == os.fstat(slot.fileno()).st_ino
            except FileNotFoundError:
                zelfde = False
            if zelfde:
                break
            slot.close()
        slot.seek(0)
        vorige = slot.read().strip()
        slot.seek(0)
        slot.truncate()
        slot.write(str(os.getpid()))
        slot.flush()
        self._slot, self._slotpad = slot, pad
        _open.add(self)
        return vorige

    def _ruim_op(self, vorige: str) -> None:
        """Remove what a run that was killed left (its lock is free, so its process is gone)."""
        mappen = dict.fromkeys(m for m in (self.werkmap, self.echt) if m.is_dir())
        resten = [p for m in mappen for p in sorted(m.glob(f".{self.echt.name}.tmp-*"))]
        for rest in resten:
            _los(rest)
        if vorige or resten:
            wie = f"process {vorige}" if vorige.isdigit() else "an earlier run"
            self.melding(
                f"{wie}, which wrote to {self.doel}, ended without finishing; removed what it "
                f"left: {', '.join(str(p) for p in resten) or 'its lock'}"
            )

    def __exit__(self, soort, fout, _spoor):
        try:
            if soort is None:
                self._plaats()
        except OSError as fout_bij_schrijven:
            raise UitvoerFout(
                f"writing the outputs to {self.doel} failed ({fout_bij_schrijven.strerror}); "
                "the previous results are untouched"
            ) from None
        finally:
            self.sluit()
        if isinstance(fout, OSError) and not isinstance(fout, UitvoerFout):
            raise UitvoerFout(
                f"writing the outputs to {self.doel} failed ({fout.strerror}); "
                "the previous results are untouched"
            ) from None
        return False

    def _plaats(self) -> None:
        nieuw = self._tijdelijk
        doel = self.echt
        _synchroniseer(nieuw)
        geschreven = sorted(p.name for p in nieuw.iterdir())
        eigen = f".{doel.name}."
        oud = [p.name for p in doel.iterdir()] if doel.is_dir() else []
        oud = [naam for naam in oud if not naam.startswith(eigen)]
        if not doel.exists():
            os.rename(nieuw, doel)
        elif nieuw.parent != doel and set(oud) <= set(self.namen) and _wissel(nieuw, doel):
            _los(nieuw)
        else:
            try:
                self._een_voor_een(nieuw, geschreven)
            except OSError as fout:
                if fout.errno != errno.EXDEV:
                    raise
                self._binnen = _kopie_in(nieuw, doel)
                self._een_voor_een(self._binnen, geschreven)
        self.bestanden = [self.doel / naam for naam in geschreven]

    def _een_voor_een(self, nieuw: Path, geschreven: list[str]) -> None:
        """The files renamed into the target one by one, SIGINT and SIGTERM held back."""
        houd_tegen = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            for naam in sorted(p.name for p in nieuw.iterdir()):
                os.replace(nieuw / naam, self.echt / naam)
            for naam in set(self.namen) - set(geschreven):
                with contextlib.suppress(FileNotFoundError):
                    (self.echt / naam).unlink()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, houd_tegen)

    def sluit(self) -> None:
        _open.discard(self)
        for map_ in (self._tijdelijk, self._binnen):
            if map_ is not None and map_.exists():
                _los(map_)
        if self._slot is not None:
            with contextlib.suppress(FileNotFoundError):
                self._slotpad.unlink()
            self._slot.close()
            self._slot = None


def _kopie_in(nieuw: Path, doel: Path) -> Path:
    """The outputs copied into a temporary folder inside `doel` (another filesystem than
    `nieuw`, e.g. a mount point not recognised as one), synced, for renaming from there."""
    binnen = Path(tempfile.mkdtemp(prefix=f".{doel.name}.tmp-", dir=doel))
    for bron in nieuw.iterdir():
        if bron.is_dir():
            shutil.copytree(bron, binnen / bron.name)
        else:
            shutil.copy2(bron, binnen / bron.name)
    _synchroniseer(binnen)
    return binnen
