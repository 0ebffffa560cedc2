"""The `arbeidsmigratie` command line: one module per subcommand, each with `registreer(sub)`."""

import argparse
import sys

from openfisca_core.errors import SituationParsingError

from openfisca_arbeidsmigratie.model.invoer import OngeldigeInvoer
from openfisca_arbeidsmigratie.tools.bevolking.cluster import ClusterFout
from openfisca_arbeidsmigratie.tools.bevolking.lezen import BestandFout
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.tools.cli import (
    bevolking,
    drempel,
    genereer,
    tijdlijn,
    uitleg,
    vergelijk,
    verschil,
    voorbeelden,
)
from openfisca_arbeidsmigratie.tools.register import HervormingsFout
from openfisca_arbeidsmigratie.tools.vergelijking import GevalFout

GEBRUIKERSFOUTEN = (
    GevalFout,
    HervormingsFout,
    OngeldigeInvoer,
    SituationParsingError,
    ValidatieFout,
    BestandFout,
    ClusterFout,
)

OPDRACHTEN = (voorbeelden, vergelijk, bevolking, drempel, uitleg, verschil, tijdlijn, genereer)


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
    """`--doel -20%` as `--doel=-20%`: argparse would read -20% as an option."""
    uit = []
    for argument in argv:
        if uit and uit[-1] == "--doel" and argument.startswith("-"):
            uit[-1] = f"--doel={argument}"
        else:
            uit.append(argument)
    return uit


def main(argv=None) -> int:
    argv = _negatieve_doelen(list(sys.argv[1:] if argv is None else argv))
    argumenten = parser().parse_args(argv)
    try:
        return argumenten.uitvoeren(argumenten)
    except GEBRUIKERSFOUTEN as fout:
        print(f"arbeidsmigratie: error: {fout}", file=sys.stderr)
        return 2
