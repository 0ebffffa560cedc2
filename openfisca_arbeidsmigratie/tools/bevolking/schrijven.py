"""Outputs written whole or not at all, by one run at a time.

Before any computation, a run takes a lock beside the output folder, creates a temporary folder
beside it (`.NAME.tmp-*`, same filesystem) and writes and syncs a first block there, so that a
folder it cannot write to, or a full disk, is found at once. The outputs are written into the
temporary folder; only when every one is complete are they moved into place: the temporary
folder is exchanged with the target in one atomic `renameat2(RENAME_EXCHANGE)` when the target
holds nothing but outputs of this kind of run; otherwise the files are renamed into place one by
one with SIGINT and SIGTERM held back. An interrupted run leaves the previous results untouched
and no partial file under the final names; the lock (`flock`) is released by the kernel even
when the process is killed, and the next run removes the temporary folders left behind.
"""

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import signal
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


class Uitvoermap:
    """`with Uitvoermap(doel, namen) as map_:` write the outputs into `map_`; on a normal exit
    they replace the previous ones in `doel` together. `namen` are the file names this kind of
    run writes (a previous one not written this time is removed, so the folder shows one run)."""

    def __init__(self, doel, namen):
        self.doel = Path(doel).absolute()
        self.namen = tuple(namen)
        self.bestanden: list[Path] = []
        self._slot = None
        self._tijdelijk = None

    def __enter__(self) -> Path:
        doel = self.doel
        if doel.exists() and not doel.is_dir():
            raise UitvoerFout(f"output folder {doel} is a file: give a folder")
        try:
            doel.parent.mkdir(parents=True, exist_ok=True)
            self._slot = (doel.parent / f".{doel.name}.lock").open("a")
        except (FileExistsError, NotADirectoryError):
            raise UitvoerFout(f"output folder {doel}: a part of the path is a file") from None
        except OSError as fout:
            raise UitvoerFout(f"cannot write in {doel.parent}: {fout.strerror}") from None
        try:
            fcntl.flock(self._slot, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._slot.close()
            raise UitvoerFout(
                f"another run is writing to {doel} (lock {self._slot.name}); "
                "wait for it to finish or choose another --uitvoer"
            ) from None
        for oud in doel.parent.glob(f".{doel.name}.tmp-*"):
            _los(oud)
        try:
            self._tijdelijk = Path(tempfile.mkdtemp(prefix=f".{doel.name}.tmp-", dir=doel.parent))
            masker = os.umask(0)
            os.umask(masker)
            self._tijdelijk.chmod(0o777 & ~masker)
            if doel.is_dir() and not os.access(doel, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, "Permission denied")
            proef = self._tijdelijk / ".proef"
            with proef.open("wb") as f:
                f.write(b"\0" * 4096)
                f.flush()
                os.fsync(f.fileno())
            proef.unlink()
        except OSError as fout:
            self._sluit()
            raise UitvoerFout(f"cannot write to {doel}: {fout.strerror}") from None
        return self._tijdelijk

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
            self._sluit()
        if isinstance(fout, OSError) and not isinstance(fout, UitvoerFout):
            raise UitvoerFout(
                f"writing the outputs to {self.doel} failed ({fout.strerror}); "
                "the previous results are untouched"
            ) from None
        return False

    def _plaats(self) -> None:
        nieuw = self._tijdelijk
        _synchroniseer(nieuw)
        geschreven = sorted(p.name for p in nieuw.iterdir())
        oud = sorted(p.name for p in self.doel.iterdir()) if self.doel.is_dir() else []
        if not self.doel.exists():
            os.rename(nieuw, self.doel)
        elif set(oud) <= set(self.namen) and _wissel(nieuw, self.doel):
            _los(nieuw)
        else:
            houd_tegen = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
            try:
                for naam in geschreven:
                    os.replace(nieuw / naam, self.doel / naam)
                for naam in set(self.namen) - set(geschreven):
                    with contextlib.suppress(FileNotFoundError):
                        (self.doel / naam).unlink()
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, houd_tegen)
        self.bestanden = [self.doel / naam for naam in geschreven]

    def _sluit(self) -> None:
        if self._tijdelijk is not None and self._tijdelijk.exists():
            _los(self._tijdelijk)
        if self._slot is not None:
            self._slot.close()
