"""`arbeidsmigratie bevolking`: current law and every reform over a whole population."""

import argparse
import time

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.bevolking.groeperingen import GROEPERINGEN
from openfisca_arbeidsmigratie.tools.cli.opties import (
    bevolkingsbron,
    bevolkingsopties,
    lijst,
    positief,
    werkers,
)
from openfisca_arbeidsmigratie.tools.geval.vergelijking import met_status, statusuitleg
from openfisca_arbeidsmigratie.tools.kern import geheugen
from openfisca_arbeidsmigratie.tools.kern.aannames import ontbrekend_regels
from openfisca_arbeidsmigratie.tools.kern.actualiteit import als_regels, samengevoegd
from openfisca_arbeidsmigratie.tools.kern.register import (
    HUIDIG_RECHT,
    beschikbare_hervormingen,
    hulptekst,
)
from openfisca_arbeidsmigratie.tools.kern.tabel import tekst_tabel


def registreer(sub) -> None:
    bevolking = sub.add_parser(
        "bevolking",
        help="current law and every reform over a whole population",
        description=(
            "Validate a population table (or generate one), compute every person under current "
            "law and each reform in chunks, and write per-person results, aggregates, the "
            "difference to current law and a chart. Without --reform: every bundled policy "
            "reform; interpretation variants only when named with --reform."
        ),
    )
    bevolkingsopties(bevolking, 100_000)
    _systeemopties(bevolking)
    _uitvoeropties(bevolking)
    bevolking.set_defaults(uitvoeren=bevolking_opdracht)


def _systeemopties(bevolking) -> None:
    bevolking.add_argument(
        "--reform",
        action="append",
        default=[],
        metavar="NAME",
        help="a policy reform or interpretation variant (repeat; a+b combines); default: every "
        "bundled policy reform. " + hulptekst(),
    )
    bevolking.add_argument(
        "--parameters", metavar="CHANGE.yaml", help="a parameter-change file as an extra system"
    )


def _uitvoeropties(bevolking) -> None:
    bevolking.add_argument(
        "--per",
        metavar="COLUMN,...",
        help="also count per these input columns (e.g. nationaliteit)",
    )
    bevolking.add_argument(
        "--groepen",
        type=groeperingen,
        metavar="GROUPING,...",
        help="also count the admitted labour migrants per group under each system against "
        f"current law, weighted with --gewicht: {', '.join(GROEPERINGEN)} (leeftijdsgroep: age "
        "bands); printed, and written as groepen.csv",
    )
    bevolking.add_argument(
        "--uitvoer",
        metavar="DIR",
        default="uitvoer",
        help="where to write the outputs (default: uitvoer/)",
    )
    bevolking.add_argument(
        "--gewicht",
        metavar="COLUMN",
        help="a column of weights (a number >= 0 per person): aggregates and the chart are "
        "weighted, with the unweighted count beside them",
    )
    bevolking.add_argument(
        "--variabelen",
        type=lijst,
        metavar="a,b",
        help="the per-person output columns, for every system (default: the main results "
        "under current law and the route under each reform)",
    )
    bevolking.add_argument(
        "--processen",
        type=positief,
        metavar="N",
        help="worker processes on this machine (default: every available core)",
    )
    bevolking.add_argument(
        "--geen-grafiek", action="store_true", help="do not draw routes.png (saves a second)"
    )
    bevolking.add_argument(
        "--verbose",
        action="store_true",
        help="also print how many variables each reform recomputes (the others are taken from "
        "current law's simulation of the same chunk)",
    )


def groeperingen(tekst: str) -> list[str]:
    gekozen = lijst(tekst)
    onbekend = [g for g in gekozen if g not in GROEPERINGEN]
    if onbekend or not gekozen:
        genoemd = ", ".join(onbekend) if onbekend else repr(tekst)
        raise argparse.ArgumentTypeError(
            f"unknown grouping(s): {genoemd}; accepted: {', '.join(GROEPERINGEN)}"
        )
    return gekozen


GROEPEN_GETOOND = 10
"""Groups shown per grouping in the printed summary (groepen.csv has them all)."""


def groepsregels(telling, korte: list[str]) -> str:
    """Per grouping, the largest groups: admitted labour migrants per system (weighted with
    --gewicht), each reform with its difference to current law."""
    tabel = telling.groepstabel().to_pylist()
    maat = "gewogen_toegelaten" if telling.gewogen else "toegelaten"
    uit = []
    for groepering in telling.groeperingen:
        rijen = [r for r in tabel if r["groepering"] == groepering]
        groepen = list(dict.fromkeys(r["groep"] for r in rijen))
        waarden = {(r["groep"], r["systeem"]): r for r in rijen}
        regels = []
        for groep in groepen[:GROEPEN_GETOOND]:
            cellen = [groep]
            for systeem in telling.systemen:
                rij = waarden[(groep, systeem)]
                cel = _getal(rij[maat])
                if rij["verschil"] is not None:
                    cel += f" ({_getal(rij['verschil'], teken=True)})"
                cellen.append(cel)
            regels.append(cellen)
        meer = len(groepen) - GROEPEN_GETOOND
        staart = f"\n... and {meer} more groups: see groepen.csv" if meer > 0 else ""
        uit.append(tekst_tabel([groepering, *korte[1:]], regels) + staart)
    return "\n\n".join(uit)


