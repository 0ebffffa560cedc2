"""`arbeidsmigratie tijdlijn`: the dated history of a parameter with its sources."""

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.cli.opties import toon
from openfisca_arbeidsmigratie.tools.kern.register import hulptekst, pas_toe
from openfisca_arbeidsmigratie.tools.kern.tabel import tekst_tabel


def registreer(sub) -> None:
    tijd = sub.add_parser(
        "tijdlijn",
        help="the dated history of a parameter (or node) with each value's source",
    )
    tijd.add_argument(
        "parameter",
        metavar="PARAMETER",
        help="a parameter or node, e.g. kennismigrant.salariscriterium",
    )
    tijd.add_argument("--grafiek", metavar="FILE.png", help="also draw the history")
    tijd.add_argument(
        "--reform",
        metavar="NAME",
        help="show the parameters of a system with this reform or interpretation variant. "
        + hulptekst(),
    )
    tijd.set_defaults(uitvoeren=tijdlijn_opdracht)


def tijdlijn_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tools.geval.tijdlijn import grafiek, tijdlijn

    systeem = CountryTaxBenefitSystem()
    if argumenten.reform:
        systeem = pas_toe(systeem, argumenten.reform)
    waarden = tijdlijn(systeem, argumenten.parameter)
    rijen = []
    for w in waarden:
        bron = "; ".join(f"{b['title']} <{b['href']}>" for b in w.bron)
        rijen.append([w.parameter, w.datum, toon(w.waarde), w.zekerheid or "", bron])
    print(tekst_tabel(["parameter", "from", "value", "confidence", "source"], rijen))
    if argumenten.grafiek:
        grafiek(waarden, argumenten.grafiek, argumenten.parameter)
        print(f"\nWritten: {argumenten.grafiek}")
    return 0
