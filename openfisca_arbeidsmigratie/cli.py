"""The `arbeidsmigratie` command line."""

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from openfisca_core.errors import SituationParsingError

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.bevolking.lezen import BestandFout
from openfisca_arbeidsmigratie.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.gevallen import bereken_geval
from openfisca_arbeidsmigratie.hervormingen import (
    HervormingsFout,
    beschikbare_hervormingen,
    pas_toe,
)
from openfisca_arbeidsmigratie.invoer import OngeldigeInvoer
from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tabel import tekst_tabel
from openfisca_arbeidsmigratie.vergelijking import GevalFout, lees_gevallen, vergelijk

GEBRUIKERSFOUTEN = (
    GevalFout,
    HervormingsFout,
    OngeldigeInvoer,
    SituationParsingError,
    ValidatieFout,
    BestandFout,
)
VANDAAG = date.today().isoformat()

VOORBEELD_KOLOMMEN = [
    ("toelatingsroute", "route"),
    ("twv_vereist", "TWV needed"),
    ("twv_toekenbaar", "TWV grantable"),
    ("twv_maximale_geldigheid_maanden", "TWV months"),
    ("minimumloon_bruto_maand", "WML/month"),
    ("kennismigrant_toelaatbaar", "HSM"),
    ("kennismigrant_salarisnorm", "HSM criterion"),
    ("blauwe_kaart_toelaatbaar", "Blue Card"),
    ("blauwe_kaart_salarisnorm", "BC criterion"),
]


VERBLIJF_KOLOMMEN = [
    ("verblijfsduur_maanden_vvo", "months (national)"),
    ("verblijfsduur_maanden_eu", "months (EU)"),
    ("vvo_regulier_toelaatbaar", "permanent permit"),
    ("eu_langdurig_ingezetene_toelaatbaar", "EU long-term"),
    ("maanden_tot_verblijfsduur_vervuld", "months to go"),
    ("inburgering_vereist_taalniveau", "integration level"),
]


def beslissingstabel(systeem, gevallen, kolommen) -> str:
    namen = [naam for naam, _ in kolommen]
    rijen = []
    for geval in gevallen:
        uitkomst = bereken_geval(systeem, geval, namen)
        rijen.append([geval["name"], str(geval["period"])] + [uitkomst[n] for n in namen])
    return tekst_tabel(["case", "date"] + [kop for _, kop in kolommen], rijen)


def hervormingstabel(systeem, gevallen) -> str:
    """The route of every case under current law and under each bundled reform, with a legend."""
    namen = list(beschikbare_hervormingen())
    systemen = [systeem] + [pas_toe(systeem, naam) for naam in namen]
    rijen = []
    for geval in gevallen:
        routes = [bereken_geval(s, geval, ["toelatingsroute"])["toelatingsroute"] for s in systemen]
        gewijzigd = any(route != routes[0] for route in routes)
        rijen.append([("* " if gewijzigd else "  ") + geval["name"], *routes])
    koppen = ["case", "current law", *[f"R{nummer}" for nummer in range(1, len(namen) + 1)]]
    legenda = "\n".join(f"R{nummer}: {naam}" for nummer, naam in enumerate(namen, 1))
    return f"{tekst_tabel(koppen, rijen)}\n\n{legenda}\n* the route changes under a reform"


def voorbeelden(_argumenten) -> int:
    systeem = CountryTaxBenefitSystem()
    gevallen = laad_voorbeelden()
    print("Who may work, and by which route (toelatingsroute): the bundled example cases\n")
    print(beslissingstabel(systeem, gevallen, VOORBEELD_KOLOMMEN))
    met_geschiedenis = [g for g in gevallen if "verblijfsdoel" in g["input"]]
    print("\nPermanent residence after five years (verblijf voor onbepaalde tijd)\n")
    print(beslissingstabel(systeem, met_geschiedenis, VERBLIJF_KOLOMMEN))
    print("\nThe route under current law and under each reform (proposals, not law)\n")
    print(hervormingstabel(systeem, gevallen))
    return 0


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


def _datum(tekst: str) -> str:
    try:
        return date.fromisoformat(tekst).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date '{tekst}': expected YYYY-MM-DD") from None


def _positief(tekst: str) -> int:
    if not tekst.isdigit() or int(tekst) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got '{tekst}'")
    return int(tekst)


