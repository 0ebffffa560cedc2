"""Population benchmark: `make bench`. Prints four figures and writes them into the README.

1. Wall time of `arbeidsmigratie bevolking` on a generated Parquet file (current law and every
   bundled reform, every decision including the five-year rules); generation excluded.
2. Peak resident memory of that run.
3. OpenFisca against a plain-numpy implementation of the knowledge-migrant decision written here,
   on the same arrays (results asserted equal).
4. The vectorised run against one simulation per person, as a Web API caller would make them
   (measured on 1,000 persons under current law, extrapolated to every person and system).
"""

import argparse
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
from openfisca_core import periods
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bedragen import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from openfisca_arbeidsmigratie.model.enums import KennismigrantFunctie
from openfisca_arbeidsmigratie.model.landen import Land
from openfisca_arbeidsmigratie.model.motor import lege_simulatie
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.lezen import naar_model
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import RESULTATEN
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    maandkolom,
    persoonkolommen,
    werkgeverkolommen,
)
from openfisca_arbeidsmigratie.tools.register import beschikbare_hervormingen

DATUM = "2026-06-15"
README = Path(__file__).resolve().parent.parent / "README.md"
KM_INVOER = [
    "nationaliteit",
    "leeftijd",
    "bruto_maandloon",
    "arbeidsuren_per_week",
    "kennismigrant_functie",
    "kennismigrant_verlaagd_criterium",
]


