"""`arbeidsmigratie controleer`: check formal policy specs; a failure as a ready YAML test."""

from pathlib import Path

from openfisca_arbeidsmigratie.tools.cli.opties import positief

BUDGET = 200_000


def registreer(sub) -> None:
    opdracht = sub.add_parser(
        "controleer",
        help="check formal policy specs (proved, checked on a grid, or sampled)",
        description=(
            "Check specs (docs/specs.md): over a grid holding every value an "
            "input is compared with (proved for every value when the grid has a point in every "
            "cell of that partition), or by a seeded random and Hypothesis search when the grid "
            "is larger than the budget. Without SPEC: every bundled spec. A counterexample is "
            "written as a YAML test and explained under each system. Exit 1 on a "
            "counterexample, 2 on a bad spec."
        ),
    )
    opdracht.add_argument("specs", nargs="*", metavar="SPEC", help="spec files (*.spec.yaml)")
    opdracht.add_argument(
        "--budget",
        type=positief,
        default=BUDGET,
        help=f"most combinations per spec and date (default {BUDGET:,}); a spec's 'budget' wins",
    )
    opdracht.add_argument(
        "--zaad", type=int, default=2026, help="seed of the search (default 2026)"
    )
    opdracht.add_argument(
        "--uitvoer",
        default="tegenvoorbeelden",
        metavar="DIR",
        help="where counterexamples are written (default: tegenvoorbeelden/)",
    )
    opdracht.add_argument(
        "--zonder-bewijs",
        action="store_true",
        help="do not record comparisons: faster, the grid holds only the domain's ends",
    )
    opdracht.add_argument("--stil", action="store_true", help="no explanation of counterexamples")
    opdracht.set_defaults(uitvoeren=controleer_opdracht)


def _regel(verslag) -> str:
    spec = verslag.spec
    if verslag.mislukt:
        status = "FAILS"
    elif verslag.oordeel == "proved":
        status = "PROVED for every value of the domain"
    elif verslag.oordeel == "checked":
        status = f"HOLDS on all {verslag.aantal:,} grid combinations (checked, not proved)"
    else:
        status = (
            f"HOLDS on {verslag.aantal:,} searched cases (sampled; {verslag.bevolking:,} of them "
            "from the synthetic population)"
        )
    regels = [
        f"{spec.pad}: {spec.naam}",
        f"  {status}; {verslag.aantal:,} combinations, {verslag.tijd:.1f} s, "
        f"dates {', '.join(spec.datums)}",
        f"  enumerated: {', '.join(verslag.opgesomd) or '-'}; "
        f"sampled: {', '.join(verslag.bemonsterd) or '-'}",
    ]
    regels += [f"  not proved: {r}" for r in verslag.redenen if r != "a counterexample was found"]
    return "\n".join(regels)


def controleer_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.specs import SpecFout, Systemen, bundelspecs, laad
    from openfisca_arbeidsmigratie.tools.specs.uitvoer import schrijf, uitleg
    from openfisca_arbeidsmigratie.tools.specs.zoeken import controleer_spec

    paden = [Path(p) for p in argumenten.specs] or bundelspecs()
    try:
        specs = laad(paden, Systemen())
    except SpecFout as fout:
        print(f"arbeidsmigratie: error: {fout}")
        return 2
    mislukt = 0
    for spec in specs:
        try:
            verslag = controleer_spec(
                spec, argumenten.budget, argumenten.zaad, not argumenten.zonder_bewijs
            )
        except SpecFout as fout:
            print(f"arbeidsmigratie: error: {fout}")
            return 2
        print(_regel(verslag), flush=True)
        for tv in verslag.mislukt:
            mislukt += 1
            bestand, test = schrijf(spec, tv, Path(argumenten.uitvoer))
            soort = "YAML test" if test else "case (no test: see its header)"
            print(
                f"  COUNTEREXAMPLE to '{tv.eigenschap.naam}' (line {tv.eigenschap.regel}): "
                f"{tv.invoer}"
            )
            print(f"  written as {soort}: {bestand}")
            if not argumenten.stil:
                print("\n" + uitleg(spec, tv) + "\n")
    print(f"{len(specs)} specs, {mislukt} counterexamples")
    return 1 if mislukt else 0