def bevolkingsbron(argumenten, systeem):
    """The persons, employers and long history of a run: a file, or the generator."""
    from openfisca_arbeidsmigratie.bevolking import lezen
    from openfisca_arbeidsmigratie.bevolking.generator import genereer
    from openfisca_arbeidsmigratie.bevolking.uitvoeren import Bron

    werkgevers = lezen.lees_tabel(argumenten.werkgevers) if argumenten.werkgevers else None
    lang = lezen.lees_tabel(argumenten.geschiedenis) if argumenten.geschiedenis else None
    if argumenten.invoer:
        return Bron(str(argumenten.invoer), pad=lezen.controleer_pad(argumenten.invoer)), (
            werkgevers,
            lang,
        )
    personen, gegenereerd = genereer(systeem, argumenten.aantal, argumenten.zaad, argumenten.datum)
    bron = Bron(f"generated population ({argumenten.aantal:,} persons, seed {argumenten.zaad})")
    bron.tabel = personen
    return bron, (werkgevers if werkgevers is not None else gegenereerd, lang)


def bevolking_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.bevolking.uitvoeren import draai

    systeem = CountryTaxBenefitSystem()
    hervormingen = list(argumenten.reform) or list(beschikbare_hervormingen())
    if argumenten.parameters:
        hervormingen.append(argumenten.parameters)
    bron, (werkgevers, lang) = bevolkingsbron(argumenten, systeem)
    per = [k for k in (argumenten.per or "").split(",") if k]
    begin = time.perf_counter()
    telling = draai(
        systeem,
        bron,
        hervormingen,
        datum=argumenten.datum,
        per=per,
        uitvoer=argumenten.uitvoer,
        werkgevers=werkgevers,
        lang=lang,
        blokgrootte=argumenten.blokgrootte,
    )
    duur = time.perf_counter() - begin
    kolommen, rijen = telling.naast_elkaar()
    print(
        f"{bron.naam}, judged on {argumenten.datum}: current law and {len(hervormingen)} "
        f"reform(s), {duur:.1f} s\n"
    )
    korte = ["route", "current law", *[f"R{i}" for i in range(1, len(kolommen) - 1)]]
    print(tekst_tabel(korte, rijen))
    print()
    print("\n".join(f"R{i}: {naam}" for i, naam in enumerate(kolommen[2:], 1)))
    if per:
        print(f"\nBy {', '.join(per)}: see aggregaat.csv")
    uitvoer = Path(argumenten.uitvoer)
    print(
        f"\nWritten: {uitvoer / 'personen.parquet'} (per person), {uitvoer / 'aggregaat.csv'} "
        f"(counts and shares), {uitvoer / 'verschil.csv'} (who moves from which route to which), "
        f"{uitvoer / 'routes.png'} (chart)"
    )
    return 0


def drempel_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.bevolking.drempel import Drempel
    from openfisca_arbeidsmigratie.bevolking.rekenen import Werkgevers, modelinvoer
    from openfisca_arbeidsmigratie.bevolking.schema import werkgeverkolommen
    from openfisca_arbeidsmigratie.bevolking.uitvoeren import valideer

    systeem = CountryTaxBenefitSystem()
    bron, (werkgevers, lang) = bevolkingsbron(argumenten, systeem)
    lange = valideer(systeem, bron, werkgevers, lang, [], argumenten.blokgrootte)
    koppeling = Werkgevers(werkgevers, werkgeverkolommen(systeem)) if werkgevers else None
    blokken = [
        modelinvoer(systeem, b, koppeling, lange) for b in bron.blokken(argumenten.blokgrootte)
    ]
    drempel = Drempel(systeem, blokken, argumenten.parameter, argumenten.datum)
    van = argumenten.van if argumenten.van is not None else drempel.huidig * 0.5
    tot = argumenten.tot if argumenten.tot is not None else drempel.huidig * 1.5
    print(
        f"{argumenten.parameter} on {argumenten.datum}: now {drempel.huidig:g}; "
        f"{bron.naam}; admitted labour migrants now: {drempel.basis:,}\n"
    )
    punten = drempel.reeks(van, tot, argumenten.stappen)
    rijen = [
        [
            f"{p.waarde:g}" + (" (now)" if p.waarde == drempel.huidig else ""),
            f"{p.toegelaten:,}",
            f"{100 * p.aandeel:.2f}%",
            f"{100 * p.verandering:+.1f}%",
        ]
        for p in punten
    ]
    print(tekst_tabel(["value", "admitted", "share of population", "change"], rijen))
    uitvoer = Path(argumenten.uitvoer)
    uitvoer.mkdir(parents=True, exist_ok=True)
    schrijf_drempel(punten, drempel, uitvoer)
    if argumenten.doel is not None:
        precisie = 0.01 if abs(drempel.huidig) >= 1 else 1e-4
        punt, bereikt = drempel.zoek(argumenten.doel, van, tot, precisie)
        if bereikt:
            print(
                f"\nTarget {100 * argumenten.doel:+.1f}%: {argumenten.parameter} = "
                f"{punt.waarde:g} gives {punt.toegelaten:,} admitted "
                f"({100 * punt.verandering:+.1f}%)"
            )
        else:
            print(
                f"\nTarget {100 * argumenten.doel:+.1f}% is not reached between {van:g} and "
                f"{tot:g}; closest: {punt.waarde:g} ({100 * punt.verandering:+.1f}%). "
                "Widen --van/--tot."
            )
    print(f"\nWritten: {uitvoer / 'drempel.csv'}, {uitvoer / 'drempel.png'}")
    return 0