def machine() -> str:
    model = next(
        (
            r.split(":", 1)[1].strip()
            for r in Path("/proc/cpuinfo").read_text().splitlines()
            if r.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    geheugen = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores ({model}), {geheugen:.0f} GiB, Python "
        f"{platform.python_version()}, numpy {np.__version__}"
    )


def volledige_run(bestand, werkgevers, map_) -> tuple[float, float, str]:
    begin = time.perf_counter()
    uit = subprocess.run(
        [
            Path(sys.executable).parent / "arbeidsmigratie",
            "bevolking",
            "--invoer",
            bestand,
            "--werkgevers",
            werkgevers,
            "--datum",
            DATUM,
            "--uitvoer",
            map_,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    duur = time.perf_counter() - begin
    piek = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20
    return duur, piek, uit.stdout


def numpy_kennismigrant(p, kolommen) -> np.ndarray:
    """The knowledge-migrant decision in plain numpy, straight from the parameter values."""
    vrij = np.zeros(len(Land), dtype=bool)
    for naam in p.wav.vrij_verkeer:
        groep = p.wav.vrij_verkeer[naam]
        if "vrij_verkeer" in groep and groep.vrij_verkeer:
            vrij[[Land[c].index for c in groep.landen]] = True
    schaal = p.wav.minimumloon.jeugdloon_percentage
    drempels = np.array(schaal.thresholds)
    leeftijd = kolommen["leeftijd"]
    procent = np.array(schaal.amounts)[np.digitize(leeftijd, drempels) - 1]
    uurloon = np.round(p.wav.minimumloon.uurloon * procent, 2)
    wml = np.round(
        uurloon * kolommen["arbeidsuren_per_week"] * WEKEN_PER_JAAR / MAANDEN_PER_JAAR, 2
    )
    km = p.kennismigrant
    zonder = np.isin(
        np.asarray(kolommen["kennismigrant_functie"]),
        [KennismigrantFunctie[f].index for f in km.functies_zonder_salariscriterium],
    )
    norm = np.select(
        [zonder, kolommen["kennismigrant_verlaagd_criterium"], leeftijd < km.leeftijdsgrens],
        [wml, km.salariscriterium.verlaagd, km.salariscriterium.jonger_dan_dertig],
        default=km.salariscriterium.dertig_jaar_en_ouder,
    )
    loon = np.round(kolommen["bruto_maandloon"].astype(np.float64) * 100)
    voldoet = loon >= np.round(norm * 100)
    land = np.asarray(kolommen["nationaliteit"])
    zonder_referent = np.isin(
        land, [Land[c].index for c in km.erkend_referent.niet_vereist_nationaliteiten]
    )
    referent = zonder_referent | (
        kolommen["erkend_referent"]
        & (kolommen["boetes_afgelopen_vier_jaar"] < km.erkend_referent.weigering_aantal_boetes)
    )
    return ~vrij[land] & voldoet & referent


def vergelijk_numpy(systeem, bestand, werkgeverbestand) -> tuple[float, float]:
    personen = pq.read_table(bestand, columns=KM_INVOER + ["werkgever_id"])
    werkgevers = pq.read_table(werkgeverbestand)
    pk, wk = persoonkolommen(systeem), werkgeverkolommen(systeem)
    kolommen = {n: naar_model(pk[n], personen.column(n)) for n in KM_INVOER}
    import pyarrow.compute as pc

    plek = np.asarray(
        pc.index_in(
            personen.column("werkgever_id").cast("string"),
            value_set=werkgevers.column("werkgever_id").cast("string"),
        )
    )
    for naam in ("erkend_referent", "boetes_afgelopen_vier_jaar"):
        kolommen[naam] = naar_model(wk[naam], werkgevers.column(naam))[plek]

    begin = time.perf_counter()
    simulatie = lege_simulatie(systeem, personen.num_rows)
    dag = periods.period(DATUM)
    for naam, waarden in kolommen.items():
        simulatie.set_input(naam, dag, waarden)
    openfisca = np.asarray(simulatie.calculate("kennismigrant_toelaatbaar", DATUM))
    tijd_openfisca = time.perf_counter() - begin

    begin = time.perf_counter()
    eigen = numpy_kennismigrant(systeem.parameters(DATUM), kolommen)
    tijd_numpy = time.perf_counter() - begin
    assert np.array_equal(openfisca, eigen), "numpy and OpenFisca disagree"
    return tijd_openfisca, tijd_numpy


def per_persoon(systeem, bestand, werkgeverbestand, aantal=1_000) -> float:
    """Seconds per person when every person is a separate simulation (a Web API request)."""
    personen = pq.read_table(bestand).slice(0, aantal).to_pylist()
    werkgevers = {r.pop("werkgever_id"): r for r in pq.read_table(werkgeverbestand).to_pylist()}
    situaties = []
    for rij in personen:
        persoon, werkgever = {}, werkgevers[rij.pop("werkgever_id")]
        rij.pop("persoon_id")
        for naam, waarde in rij.items():
            maand = maandkolom(naam)
            if maand:
                persoon.setdefault(maand[0], {})[maand[1]] = waarde
            else:
                persoon[naam] = {DATUM: waarde}
        for naam in RESULTATEN:
            persoon[naam] = {DATUM: None}
        situaties.append(
            {
                "personen": {"p": persoon},
                "werkgevers": {
                    "w": {"werknemers": ["p"], **{k: {DATUM: v} for k, v in werkgever.items()}}
                },
            }
        )
    begin = time.perf_counter()
    for situatie in situaties:
        simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
        for naam in RESULTATEN:
            simulatie.calculate(naam, DATUM)
    return (time.perf_counter() - begin) / aantal


def schrijf_readme(tekst: str):
    inhoud = README.read_text(encoding="utf-8")
    nieuw = re.sub(
        r"(<!-- benchmark:begin -->\n).*?(<!-- benchmark:end -->)",
        lambda m: m.group(1) + tekst + "\n" + m.group(2),
        inhoud,
        flags=re.S,
    )
    README.write_text(nieuw, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aantal", type=int, default=1_000_000)
    parser.add_argument("--readme", action="store_true", help="write the results into README.md")
    argumenten = parser.parse_args()
    systeem = CountryTaxBenefitSystem()
    systemen = 1 + len(beschikbare_hervormingen())
    with tempfile.TemporaryDirectory() as map_:
        bestand = Path(map_) / "bevolking.parquet"
        werkgeverbestand = Path(map_) / "werkgevers.parquet"
        personen, werkgevers = genereer(systeem, argumenten.aantal, 2026, DATUM)
        pq.write_table(personen, bestand)
        pq.write_table(werkgevers, werkgeverbestand)
        del personen, werkgevers
        duur, piek, uitvoer = volledige_run(bestand, werkgeverbestand, Path(map_) / "uit")
        tijd_openfisca, tijd_numpy = vergelijk_numpy(systeem, bestand, werkgeverbestand)
        los = per_persoon(systeem, bestand, werkgeverbestand)
    los_totaal = los * argumenten.aantal * systemen
    regels = [
        f"Machine: {machine()}. Population: {argumenten.aantal:,} generated persons (seed 2026), "
        f"judged on {DATUM}, current law and {systemen - 1} reforms.",
        "",
        "| Figure | Result | Goal |",
        "|---|---|---|",
        f"| Total wall time (`arbeidsmigratie bevolking`, reading Parquet and writing every "
        f"output included, generation excluded) | {duur:.1f} s | at most 10 s |",
        f"| Peak resident memory | {piek:.2f} GB | at most 2 GB |",
        f"| Knowledge-migrant decision: OpenFisca {tijd_openfisca:.3f} s, plain numpy "
        f"{tijd_numpy:.3f} s (results equal) | {tijd_openfisca / tijd_numpy:.1f} x | at most 3 x |",
        f"| One simulation per person ({1000 * los:.1f} ms each, 1,000 measured, extrapolated to "
        f"{argumenten.aantal:,} persons x {systemen} systems: {los_totaal / 3600:.1f} h) | "
        f"{los_totaal / duur:,.0f} x faster | at least 1,000 x |",
    ]
    tekst = "\n".join(regels)
    print(uitvoer.splitlines()[0])
    print(tekst)
    if argumenten.readme:
        schrijf_readme(tekst)


if __name__ == "__main__":
    main()
