"""A pytest plugin for `arbeidsmigratie test`: readable failures of the YAML tests.

openfisca-core's runner gives every case the same empty test id, so pytest's progress counter
stops short of 100% (it counts distinct ids) and the summary names only the file. Here each case
gets its name and line as its id (`file.yaml::name [line 12]`), and the end of the run lists each
failing case with its file:line, the variable, the expected and the actual value. A variable the
model does not have is answered with the nearest names it does have.
"""

import difflib
import re
from pathlib import Path

import pytest
from openfisca_core.errors import VariableNotFoundError

from openfisca_arbeidsmigratie.tools.kern.yamlbron import lees_yaml

VERSCHIL = re.compile(
    r"^(?P<variabele>\w+)@(?P<periode>\S+): (?P<werkelijk>.*) differs from "
    r"(?P<verwacht>.*?)\.?$",
    re.S,
)
MISLUKT = []


def pytest_sessionstart(session):
    MISLUKT.clear()


def _gevallen(pad: Path) -> tuple[list[int], list]:
    """The cases of a YAML test file and the line (from 1) each starts on, read through the
    project's one YAML loader."""
    document = lees_yaml(pad, "gevallen")
    data = document.data if isinstance(document.data, list) else [document.data]
    regels = [(document.regel(geval) if isinstance(geval, dict) else None) or 1 for geval in data]
    return regels, data


def pytest_collection_modifyitems(session, config, items):
    """Give each case its own id: its name and the line it starts on."""
    nieuw, per_bestand = [], {}
    for item in items:
        ouder = item.parent
        if not hasattr(item, "baseline_tax_benefit_system") or not hasattr(ouder, "should_ignore"):
            nieuw.append(item)
            continue
        if ouder not in per_bestand:
            regels, gevallen = _gevallen(Path(ouder.path))
            per_bestand[ouder] = iter(
                (regel, geval)
                for regel, geval in zip(regels, gevallen, strict=True)
                if not ouder.should_ignore(geval)
            )
        regel, geval = next(per_bestand[ouder])
        naam = f"{geval.get('name', '') or 'case'} [line {regel}]"
        kopie = type(item).from_parent(
            ouder,
            name=naam,
            baseline_tax_benefit_system=item.baseline_tax_benefit_system,
            test=geval,
            options=item.options,
        )
        kopie.regel = regel
        nieuw.append(kopie)
    items[:] = nieuw


def _nabij(naam: str, systeem) -> str:
    namen = difflib.get_close_matches(naam, list(systeem.variables), n=5, cutoff=0.6)
    if not namen:
        return f"the model has no variable '{naam}'"
    return f"the model has no variable '{naam}'; did you mean: {', '.join(namen)}?"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    uitkomst = yield
    verslag = uitkomst.get_result()
    if call.when != "call" or not verslag.failed or not hasattr(item, "regel"):
        return
    fout = call.excinfo.value
    plaats = f"{item.path}:{item.regel}"
    if isinstance(fout, VariableNotFoundError):
        melding = _nabij(fout.variable_name, item.baseline_tax_benefit_system)
        verslag.longrepr = f"{plaats}: {item.test.name}\n  {melding}"
    else:
        tekst = str(fout.args[0]) if fout.args else str(fout)
        gevonden = VERSCHIL.match(tekst.strip())
        if gevonden:
            werkelijk = re.sub(r"^\[([^,]*)\]$", r"\1", gevonden["werkelijk"].strip())
            melding = (
                f"{gevonden['variabele']} on {gevonden['periode']}: expected "
                f"{gevonden['verwacht']}, got {werkelijk.strip(chr(39))}"
            )
        else:
            melding = tekst.strip().splitlines()[0] if tekst.strip() else type(fout).__name__
    MISLUKT.append((item.test.name, plaats, melding))


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not MISLUKT:
        return
    terminalreporter.section(f"{len(MISLUKT)} failing case(s)")
    for naam, plaats, melding in MISLUKT:
        terminalreporter.write_line(f"{naam} ({plaats})")
        terminalreporter.write_line(f"    {melding}")