def schrijf_drempel(punten, drempel, map_):
    import csv

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with (map_ / "drempel.csv").open("w", newline="", encoding="utf-8") as bestand:
        schrijver = csv.writer(bestand)
        schrijver.writerow(["waarde", "toegelaten", "aandeel", "verandering"])
        for p in punten:
            schrijver.writerow([p.waarde, p.toegelaten, p.aandeel, p.verandering])
    figuur, as_ = plt.subplots(figsize=(8, 4.5))
    as_.plot([p.waarde for p in punten], [100 * p.aandeel for p in punten], marker="o")
    as_.axvline(drempel.huidig, color="grey", linestyle="--", label="current value")
    as_.set_xlabel(drempel.pad)
    as_.set_ylabel("admitted labour migrants (% of population)")
    as_.set_title(f"Admissions against {drempel.pad.rsplit('.', 1)[-1]} on {drempel.datum}")
    as_.legend()
    figuur.tight_layout()
    figuur.savefig(map_ / "drempel.png", dpi=110)
    plt.close(figuur)


def genereer_opdracht(argumenten) -> int:
    import pyarrow.parquet as pq

    from openfisca_arbeidsmigratie.bevolking.generator import genereer

    systeem = CountryTaxBenefitSystem()
    personen, werkgevers = genereer(systeem, argumenten.aantal, argumenten.zaad, argumenten.datum)
    pad = Path(argumenten.uitvoer)
    pad.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(personen, pad)
    werkgeverpad = pad.with_name(pad.stem + "_werkgevers.parquet")
    pq.write_table(werkgevers, werkgeverpad)
    print(
        f"Written: {pad} ({personen.num_rows:,} persons), {werkgeverpad} "
        f"({werkgevers.num_rows:,} employers)"
    )
    return 0


def _bevolkingsopties(opdracht, standaard_aantal):
    bron = opdracht.add_mutually_exclusive_group()
    bron.add_argument("--invoer", metavar="FILE", help="persons table (.csv or .parquet)")
    bron.add_argument(
        "--aantal",
        type=_positief,
        default=standaard_aantal,
        help=f"size of the generated population (default {standaard_aantal:,})",
    )
    opdracht.add_argument(
        "--werkgevers",
        metavar="FILE",
        help="employers table joined by werkgever_id (.csv or .parquet)",
    )
    opdracht.add_argument(
        "--geschiedenis",
        metavar="FILE",
        help="long history table: persoon_id, maand, verblijfsdoel, buiten_nederland",
    )
    opdracht.add_argument(
        "--datum", type=_datum, default=VANDAAG, help="judge everyone on this date (default: today)"
    )
    opdracht.add_argument("--zaad", type=int, default=2026, help="seed of the generator")
    opdracht.add_argument(
        "--blokgrootte", type=_positief, default=100_000, help="persons per chunk (bounds memory)"
    )


def _percentage(tekst: str) -> float:
    try:
        return float(tekst.rstrip("%")) / 100
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a percentage such as -20%, got '{tekst}'"
        ) from None


