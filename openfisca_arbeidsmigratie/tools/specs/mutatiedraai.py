"""Judging the mutants of the mutation score: the YAML suite, then the specs on its survivors.

Per mutant the system is built once from a copy of the rule trees and the YAML tests run in this
process, most likely killers first (`volgorde`): the test file mirroring the mutated variable, or
those of the variables that read the mutated parameter, then those of the variables reading
those, then the files naming the first (a reform's tests), then the rest, stopping at the first
failure. Only a mutant that the YAML suite lets live is checked against the bundled specs: a
mutant the YAML suite kills is killed by the YAML suite plus the specs too. Mutants are judged in
`processen` worker processes.
"""

import multiprocessing
import re
import tempfile
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from openfisca_arbeidsmigratie.tools.specs.mutatie import Mutant, gemuteerde_systeem, regelbron


@dataclass
class Uitslag:
    mutant: Mutant
    yaml: bool  # killed by the YAML suite
    specs: list = field(default_factory=list)  # specs failing on a YAML survivor
    specs_gedraaid: bool = False  # whether the specs were checked (only on YAML survivors)


@cache
def _bronnen(variabelen: Path) -> dict[str, str]:
    """{variable file relative to its tree: source}."""
    return {
        str(pad.relative_to(variabelen)): pad.read_text(encoding="utf-8")
        for pad in sorted(variabelen.rglob("*.py"))
    }


def _lezers(bronnen: dict, patroon: str) -> list[str]:
    woord = re.compile(patroon)
    return [bestand for bestand, bron in bronnen.items() if woord.search(bron)]


def _doelen(mutant: Mutant, variabelen: Path) -> tuple[list[str], list[str]]:
    """The variable files whose tests most likely kill `mutant`: first the mutated variable or
    the parameter's readers (its file name as a word in their source), then the variables
    reading those."""
    bronnen = _bronnen(variabelen)
    relatief = Path(mutant.bestand).relative_to(Path(mutant.bestand).parts[0])
    if mutant.soort == "parameter":
        naam = relatief.stem if relatief.stem != "index" else relatief.parent.name
        eerste = _lezers(bronnen, rf"\b{re.escape(naam)}\b")
    else:
        eerste = [str(relatief)]
    tweede = []
    for bestand in eerste:
        variabele = re.escape(Path(bestand).stem)
        tweede += [b for b in _lezers(bronnen, rf"[\"']{variabele}[\"']") if b not in eerste]
    return eerste, list(dict.fromkeys(tweede))


@cache
def _tekst(pad: Path) -> str:
    return pad.read_text(encoding="utf-8")


def volgorde(mutant: Mutant, paden, tests: Path, variabelen: Path | None = None) -> list[Path]:
    """The YAML test files in the order to run them against `mutant`: the files mirroring the
    variables of `_doelen` (first, then second), then the files naming a first one (a reform's
    tests), then the rest."""
    eerste, tweede = _doelen(mutant, variabelen or regelbron() / "variables")
    paden = [Path(p) for p in paden]
    gespiegeld = [tests / Path(b).with_suffix(".yaml") for b in [*eerste, *tweede]]
    if mutant.soort == "parameter":
        gespiegeld.insert(0, tests / Path(mutant.bestand).relative_to("parameters"))
    if eerste:
        woord = re.compile(r"\b(?:" + "|".join(re.escape(Path(b).stem) for b in eerste) + r")\b")
        gespiegeld += [p for p in paden if woord.search(_tekst(p))]
    aanwezig = set(paden)
    eerst = list(dict.fromkeys(p for p in gespiegeld if p in aanwezig))
    return eerst + [p for p in paden if p not in set(eerst)]


def yaml_doodt(systeem, paden) -> bool:
    """Whether a YAML test fails on the system (stops at the first failure)."""
    import pytest
    from openfisca_core.tools.test_runner import OpenFiscaPlugin

    from openfisca_arbeidsmigratie.model.motor import veilige_yaml_tests, vergeet_yaml_systemen

    veilige_yaml_tests()
    vergeet_yaml_systemen()
    plugin = OpenFiscaPlugin(systeem, {})
    argumenten = ["-x", "-p", "no:cacheprovider", "-p", "no:terminal"]
    code = pytest.main([*argumenten, *map(str, paden)], plugins=[plugin])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED, pytest.ExitCode.INTERRUPTED):
        raise RuntimeError(f"the YAML tests could not run (pytest exit code {int(code)})")
    return code != pytest.ExitCode.OK  # a failing case, or one that cannot be collected


