"""The `arbeidsmigratie` command line: one module per subcommand, each with `registreer(sub)`."""

import argparse
import contextlib
import multiprocessing
import os
import signal
import sys
import threading

from openfisca_core.errors import ParameterNotFoundError

from openfisca_arbeidsmigratie.model.bereik import ontbrekende_parameter
from openfisca_arbeidsmigratie.tools.cli import (
    actueel,
    bevolking,
    controleer,
    drempel,
    genereer,
    mutatie,
    serve,
    test,
    tijdlijn,
    uitleg,
    valideer,
    vergelijk,
    verschil,
    voorbeelden,
    werkbank,
)
from openfisca_arbeidsmigratie.tools.kern.fouten import gebruikersfouten

OPDRACHTEN = (
    voorbeelden,
    vergelijk,
    bevolking,
    drempel,
    uitleg,
    verschil,
    tijdlijn,
    genereer,
    werkbank,
    serve,
    test,
    valideer,
    actueel,
    controleer,
    mutatie,
)


def parser() -> argparse.ArgumentParser:
    hoofd = argparse.ArgumentParser(
        prog="arbeidsmigratie",
        description="Dutch labour-migration law as code (openfisca-arbeidsmigratie).",
    )
    sub = hoofd.add_subparsers(dest="opdracht", required=True)
    for opdracht in OPDRACHTEN:
        opdracht.registreer(sub)
    return hoofd


def _negatieve_doelen(argv: list[str]) -> list[str]:
    """`--doel -20%` as `--doel=-20%` (and `--van`, `--tot`): argparse would read -20% or -inf
    as an option."""
    uit = []
    for argument in argv:
        if uit and uit[-1] in ("--doel", "--van", "--tot") and argument.startswith("-"):
            uit[-1] = f"{uit[-1]}={argument}"
        else:
            uit.append(argument)
    return uit


NOODSTOP = 1.0
_gemeld = threading.Event()
_wachters: list[threading.Timer] = []


def _beeindigd(signaal, _frame):
    _noodstop(signaal)
    raise KeyboardInterrupt(signaal)


def _noodstop(signaal) -> None:
    """A run still going `NOODSTOP` seconds after SIGINT or SIGTERM is ended here: its worker
    processes killed, its temporary output folders removed, then itself. Only a finished run
    places its outputs, so the earlier results stay."""

    def stop():
        for kind in multiprocessing.active_children():
            kind.kill()
        schrijven = sys.modules.get("openfisca_arbeidsmigratie.tools.bevolking.schrijven")
        if schrijven is not None:  # only a population run has output folders to clear
            schrijven.ruim_op()
        if not _gemeld.is_set():
            os.write(sys.stderr.fileno(), b"arbeidsmigratie: interrupted\n")
        os._exit(128 + signaal)

    wachter = threading.Timer(NOODSTOP, stop)
    wachter.daemon = True
    wachter.start()
    _wachters.append(wachter)


def _einde(status: int) -> None:
    """The program interrupted and cleaned up: end now, without the interpreter's teardown of
    the systems in memory (seconds under load)."""
    for kind in multiprocessing.active_children():
        kind.kill()
    for stroom in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stroom.flush()
    os._exit(status)


def main(argv=None) -> int:
    vorige = {s: signal.signal(s, _beeindigd) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        return _main(argv)
    except KeyboardInterrupt as onderbroken:
        signaal = onderbroken.args[0] if onderbroken.args else signal.SIGINT
        _gemeld.set()
        print("arbeidsmigratie: interrupted", file=sys.stderr)
        if argv is None:
            _einde(128 + signaal)
        return 128 + signaal
    except BrokenPipeError:
        # The reader (e.g. `head`) has gone: end quietly, as a pipe's writer does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        for s, handler in vorige.items():
            signal.signal(s, handler)
        if argv is not None:
            # Called from Python: what happens after an interruption is the caller's to decide.
            for wachter in _wachters:
                wachter.cancel()


def _main(argv) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["test"]:
        return test.main(argv[1:])
    argv = _negatieve_doelen(argv)
    argumenten = parser().parse_args(argv)
    try:
        return argumenten.uitvoeren(argumenten)
    except BrokenPipeError:
        raise
    except Exception as fout:
        return _gebruikersfout(fout)


def _gebruikersfout(fout: Exception) -> int:
    """Exit status 2 with a message for a user error; anything else is raised again."""
    if isinstance(fout, gebruikersfouten()):
        print(f"arbeidsmigratie: error: {fout}", file=sys.stderr)
    elif isinstance(fout, ParameterNotFoundError):
        print(f"arbeidsmigratie: error: {ontbrekende_parameter(fout)}.", file=sys.stderr)
    elif isinstance(fout, OSError):
        plaats = f"{fout.filename}: " if fout.filename else ""
        print(f"arbeidsmigratie: error: {plaats}{fout.strerror or fout}", file=sys.stderr)
    else:
        raise fout
    return 2
