"""`arbeidsmigratie mutatie`: the mutation score of the YAML suite and of the specs."""

import re
from pathlib import Path

from openfisca_arbeidsmigratie.tools.cli.opties import positief

BEGIN, EIND = "<!-- mutatie:begin -->", "<!-- mutatie:eind -->"


def registreer(sub) -> None:
    opdracht = sub.add_parser(
        "mutatie",
        help="mutation score: seeded mutants of variables/ and parameters/, killed by the YAML "
        "suite alone and by the YAML suite plus the specs",
        description=(
            "Build each mutant (a comparison flipped, & and | swapped, or a parameter value moved "
            "one unit at one date) from a copy of the rule trees, run the YAML tests on it (to "
            "the first failure) and check the bundled specs on it. CPU-heavy: about a minute per "
            "mutant."
        ),
    )
    opdracht.add_argument("--aantal", type=positief, default=200, help="number of mutants (200)")
    opdracht.add_argument("--zaad", type=int, default=2026, help="seed of the selection (2026)")
    opdracht.add_argument("--tests", default="tests", metavar="DIR", help="the YAML tests (tests)")
    opdracht.add_argument("--budget", type=positief, default=20_000, help="spec budget (20,000)")
    opdracht.add_argument(
        "--readme", metavar="README.md", help="write the result between the mutatie markers"
    )
    opdracht.set_defaults(uitvoeren=mutatie_opdracht)


def mutatie_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.specs.mutatie import draai, kies, verslag

    paden = sorted(Path(argumenten.tests).rglob("*.yaml"))
    if not paden:
        print(f"arbeidsmigratie: error: no YAML tests under {argumenten.tests}")
        return 2
    mutanten = kies(argumenten.aantal, argumenten.zaad)
    uitslagen, uitgezonderd = draai(
        mutanten, paden, argumenten.budget, lambda tekst: print(tekst, flush=True)
    )
    tekst = verslag(uitslagen, uitgezonderd, argumenten.zaad)
    print("\n" + tekst)
    if argumenten.readme:
        readme = Path(argumenten.readme)
        inhoud = readme.read_text(encoding="utf-8")
        if BEGIN not in inhoud or EIND not in inhoud:
            print(f"arbeidsmigratie: error: {readme} has no {BEGIN} ... {EIND} block")
            return 2
        nieuw = re.sub(
            re.escape(BEGIN) + ".*?" + re.escape(EIND),
            lambda _: f"{BEGIN}\n{tekst}\n{EIND}",
            inhoud,
            flags=re.S,
        )
        tijdelijk = readme.with_suffix(".md.tmp")
        tijdelijk.write_text(nieuw, encoding="utf-8")
        tijdelijk.replace(readme)
    return 0
