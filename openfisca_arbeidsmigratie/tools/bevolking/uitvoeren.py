"""A population run: validate, then per chunk one simulation per system, then the outputs."""

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.geschiedenis import LangeGeschiedenis
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import (
    RESULTATEN,
    Werkgevers,
    als_tekst,
    bereken_blok,
    modelinvoer,
)
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import HUIDIG, Telling
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    WERKGEVER_ID,
    geschiedeniskolommen,
    persoonkolommen,
    werkgeverkolommen,
)
from openfisca_arbeidsmigratie.tools.bevolking.schrijven import Uitvoermap
from openfisca_arbeidsmigratie.tools.bevolking.validatie import (
    ValidatieFout,
    Verzamelaar,
    controleer_blok,
    controleer_dubbel,
    controleer_ids,
    controleer_kolom,
    controleer_kolomnamen,
)
from openfisca_arbeidsmigratie.tools.register import pas_toe

BLOKGROOTTE = 100_000
UITVOER = ("personen.parquet", "aggregaat.csv", "verschil.csv", "routes.png")


@dataclass
class Bron:
    """Where the persons come from: a file, or a generated table already in memory."""

    naam: str
    pad: Path | None = None
    tabel: pa.Table | None = None

    def kolomnamen(self):
        return self.tabel.column_names if self.tabel is not None else lezen.kolomnamen(self.pad)

    def aantal(self):
        return self.tabel.num_rows if self.tabel is not None else lezen.aantal_rijen(self.pad)

    def blokken(self, blokgrootte):
        if self.tabel is not None:
            for begin in range(0, self.tabel.num_rows, blokgrootte):
                yield self.tabel.slice(begin, blokgrootte)
        else:
            yield from lezen.lees_blokken(self.pad, blokgrootte)


def systemen_voor(systeem, hervormingen) -> dict:
    """{name: system}: current law first, then each reform specification."""
    uit = {HUIDIG: systeem}
    for naam in hervormingen:
        uit[naam] = pas_toe(systeem, naam)
    return uit


def valideer(
    systeem,
    bron: Bron,
    werkgevers: pa.Table | None,
    lang: pa.Table | None,
    per: list[str],
    blokgrootte: int,
    tel: bool = False,
):
    """Check everything before any computation; raise one ValidatieFout listing every problem.

    Returns the long history, or with `tel` the number of rows checked."""
    verzamelaar = Verzamelaar()
    personen = persoonkolommen(systeem)
    werkgeverkol = werkgeverkolommen(systeem)
    historie = geschiedeniskolommen(systeem)
    namen = bron.kolomnamen()
    controleer_kolomnamen(verzamelaar, namen, {**personen, **werkgeverkol})
    onbekende_groepen = [g for g in per if g not in namen]
    if onbekende_groepen:
        verzamelaar.los(
            f"--per: {', '.join(onbekende_groepen)} not among the columns: {', '.join(namen)}"
        )
    werkgever_ids = None
    if werkgevers is not None:
        controleer_kolomnamen(
            verzamelaar,
            werkgevers.column_names,
            werkgeverkol,
            verplicht=(WERKGEVER_ID,),
            extra=(WERKGEVER_ID,),
            geschiedenis=False,
        )
        if WERKGEVER_ID in werkgevers.column_names:
            werkgever_gezien = []
            controleer_ids(
                verzamelaar,
                f"employers: {WERKGEVER_ID}",
                werkgevers.column(WERKGEVER_ID),
                1,
                werkgever_gezien,
            )
            controleer_dubbel(verzamelaar, f"employers: {WERKGEVER_ID}", werkgever_gezien)
            werkgever_ids = werkgevers.column(WERKGEVER_ID).combine_chunks().cast(pa.string())
        for naam in werkgevers.column_names:
            if naam in werkgeverkol:
                controleer_kolom(
                    verzamelaar,
                    werkgeverkol[naam],
                    werkgevers.column(naam),
                    1,
                    f"employers: {naam}",
                    lezen.is_tekst(werkgevers),
                )
        if WERKGEVER_ID not in namen:
            verzamelaar.los(
                f"an employers table needs a '{WERKGEVER_ID}' column in the persons table"
            )
    ids = []
    eerste_rij = 1
    if not verzamelaar.problemen() or all(p.startswith("--per") for p in verzamelaar.problemen()):
        for blok in bron.blokken(blokgrootte):
            controleer_blok(
                verzamelaar,
                blok,
                eerste_rij,
                {**personen, **werkgeverkol},
                historie,
                ids,
                werkgever_ids,
            )
            eerste_rij += blok.num_rows
        controleer_dubbel(verzamelaar, PERSOON_ID, ids)
        if eerste_rij == 1:
            verzamelaar.los("the table has no rows: nothing to compute")
    lange = None
    if lang is not None:
        alle_ids = set(pa.concat_arrays(ids).to_pylist()) if ids else set()
        lange = LangeGeschiedenis(systeem, lang, "history", alle_ids)
        for probleem in lange.problemen():
            verzamelaar.los(probleem)
    problemen = verzamelaar.problemen()
    if problemen:
        raise ValidatieFout(bron.naam, problemen)
    return eerste_rij - 1 if tel else lange