def uitleg_opdracht(argumenten) -> int:
    import json

    from openfisca_arbeidsmigratie.hervormingen import pas_toe
    from openfisca_arbeidsmigratie.uitleg import als_tekst, leg_uit

    systeem = CountryTaxBenefitSystem()
    naam = "current law"
    if argumenten.reform:
        systeem = pas_toe(systeem, argumenten.reform)
        naam = argumenten.reform
    gevallen = lees_gevallen(argumenten.geval)
    if argumenten.variabele not in systeem.variables:
        raise GevalFout(f"unknown variable '{argumenten.variabele}'")
    uitkomsten = []
    for geval in gevallen:
        datum = argumenten.datum or str(geval.get("period") or "")
        if not datum:
            raise GevalFout("the case has no date: give 'period' in the case or --datum")
        uitleg = leg_uit(systeem, geval, argumenten.variabele, datum)
        kop = f"{geval.get('name', 'case')}: {argumenten.variabele} on {datum} ({naam})"
        uitkomsten.append((kop, datum, uitleg))
    if argumenten.json:
        print(
            json.dumps(
                [
                    {"case": kop, "date": datum, "system": naam, **u.als_dict()}
                    for kop, datum, u in uitkomsten
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print("\n\n".join(als_tekst(u, kop) for kop, _, u in uitkomsten))
    return 0


def verschil_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.verschil import vergelijk_suite

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
        f"\n{len(per_geval)} of {aantal} cases change under {reform} ({len(wijzigingen)} outputs)"
    )
    return 0


def tijdlijn_opdracht(argumenten) -> int:
    from openfisca_arbeidsmigratie.tijdlijn import grafiek, tijdlijn

    systeem = CountryTaxBenefitSystem()
    if argumenten.reform:
        systeem = pas_toe(systeem, argumenten.reform)
    waarden = tijdlijn(systeem, argumenten.parameter)
    rijen = []
    for w in waarden:
        bron = "; ".join(f"{b['title']} <{b['href']}>" for b in w.bron)
        rijen.append([w.parameter, w.datum, _toon(w.waarde), w.zekerheid or "", bron])
    print(tekst_tabel(["parameter", "from", "value", "confidence", "source"], rijen))
    if argumenten.grafiek:
        grafiek(waarden, argumenten.grafiek, argumenten.parameter)
        print(f"\nWritten: {argumenten.grafiek}")
    return 0


def _toon(waarde) -> str:
    if waarde is None:
        return "(none)"
    if isinstance(waarde, list):
        return "[" + ", ".join(map(str, waarde)) + "]"
    return str(waarde)


def parser() -> argparse.ArgumentParser:
    hoofd = argparse.ArgumentParser(
        prog="arbeidsmigratie",
        description="Dutch labour-migration law as code (openfisca-arbeidsmigratie).",
    )
    sub = hoofd.add_subparsers(dest="opdracht", required=True)
    demo = sub.add_parser(
        "voorbeelden", help="decide the bundled example cases and print them as a table"
    )
    demo.set_defaults(uitvoeren=voorbeelden)

    naast = sub.add_parser(
        "vergelijk",
        help="one case under current law and under reforms, side by side",
        description=(
            "Compute a case (a YAML file in the format of a test case: period and input) under "
            "current law and under each reform, and print the decision with the conditions "
            "that decide it. Rows marked * differ from current law."
        ),
    )
    naast.add_argument("geval", metavar="CASE.yaml", help="the case file (one case or a list)")
    naast.add_argument(
        "--reform",
        action="append",
        default=[],
        metavar="NAME",
        help="a reform (repeat for more columns; join with + to combine, e.g. a+b); one of: "
        + ", ".join(beschikbare_hervormingen()),
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

    bevolking = sub.add_parser(
        "bevolking",
        help="current law and every reform over a whole population",
        description=(
            "Validate a population table (or generate one), compute every person under current "
            "law and each reform in chunks, and write per-person results, aggregates, the "
            "difference to current law and a chart. Without --reform: every bundled reform."
        ),
    )
    _bevolkingsopties(bevolking, 100_000)
    bevolking.add_argument(
        "--reform",
        action="append",
        default=[],
        metavar="NAME",
        help="a reform (repeat; a+b combines); default: every bundled reform",
    )
    bevolking.add_argument(
        "--parameters", metavar="CHANGE.yaml", help="a parameter-change file as an extra system"
    )
    bevolking.add_argument(
        "--per",
        metavar="COLUMN,...",
        help="also count per these input columns (e.g. nationaliteit)",
    )
    bevolking.add_argument(
        "--uitvoer",
        metavar="DIR",
        default="uitvoer",
        help="where to write the outputs (default: uitvoer/)",
    )
    bevolking.set_defaults(uitvoeren=bevolking_opdracht)

    drempel = sub.add_parser(
        "drempel",
        help="admissions as a function of one parameter, and the value for a target",
        description=(
            "Vary one numeric parameter on the date and count the admitted labour migrants "
            "(routes kennismigrant, blauwe_kaart, brede_welvaartstoets, vrijgesteld, twv). With "
            "--doel, find the value that changes admissions by that percentage (bisection)."
        ),
    )
    drempel.add_argument(
        "parameter",
        metavar="PARAMETER",
        help="a parameter path, e.g. kennismigrant.salariscriterium.jonger_dan_dertig",
    )
    _bevolkingsopties(drempel, 20_000)
    drempel.add_argument("--van", type=float, help="lowest value (default: half the current)")
    drempel.add_argument("--tot", type=float, help="highest value (default: 1.5 x current)")
    drempel.add_argument("--stappen", type=_positief, default=11, help="values in the table")
    drempel.add_argument(
        "--doel", type=_percentage, metavar="-20%", help="target change in admissions"
    )
    drempel.add_argument(
        "--uitvoer",
        metavar="DIR",
        default="uitvoer/drempel",
        help="where to write the table and the chart",
    )
    drempel.set_defaults(uitvoeren=drempel_opdracht)

    uitleg = sub.add_parser(
        "uitleg",
        help="explain a decision step by step, with the law and the parameters behind it",
        description=(
            "Trace the computation of a case and print each condition in the order of the law: "
            "its value, its label and legal reference, and the parameters it compared with "
            "(value on the date, the date it took effect, its source)."
        ),
    )
    uitleg.add_argument("geval", metavar="CASE.yaml", help="the case file (one case or a list)")
    uitleg.add_argument("--reform", metavar="NAME", help="explain under a reform (a+b combines)")
    uitleg.add_argument("--datum", type=_datum, metavar="YYYY-MM-DD", help="judge on this date")
    uitleg.add_argument(
        "--variabele",
        default="toelatingsroute",
        help="the decision to explain (default: toelatingsroute)",
    )
    uitleg.add_argument("--json", action="store_true", help="print JSON instead of text")
    uitleg.set_defaults(uitvoeren=uitleg_opdracht)

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
    verschil.add_argument("--reform", metavar="NAME", help="the reform (a+b combines)")
    verschil.add_argument(
        "--parameters",
        metavar="CHANGE.yaml",
        help="a parameter-change file, alone or on top of --reform",
    )
    verschil.set_defaults(uitvoeren=verschil_opdracht)

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
        "--reform", metavar="NAME", help="show the parameters of a system with this reform"
    )
    tijd.set_defaults(uitvoeren=tijdlijn_opdracht)

    genereer = sub.add_parser("genereer", help="write the synthetic population to Parquet")
    genereer.add_argument("--aantal", type=_positief, default=100_000)
    genereer.add_argument("--zaad", type=int, default=2026)
    genereer.add_argument("--datum", type=_datum, default=VANDAAG)
    genereer.add_argument("--uitvoer", metavar="FILE.parquet", default="uitvoer/bevolking.parquet")
    genereer.set_defaults(uitvoeren=genereer_opdracht)
    return hoofd


def _negatieve_doelen(argv: list[str]) -> list[str]:
    """`--doel -20%` as `--doel=-20%`: argparse would read -20% as an option."""
    uit = []
    for argument in argv:
        if uit and uit[-1] == "--doel" and argument.startswith("-"):
            uit[-1] = f"--doel={argument}"
        else:
            uit.append(argument)
    return uit


def main(argv=None) -> int:
    argv = _negatieve_doelen(list(sys.argv[1:] if argv is None else argv))
    argumenten = parser().parse_args(argv)
    try:
        return argumenten.uitvoeren(argumenten)
    except GEBRUIKERSFOUTEN as fout:
        print(f"arbeidsmigratie: error: {fout}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
