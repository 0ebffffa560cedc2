"""`arbeidsmigratie uitleg`: a decision step by step, with the law behind each step."""

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bereik import controleer_datum
from openfisca_arbeidsmigratie.tools.cli.opties import datum
from openfisca_arbeidsmigratie.tools.geval.vergelijking import GevalFout, lees_gevallen, met_status
from openfisca_arbeidsmigratie.tools.kern.register import hulptekst


def registreer(sub) -> None:
    uitleg = sub.add_parser(
        "uitleg",
        help="explain a decision step by step, with the law and the parameters behind it",
        description=(
            "Trace the computation of a case and print the conditions that decide it, in the "
            "order of the law, with their values and labels. With --volledig: every condition "
            "computed, with its legal reference and the parameters it compared with (value on "
            "the date, the date it took effect, its source)."
        ),
    )
    uitleg.add_argument("geval", metavar="CASE.yaml", help="the case file (one case or a list)")
    uitleg.add_argument(
        "--reform",
        metavar="NAME",
        help="explain under a reform or interpretation variant (a+b combines). " + hulptekst(),
    )
    uitleg.add_argument("--datum", type=datum, metavar="YYYY-MM-DD", help="judge on this date")
    uitleg.add_argument(
        "--variabele",
        default="toelatingsroute",
        help="the decision to explain (default: toelatingsroute)",
    )
    uitleg.add_argument(
        "--persoon",
        metavar="ID",
        help="the person to explain, in a case with several (personen: {ID: ...})",
    )
    uitleg.add_argument(
        "--volledig",
        action="store_true",
        help="the whole tree with law and sources, not only the deciding conditions",
    )
    uitleg.add_argument("--json", action="store_true", help="print JSON instead of text")
    uitleg.set_defaults(uitvoeren=uitleg_opdracht)


def uitleg_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT, pas_toe

    gevallen = lees_gevallen(argumenten.geval)
    systeem = CountryTaxBenefitSystem()
    naam = HUIDIG_RECHT
    if argumenten.reform:
        systeem = pas_toe(systeem, argumenten.reform)
        naam = argumenten.reform
    if argumenten.variabele not in systeem.variables:
        raise GevalFout(f"unknown variable '{argumenten.variabele}'")
    uitkomsten = [_leg_uit(systeem, naam, geval, argumenten) for geval in gevallen]
    print(
        _als_json(uitkomsten, naam, argumenten)
        if argumenten.json
        else _als_tekst(uitkomsten, argumenten)
    )
    return 0


def _leg_uit(systeem, naam: str, geval: dict, argumenten) -> tuple:
    """(heading, date, explanation, currency notes) of one case."""
    from openfisca_arbeidsmigratie.tools.geval.uitleg import (
        beslissend,
        gebruikte_parameters,
        leg_uit,
    )
    from openfisca_arbeidsmigratie.tools.kern.actualiteit import meldingen

    datum = argumenten.datum or str(geval.get("period") or "")
    if not datum:
        raise GevalFout("the case has no date: give 'period' in the case or --datum")
    controleer_datum(datum)
    uitleg = leg_uit(systeem, geval, argumenten.variabele, datum, argumenten.persoon)
    verder = meldingen(systeem, datum, gebruikte_parameters(uitleg))
    if not argumenten.volledig:
        uitleg = beslissend(uitleg)
    wie = f" [{argumenten.persoon}]" if argumenten.persoon else ""
    getoond = met_status(naam) if argumenten.reform else naam
    kop = f"{geval.get('name', 'case')}{wie}: {argumenten.variabele} on {datum} ({getoond})"
    return kop, datum, uitleg, verder


def _als_json(uitkomsten, naam: str, argumenten) -> str:
    import json

    from openfisca_arbeidsmigratie.model.hervorming import WET
    from openfisca_arbeidsmigratie.tools.kern.register import status

    return json.dumps(
        [
            {
                "case": kop,
                "date": datum,
                "system": naam,
                "status": status(naam) if argumenten.reform else WET,
                **u.als_dict(),
                "actualiteit": [m.als_dict() for m in verder],
            }
            for kop, datum, u, verder in uitkomsten
        ],
        indent=2,
        ensure_ascii=False,
    )


def _als_tekst(uitkomsten, argumenten) -> str:
    from openfisca_arbeidsmigratie.tools.geval.uitleg import als_tekst
    from openfisca_arbeidsmigratie.tools.kern.actualiteit import als_regels

    teksten = []
    for kop, _, u, verder in uitkomsten:
        regels = als_regels([m.tekst() for m in verder])
        delen = [als_tekst(u, kop, argumenten.volledig), *(["\n".join(regels)] if regels else [])]
        teksten.append("\n\n".join(delen))
    return "\n\n".join(teksten)