def specs_doden(systeem, budget: int, uitgezonderd=(), specs=None) -> list[str]:
    """The specs (default: the bundled ones) that fail on the system as current law (those in
    `uitgezonderd`, which fail on the unmutated rules, are left out)."""
    from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT
    from openfisca_arbeidsmigratie.tools.specs import Systemen, bundelspecs, laad
    from openfisca_arbeidsmigratie.tools.specs.zoeken import controleer_spec

    class MetMutant(Systemen):
        def __init__(self):
            super().__init__()
            self._gebouwd[HUIDIG_RECHT] = systeem

    paden = [p for p in (bundelspecs() if specs is None else specs) if p.name not in uitgezonderd]
    return [s.pad.name for s in laad(paden, MetMutant()) if not controleer_spec(s, budget).geldt]


@dataclass(frozen=True)
class Opdracht:
    """What every mutant is judged with: the YAML test files and their root, the specs' budget,
    the specs left out, the folder of the rule trees and the spec files (None: the bundled)."""

    paden: tuple
    tests: Path
    budget: int
    uitgezonderd: tuple = ()
    bron: Path | None = None
    specs: tuple | None = None


def beoordeel(mutant: Mutant, opdracht: Opdracht) -> Uitslag:
    """One mutant: the YAML suite in `volgorde`; the specs only if it survives that."""
    with tempfile.TemporaryDirectory() as map_:
        try:
            systeem = gemuteerde_systeem(mutant, Path(map_), opdracht.bron)
        except Exception as fout:  # a mutant that breaks the build is killed by any test
            return Uitslag(mutant, True, [f"build fails: {type(fout).__name__}"])
        variabelen = (opdracht.bron or regelbron()) / "variables"
        if yaml_doodt(systeem, volgorde(mutant, opdracht.paden, opdracht.tests, variabelen)):
            return Uitslag(mutant, True)
        specs = specs_doden(systeem, opdracht.budget, opdracht.uitgezonderd, opdracht.specs)
        return Uitslag(mutant, False, specs, specs_gedraaid=True)


def _werk(taak):
    nummer, mutant, opdracht = taak
    return nummer, beoordeel(mutant, opdracht)


def draai(mutanten, opdracht: Opdracht, processen: int = 1, meld=lambda tekst: None):
    """(per mutant its `Uitslag` in the order given, the specs left out); first the unmutated
    rules: the YAML suite must pass, specs failing already are left out of the score."""
    with tempfile.TemporaryDirectory() as map_:
        basis = gemuteerde_systeem(None, Path(map_), opdracht.bron)
        if yaml_doodt(basis, opdracht.paden):
            raise RuntimeError("the YAML suite fails on the unmutated rules")
        uitgezonderd = specs_doden(basis, opdracht.budget, specs=opdracht.specs)
    meld(f"unmutated: YAML passes; specs failing already (left out): {uitgezonderd or 'none'}")
    opdracht = replace(opdracht, uitgezonderd=tuple(uitgezonderd))
    taken = [(nummer, mutant, opdracht) for nummer, mutant in enumerate(mutanten)]
    uitslagen = [None] * len(taken)
    if processen > 1:
        # fork: the workers inherit the imported engine; each task builds its own copy
        with multiprocessing.get_context("fork").Pool(processen, maxtasksperchild=25) as pool:
            stroom = pool.imap_unordered(_werk, taken)
            _verzamel(stroom, uitslagen, meld)
    else:
        _verzamel(map(_werk, taken), uitslagen, meld)
    return uitslagen, uitgezonderd


def _verzamel(stroom, uitslagen: list, meld) -> None:
    for klaar, (nummer, uitslag) in enumerate(stroom, 1):
        uitslagen[nummer] = uitslag
        specs = ", ".join(uitslag.specs) or "-" if uitslag.specs_gedraaid else "not run"
        meld(
            f"[{klaar}/{len(uitslagen)}] {uitslag.mutant}: YAML "
            f"{'kills' if uitslag.yaml else 'survives'}, specs {specs}"
        )
