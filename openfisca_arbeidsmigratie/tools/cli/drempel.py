"""`arbeidsmigratie drempel`: admissions as a function of one parameter."""

import argparse
from contextlib import contextmanager

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.tools.bevolking.drempel import MAX_STAPPEN
from openfisca_arbeidsmigratie.tools.cli.opties import (
    bevolkingsbron,
    bevolkingsopties,
    eindig,
    percentage,
    positief,
    werkers,
)
from openfisca_arbeidsmigratie.tools.kern import geheugen
from openfisca_arbeidsmigratie.tools.kern.tabel import tekst_tabel


def registreer(sub) -> None:
    drempel = sub.add_parser(
        "drempel",
        help="admissions as a function of one parameter, and the value for a target",
        description=(
            "Vary one numeric parameter on the date and count the admitted labour migrants "
            "(`toegelaten_arbeidsmigrant`: the routes of the parameter toelating.toegelaten_routes "
            "on the date, e.g. kennismigrant, blauwe_kaart, vrijgesteld, "
            "associatierecht_turkije and twv). With --doel, find the value that changes "
            "admissions by that percentage (bisection)."
        ),
    )
    drempel.add_argument(
        "parameter",
        metavar="PARAMETER",
        help="a parameter path, e.g. kennismigrant.salariscriterium.jonger_dan_dertig",
    )
    bevolkingsopties(drempel, 20_000)
    drempel.add_argument("--van", type=eindig, help="lowest value (default: half the current)")
    drempel.add_argument("--tot", type=eindig, help="highest value (default: 1.5 x current)")
    drempel.add_argument(
        "--stappen",
        type=stappen,
        default=11,
        help=f"values in the table (default 11, at most {MAX_STAPPEN:,})",
    )
    drempel.add_argument(
        "--doel", type=percentage, metavar="-20%", help="target change in admissions"
    )
    drempel.add_argument(
        "--uitvoer",
        metavar="DIR",
        default="uitvoer/drempel",
        help="where to write the table and the chart",
    )
    drempel.set_defaults(uitvoeren=drempel_opdracht)


def stappen(tekst: str) -> int:
    aantal = positief(tekst)
    if aantal > MAX_STAPPEN:
        raise argparse.ArgumentTypeError(
            f"at most {MAX_STAPPEN:,} values (each is a pass over the population), got {tekst}"
        )
    return aantal


def drempel_opdracht(argumenten) -> int:
    geheugen.voor_bevolking()
    from openfisca_arbeidsmigratie.tools.bevolking.schrijven import Uitvoermap

    uitvoermap = Uitvoermap(argumenten.uitvoer, ("drempel.csv", "drempel.png"))
    with uitvoermap as map_:
        systeem = CountryTaxBenefitSystem()
        bron, (werkgevers, lang) = bevolkingsbron(argumenten, systeem)
        if argumenten.dask:
            from openfisca_arbeidsmigratie.tools.bevolking.cluster import partities

            if bron.pad is not None:
                partities(bron.pad)
            with _cluster(argumenten, systeem) as client:
                _drempel(argumenten, systeem, bron, werkgevers, lang, client, map_)
        else:
            _drempel(argumenten, systeem, bron, werkgevers, lang, None, map_)
    print(f"\nWritten: {', '.join(map(str, uitvoermap.bestanden))}")
    return 0


@contextmanager
def _cluster(argumenten, systeem):
    from openfisca_arbeidsmigratie.tools.bevolking.cluster import verbinding

    with verbinding(argumenten.dask, werkers(argumenten), systeem) as client:
        yield client


def _drempel(argumenten, systeem, bron, werkgevers, lang, client, map_) -> None:
    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, voorbereid
    from openfisca_arbeidsmigratie.tools.bevolking.drempel import Drempel, lokale_teller

    opdracht = Opdracht(argumenten.datum, werkgevers=werkgevers, lang=lang, huidig_recht=False)
    if client is None:
        blokken = voorbereid(systeem, opdracht, bron, argumenten.blokgrootte)
        tel = lokale_teller(systeem, blokken, argumenten.datum)
        aantal = blokken.aantal
    else:
        from openfisca_arbeidsmigratie.tools.bevolking.cluster import cluster_teller

        tel, aantal = cluster_teller(client, systeem, opdracht, bron, argumenten.blokgrootte)
    drempel = Drempel(systeem, tel, argumenten.parameter, argumenten.datum, aantal)
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
    schrijf_drempel(punten, drempel, map_)
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
