"""`arbeidsmigratie verschil`: which YAML test cases change under a reform."""

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.geval.vergelijking import GevalFout, met_status
from openfisca_arbeidsmigratie.tools.kern.register import hulptekst


def registreer(sub) -> None:
    verschil = sub.add_parser(
        "verschil",
        help="which YAML test cases change under a reform, with before and after values",
        description=(
            "Run every YAML case under current law and under the reform and list the outputs "
            "that change. Default: the package's own test suite (tests/ in a checkout)."
        ),
    )
    verschil.add_argument(
        "tests",
        nargs="*",
        metavar="TESTS",
        help="YAML files or folders (default: the package's tests/)",
    )
    verschil.add_argument(
        "--reform",
        metavar="NAME",
        help="the reform or interpretation variant (a+b combines). " + hulptekst(),
    )
    verschil.add_argument(
        "--parameters",
        metavar="CHANGE.yaml",
        help="a parameter-change file, alone or on top of --reform",
    )
    verschil.set_defaults(uitvoeren=verschil_opdracht)


def verschil_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.geval.verschil import vergelijk_suite

    systeem = CountryTaxBenefitSystem()
    reform = argumenten.reform
    if argumenten.parameters:
        reform = f"{reform}+{argumenten.parameters}" if reform else argumenten.parameters
    if not reform:
        raise GevalFout("give --reform NAME or --parameters CHANGE.yaml")
    wijzigingen, aantal = vergelijk_suite(systeem, reform, argumenten.tests or None)
    per_geval = {}
    for w in wijzigingen:
        per_geval.setdefault((w.bestand, w.naam), []).append(w)
    for (bestand, naam), lijst in per_geval.items():
        print(f"{bestand}: {naam}")
        for w in lijst:
            print(f"    {w.variabele} @ {w.periode}: {w.voor} -> {w.na}")
    print(
        f"\n{len(per_geval)} of {aantal} cases change under {met_status(reform)} "
        f"({len(wijzigingen)} outputs)"
    )
    return 0