def voortgang(totaal):
    """A progress bar on a terminal; nothing in CI logs or pipes."""
    stil = os.environ.get("CI") or not sys.stderr.isatty()
    if stil:
        return None
    from tqdm import tqdm

    return tqdm(total=totaal, unit="persons", desc="population", file=sys.stderr)


def draai(
    systeem,
    bron: Bron,
    hervormingen=(),
    datum="2026-06-15",
    per=(),
    uitvoer=None,
    werkgevers: pa.Table | None = None,
    lang: pa.Table | None = None,
    blokgrootte=BLOKGROOTTE,
    per_persoon=True,
) -> Telling:
    """Validate, compute every system per chunk, write the outputs; returns the counts.

    The outputs are written whole or not at all (see `schrijven.Uitvoermap`); the folder is
    locked and checked for writing before anything is computed.
    """
    per = list(per)
    uitvoermap = Uitvoermap(uitvoer, UITVOER) if uitvoer is not None else None
    with uitvoermap or contextlib.nullcontext() as map_:
        lange = valideer(systeem, bron, werkgevers, lang, per, blokgrootte)
        systemen = systemen_voor(systeem, hervormingen)
        telling = Telling(list(systemen), per)
        koppeling = Werkgevers(werkgevers, werkgeverkolommen(systeem)) if werkgevers else None
        schrijver = None
        balk = voortgang(bron.aantal())
        for blok in bron.blokken(blokgrootte):
            invoer = modelinvoer(systeem, blok, koppeling, lange)
            uitkomst = bereken_blok(systemen, invoer, datum)
            groepen = {naam: np.asarray(blok.column(naam).cast(pa.string())) for naam in per}
            telling.voeg_toe(uitkomst, groepen)
            if map_ is not None and per_persoon:
                tabel = resultaattabel(systeem, invoer.persoon_ids, uitkomst)
                if schrijver is None:
                    schrijver = pq.ParquetWriter(map_ / "personen.parquet", tabel.schema)
                schrijver.write_table(tabel)
            if balk is not None:
                balk.update(blok.num_rows)
        if balk is not None:
            balk.close()
        if schrijver is not None:
            schrijver.close()
        if map_ is not None:
            schrijf_samenvatting(telling, map_)
    telling.bestanden = uitvoermap.bestanden if uitvoermap is not None else []
    return telling


def resultaattabel(systeem, ids, uitkomst) -> pa.Table:
    """Per person: every result under current law, the route under each reform."""
    kolommen = {PERSOON_ID: ids}
    for naam_systeem, waarden in uitkomst.items():
        namen = RESULTATEN if naam_systeem == HUIDIG else ["toelatingsroute"]
        for naam in namen:
            kolommen[f"{naam}__{naam_systeem}"] = als_tekst(systeem, naam, waarden[naam])
    return pa.table(kolommen)


def schrijf_samenvatting(telling: Telling, map_: Path):
    map_.mkdir(parents=True, exist_ok=True)
    pacsv.write_csv(telling.routetabel(), map_ / "aggregaat.csv")
    pacsv.write_csv(telling.overgangstabel(), map_ / "verschil.csv")
    grafiek(telling, map_ / "routes.png")


def grafiek(telling: Telling, pad: Path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from openfisca_arbeidsmigratie.tools.bevolking.rekenen import TOEGELATEN

    routes = [r for r in TOEGELATEN if any(telling.per_route(s)[r] for s in telling.systemen)]
    breedte = 0.8 / max(len(telling.systemen), 1)
    figuur, as_ = plt.subplots(figsize=(13, 5.5))
    for i, systeem in enumerate(telling.systemen):
        per_route = telling.per_route(systeem)
        posities = np.arange(len(routes)) + i * breedte
        as_.bar(posities, [per_route[r] for r in routes], breedte, label=systeem)
    as_.set_xticks(np.arange(len(routes)) + breedte * (len(telling.systemen) - 1) / 2, routes)
    as_.set_ylabel("persons admitted")
    as_.set_title(f"Admissions per route (toelatingsroute), {telling.aantal:,} persons")
    as_.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    figuur.tight_layout()
    figuur.savefig(pad, dpi=110)
    plt.close(figuur)
