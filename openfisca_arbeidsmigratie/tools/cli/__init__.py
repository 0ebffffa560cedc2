"""The `arbeidsmigratie` command line: one module per subcommand, each with `registreer(sub)`."""

import argparse
import os
import signal
import sys

import yaml
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError

from openfisca_arbeidsmigratie.model.bereik import ontbrekende_parameter
from openfisca_arbeidsmigratie.model.invoer import OngeldigeInvoer
from openfisca_arbeidsmigratie.tools.actualiteit import DatumFout
from openfisca_arbeidsmigratie.tools.bevolking.cluster import ClusterFout
from openfisca_arbeidsmigratie.tools.bevolking.lezen import BestandFout
from openfisca_arbeidsmigratie.tools.bevolking.schrijven import UitvoerFout
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
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
from openfisca_arbeidsmigratie.tools.register import HervormingsFout
from openfisca_arbeidsmigratie.tools.vergelijking import GevalFout
from openfisca_arbeidsmigratie.tools.yamlbron import YamlFout

GEBRUIKERSFOUTEN = (
    GevalFout,
    HervormingsFout,
    OngeldigeInvoer,
    SituationParsingError,
    ValidatieFout,
    BestandFout,
    UitvoerFout,
    yaml.YAMLError,
    YamlFout,
    ClusterFout,
    DatumFout,
)

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


def _beeindigd(signaal, _frame):
    raise KeyboardInterrupt(signaal)


def main(argv=None) -> int:
    signal.signal(signal.SIGTERM, _beeindigd)
    try:
        return _main(argv)
    except KeyboardInterrupt as onderbroken:
        signaal = onderbroken.args[0] if onderbroken.args else signal.SIGINT
        print("arbeidsmigratie: interrupted", file=sys.stderr)
        return 128 + signaal
    except BrokenPipeError:
        # The reader (e.g. `head`) has gone: end quietly, as a pipe's writer does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _main(argv) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["test"]:
        return test.main(argv[1:])
    argv = _negatieve_doelen(argv)
    argumenten = parser().parse_args(argv)
    try:
        return argumenten.uitvoeren(argumenten)
    except GEBRUIKERSFOUTEN as fout:
        print(f"arbeidsmigratie: error: {fout}", file=sys.stderr)
        return 2
    except ParameterNotFoundError as fout:
        print(f"arbeidsmigratie: error: {ontbrekende_parameter(fout)}.", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise
    except OSError as fout:
        plaats = f"{fout.filename}: " if fout.filename else ""
        print(f"arbeidsmigratie: error: {plaats}{fout.strerror or fout}", file=sys.stderr)
        return 2