def _getal(waarde, teken=False) -> str:
    tekst = f"{waarde:+,.1f}" if teken else f"{waarde:,.1f}"
    return tekst.removesuffix(".0")


def herberekend(telling, hervormingen) -> str:
    """Per reform, the variables it recomputed in a chunk (the most over the chunks)."""
    regels = ["Variables recomputed per reform (the rest taken from current law, per chunk):"]
    for i, naam in enumerate(hervormingen, 1):
        opnieuw, alle = telling.herberekend.get(naam, (0, 0))
        regels.append(f"R{i}: {opnieuw} of the {alle} variables current law computed or read")
    return "\n".join(regels)


def bevolking_opdracht(argumenten) -> int:
    geheugen.voor_bevolking()
    systeem = CountryTaxBenefitSystem()
    hervormingen = list(argumenten.reform) or list(beschikbare_hervormingen())
    if argumenten.parameters:
        hervormingen.append(argumenten.parameters)
    bron, (werkgevers, lang) = bevolkingsbron(argumenten, systeem)
    per = [k for k in (argumenten.per or "").split(",") if k]
    begin = time.perf_counter()
    telling = _draai(argumenten, systeem, bron, hervormingen, per, werkgevers, lang)
    duur = time.perf_counter() - begin
    print(
        f"{bron.naam}, judged on {argumenten.datum}: current law and {len(hervormingen)} "
        f"reform(s), {duur:.1f} s\n"
    )
    _toon(argumenten, telling, per)
    return 0


def _draai(argumenten, systeem, bron, hervormingen, per, werkgevers, lang):
    """The run, in this process and its pool, or on Dask (`--dask`)."""
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import draai

    opties = dict(
        datum=argumenten.datum,
        per=per,
        uitvoer=argumenten.uitvoer,
        werkgevers=werkgevers,
        lang=lang,
        blokgrootte=argumenten.blokgrootte,
        gewicht=argumenten.gewicht,
        variabelen=argumenten.variabelen,
        grafiek=not argumenten.geen_grafiek,
        groeperingen=argumenten.groepen or (),
    )
    if argumenten.dask:
        from openfisca_arbeidsmigratie.tools.bevolking.cluster import draai_met_dask

        return draai_met_dask(
            argumenten.dask, systeem, bron, hervormingen, werkers=werkers(argumenten), **opties
        )
    return draai(systeem, bron, hervormingen, processen=werkers(argumenten), **opties)


BESCHRIJVING = {
    "personen.parquet": "per person",
    "aggregaat.csv": "counts and shares",
    "verschil.csv": "who moves from which route to which",
    "routes.png": "chart",
    "groepen.csv": "admitted by group",
}


def _toon(argumenten, telling, per) -> None:
    """The summary: routes per system, the systems, assumptions, currency, weights, groups."""
    kolommen, rijen = telling.naast_elkaar()
    korte = ["route", HUIDIG_RECHT, *[f"R{i}" for i in range(1, len(kolommen) - 1)]]
    print(tekst_tabel(korte, rijen))
    print()
    print("\n".join(f"R{i}: {met_status(naam)}" for i, naam in enumerate(kolommen[2:], 1)))
    for regel in statusuitleg(kolommen[2:]):
        print(regel)
    ontbrekend = ontbrekend_regels(telling.ontbrekend, telling.aantal)
    if ontbrekend:
        print("\nNot in the table, default used (assumptions):\n" + "\n".join(ontbrekend))
    verder = als_regels(samengevoegd(telling.actualiteit))
    if verder:
        print("\n" + "\n".join(verder))
    if argumenten.gewicht:
        print(
            f"\nWeighted by '{argumenten.gewicht}': {telling.totaalgewicht:,.1f} in total over "
            f"{telling.aantal:,} persons; [n=...] is the unweighted number of persons"
        )
    if per:
        print(f"\nBy {', '.join(per)}: see aggregaat.csv")
    if telling.groeperingen:
        gewogen = " (weighted)" if telling.gewogen else ""
        print(
            f"\nAdmitted labour migrants by group{gewogen}; in brackets the difference to "
            "current law:"
        )
        print(groepsregels(telling, korte))
    if argumenten.verbose:
        print("\n" + herberekend(telling, kolommen[2:]))
    print(
        "\nWritten: "
        + ", ".join(f"{pad} ({BESCHRIJVING.get(pad.name, 'output')})" for pad in telling.bestanden)
    )
