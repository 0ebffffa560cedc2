"""`arbeidsmigratie test`: `openfisca test` that reads case files as data only.

The arguments and the output are those of `openfisca test` (openfisca-core's runner). Case files
are read as data within limits (`tools.yamlbron`), first here (so that a file with a Python tag,
past a limit or with an unknown reform is refused with one message and exit status 2, before
anything runs) and then by the runner itself (see `model.motor.veilige_yaml_tests`). A test may
name only the bundled reforms and parameter-change files under `reforms:`, and no `extensions:`.
"""

import os
import sys
from pathlib import Path

from openfisca_arbeidsmigratie.model.bereik import LAATSTE_DATUM
from openfisca_arbeidsmigratie.model.motor import veilige_yaml_tests
from openfisca_arbeidsmigratie.tools.geval.vergelijking import GevalFout
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, testhervorming
from openfisca_arbeidsmigratie.tools.kern.yamlbron import GrensLader, YamlFout, laad_yaml

PAKKET = "openfisca_arbeidsmigratie"
PLUGIN = "openfisca_arbeidsmigratie.tools.geval.yamltoetsen"


def registreer(sub) -> None:
    sub.add_parser(
        "test",
        help="run YAML tests as `openfisca test` does, reading case files as data only",
        description=(
            "The same arguments and output as `openfisca test` (see `arbeidsmigratie test "
            "--help`); -c defaults to openfisca_arbeidsmigratie. Case files are read with a safe "
            "YAML loader: a Python tag, an `extensions:` key or a reform other than the bundled "
            "ones is refused (exit status 2) before any test runs."
        ),
        add_help=False,
    )


def yaml_bestanden(paden) -> list[Path]:
    bestanden = []
    for pad in map(Path, paden):
        if pad.is_dir():
            bestanden += sorted(p for p in pad.rglob("*") if p.suffix in (".yaml", ".yml"))
        elif pad.is_file():
            bestanden.append(pad)
        else:
            raise GevalFout(f"test file or folder not found: {pad}")
    return bestanden


def controleer_bestand(bestand: Path) -> None:
    """Read a case file as data and check the reforms it names; raise GevalFout if it is bad."""
    try:
        gevallen = laad_yaml(bestand, "gevallen")
    except YamlFout as fout:
        raise GevalFout(str(fout)) from None
    except OSError as fout:
        raise GevalFout(f"{bestand}: cannot read: {fout}") from None
    for geval in gevallen if isinstance(gevallen, list) else [gevallen]:
        if not isinstance(geval, dict):
            continue
        if geval.get("extensions"):
            raise GevalFout(f"{bestand}: 'extensions:' is not accepted (it loads Python code)")
        _controleer_periode(bestand, geval)
        reforms = geval.get("reforms") or []
        for pad in [reforms] if isinstance(reforms, str) else reforms:
            try:
                testhervorming(pad)
            except HervormingsFout as fout:
                raise GevalFout(f"{bestand}: {fout}") from None


def _controleer_periode(bestand: Path, geval: dict) -> None:
    """A case after the latest date the model decides on is refused before anything runs (one
    before the earliest is refused by the first decision asked for, `model.bereik`)."""
    from openfisca_core import periods

    try:
        einde = str(periods.period(str(geval.get("period"))).stop)
    except (ValueError, TypeError, AttributeError):
        return
    if einde > LAATSTE_DATUM:
        raise GevalFout(
            f"{bestand}: case '{geval.get('name', '')}': period {geval.get('period')} ends after "
            f"{LAATSTE_DATUM}, the latest date the model decides on"
        )


def main(argv: list[str]) -> int:
    from openfisca_core.scripts import openfisca_command

    argv = list(argv)
    pakket_gegeven = any(a in ("-c", "--country-package") for a in argv)
    if not pakket_gegeven and not any(a.startswith("--country-package=") for a in argv):
        argv = ["-c", PAKKET, *argv]
    oud = sys.argv
    sys.argv = ["arbeidsmigratie", "test", *argv]
    try:
        parser = openfisca_command.get_parser()
        argumenten, _ = parser.parse_known_args(["test", *argv])
        return _draai(parser, argumenten)
    except SystemExit as einde:
        return einde.code if isinstance(einde.code, int) else (0 if einde.code is None else 1)
    finally:
        sys.argv = oud


def _draai(parser, argumenten) -> int:
    from openfisca_core.scripts import run_test

    try:
        for bestand in yaml_bestanden(argumenten.path):
            controleer_bestand(bestand)
    except GevalFout as fout:
        print(f"arbeidsmigratie test: error: {fout}", file=sys.stderr)
        return 2
    veilige_yaml_tests(GrensLader)
    vorige = os.environ.get("PYTEST_PLUGINS")
    os.environ["PYTEST_PLUGINS"] = PLUGIN  # readable failures (tools/yamltoetsen.py)
    try:
        run_test.main(parser)
    finally:
        if vorige is None:
            os.environ.pop("PYTEST_PLUGINS", None)
        else:
            os.environ["PYTEST_PLUGINS"] = vorige
    return 0
