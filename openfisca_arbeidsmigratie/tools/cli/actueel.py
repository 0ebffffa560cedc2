"""`arbeidsmigratie actueel`: what in the encoded law may be stale on a date, and where to check."""

from datetime import date

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem

KOPPEN = {
    "doorgetrokken": "Due and not encoded (the model carries the last figure forward):",
    "verwacht": "Due within six months and not yet encoded:",
    "einde": "End dates within six months:",
}


def registreer(sub) -> None:
    actueel = sub.add_parser(
        "actueel",
        help="what may be stale on a date: figures due and not encoded, end dates near",
        description=(
            "List for a date each indexed amount whose next figure is due and not encoded (the "
            "last figure is carried forward), each figure due within six months that is not yet "
            "encoded, and each end date of a time-limited rule within six months, each with the "
            "source to check. The cadences and end dates are declared in each parameter's "
            "metadata.actualisatie."
        ),
    )
    actueel.add_argument(
        "--datum",
        metavar="YYYY-MM-DD",
        help="the date to check (default: today)",
    )
    actueel.add_argument("--json", action="store_true", help="print JSON instead of text")
    actueel.set_defaults(uitvoeren=actueel_opdracht)


def actueel_opdracht(argumenten) -> int:
    import json

    from openfisca_arbeidsmigratie.tools.kern.actualiteit import lees_datum, meldingen

    datum = date.today().isoformat() if argumenten.datum is None else lees_datum(argumenten.datum)
    lijst = meldingen(CountryTaxBenefitSystem(), datum)
    if argumenten.json:
        uit = {"date": datum, "warnings": [m.als_dict() for m in lijst]}
        print(json.dumps(uit, indent=2, ensure_ascii=False))
        return 0
    print(f"The law as encoded, checked for {datum}:")
    if not lijst:
        print("  nothing due, carried forward or ending within six months.")
    for soort, kop in KOPPEN.items():
        deze = [m for m in lijst if m.soort == soort]
        if deze:
            print(f"\n{kop}")
        for m in deze:
            print(f"  {m.naam}: {m.kern()}\n    check: {m.bron_tekst()}")
    return 0
