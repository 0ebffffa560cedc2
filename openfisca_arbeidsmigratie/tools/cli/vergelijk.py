"""`arbeidsmigratie vergelijk`: one case under current law and reforms, side by side."""

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.geval.vergelijking import lees_gevallen, vergelijk
from openfisca_arbeidsmigratie.tools.kern.register import hulptekst


def registreer(sub) -> None:
    naast = sub.add_parser(
        "vergelijk",
        help="one case under current law and under reforms, side by side",
        description=(
            "Compute a case (a YAML file in the format of a test case: period and input) under "
            "current law and under each reform or interpretation variant, and print the decision "
            "with the conditions that decide it. Rows marked * differ from current law; columns "
            "marked [interpretation] read contested current law differently (not a proposal)."
        ),
    )
    naast.add_argument("geval", metavar="CASE.yaml", help="the case file (one case or a list)")
    naast.add_argument(
        "--reform",
        action="append",
        default=[],
        metavar="NAME",
        help="a policy reform or an interpretation variant (repeat for more columns; join with + "
        "to combine, e.g. a+b). " + hulptekst(),
    )
    naast.add_argument(
        "--parameters",
        metavar="CHANGE.yaml",
        help="a parameter-change file (parameter path: {date: value}) as an extra column",
    )
    naast.add_argument("--datum", metavar="YYYY-MM-DD", help="judge the case on this date")
    naast.add_argument(
        "--variabelen", metavar="NAME,...", help="the variables to show (default: the decision)"
    )
    naast.set_defaults(uitvoeren=vergelijk_opdracht)


def vergelijk_opdracht(argumenten) -> int:
    reforms = list(argumenten.reform)
    if argumenten.parameters:
        reforms.append(argumenten.parameters)
    systeem = CountryTaxBenefitSystem()
    variabelen = argumenten.variabelen.split(",") if argumenten.variabelen else None
    for geval in lees_gevallen(argumenten.geval):
        uitkomst = vergelijk(
            geval, reforms, variabelen=variabelen, datum=argumenten.datum, systeem=systeem
        )
        print(uitkomst.tekst())
        print()
    return 0
