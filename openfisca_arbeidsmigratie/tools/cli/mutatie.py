"""`arbeidsmigratie mutatie`: the mutation score of the YAML suite and of the specs."""

import os
import sys
import time
from pathlib import Path

from openfisca_arbeidsmigratie.tools.cli.opties import positief

OORDELEN = "docs/mutatie_overlevenden.yaml"


def registreer(sub) -> None:
    opdracht = sub.add_parser(
        "mutatie",
        help="mutation score: seeded mutants of variables/ and parameters/, killed by the YAML "
        "suite alone and by the YAML suite plus the specs",
        description=(
            "Build each mutant (a comparison flipped, & and | swapped, or a parameter value moved "
            "one unit at one date) from a copy of the rule trees, run the YAML tests on it in "
            "process, the mutated rule's own tests first, to the first failure, and check the "
            "bundled specs on the mutants the YAML suite lets live. Mutants run in parallel worker "
            "processes; a few seconds of CPU per mutant."
        ),
    )
    opdracht.add_argument("--aantal", type=positief, default=200, help="number of mutants (200)")
    opdracht.add_argument("--zaad", type=int, default=2026, help="seed of the selection (2026)")
    opdracht.add_argument("--tests", default="tests", metavar="DIR", help="the YAML tests (tests)")
    opdracht.add_argument("--budget", type=positief, default=20_000, help="spec budget (20,000)")
    opdracht.add_argument(
        "--processen",
        type=positief,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes judging mutants (default: the cores)",
    )
    opdracht.add_argument(
        "--oordelen",
        default=OORDELEN,
        metavar="FILE",
        help=f"the reviewed judgements of the survivors, merged into the report ({OORDELEN})",
    )
    opdracht.add_argument(
        "--alleen",
        metavar="TEXT",
        help="judge only the selected mutants whose key contains TEXT (a re-check; no --verslag)",
    )
    opdracht.add_argument(
        "--verslag", metavar="FILE", help="write the result between the mutatie markers of FILE"
    )
    opdracht.set_defaults(uitvoeren=mutatie_opdracht)


def _fout(tekst: str) -> int:
    print(f"arbeidsmigratie: error: {tekst}", file=sys.stderr)
    return 2


def mutatie_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.specs.mutatie import kies
    from openfisca_arbeidsmigratie.tools.specs.mutatiedraai import Opdracht, draai
    from openfisca_arbeidsmigratie.tools.specs.mutatieverslag import (
        OordeelFout,
        lees_oordelen,
        schrijf_tussen_markers,
        verslag,
    )

    paden = sorted(Path(argumenten.tests).rglob("*.yaml"))
    if not paden:
        return _fout(f"no YAML tests under {argumenten.tests}")
    if argumenten.alleen and argumenten.verslag:
        return _fout("--alleen judges part of the selection; it cannot write --verslag")
    if argumenten.verslag and not Path(argumenten.verslag).is_file():
        return _fout(f"--verslag: no file {argumenten.verslag}")
    try:
        oordelen = lees_oordelen(Path(argumenten.oordelen))
    except OordeelFout as fout:
        return _fout(str(fout))
    mutanten = kies(argumenten.aantal, argumenten.zaad)
    if argumenten.alleen:
        mutanten = [m for m in mutanten if argumenten.alleen in m.sleutel]
        if not mutanten:
            return _fout(f"--alleen: no selected mutant's key contains '{argumenten.alleen}'")
    begin = time.monotonic()
    opdracht = Opdracht(tuple(paden), Path(argumenten.tests), argumenten.budget)
    uitslagen, uitgezonderd = draai(
        mutanten, opdracht, argumenten.processen, lambda tekst: print(tekst, flush=True)
    )
    duur = time.monotonic() - begin
    tijd = f"{int(duur // 60)} min {int(duur % 60)} s with {argumenten.processen} worker processes"
    tekst = verslag(uitslagen, uitgezonderd, argumenten.zaad, oordelen, tijd)
    print("\n" + tekst)
    if argumenten.verslag:
        try:
            schrijf_tussen_markers(Path(argumenten.verslag), tekst)
        except OordeelFout as fout:
            return _fout(str(fout))
    return 0
