"""A population run: per chunk validation and one simulation per system, then the outputs."""

import contextlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import (
    Deelschrijver,
    Opdracht,
    doorloop,
    gewichtkolom,
    kolomlijst,
    systemen_van,
)
from openfisca_arbeidsmigratie.tools.bevolking.geschiedenis import LangeGeschiedenis
from openfisca_arbeidsmigratie.tools.bevolking.identiteiten import Identiteiten
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES, modelinvoer
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
    meld_dubbel,
)
from openfisca_arbeidsmigratie.tools.kern.aannames import ontbrekend_per_systeem
from openfisca_arbeidsmigratie.tools.kern.actualiteit import per_systeem
from openfisca_arbeidsmigratie.tools.kern.register import pas_toe

BLOKGROOTTE = 100_000
MAANDKOLOM = re.compile(r"_\d{4}_\d{2}$")
UITVOER = ("personen.parquet", "aggregaat.csv", "verschil.csv", "routes.png")


@dataclass
class Bron:
    """Where the persons come from: a file, or a generated table already in memory."""

    naam: str
    pad: Path | None = None
    tabel: pa.Table | None = None
    scheiding: str | None = None

    def kolomnamen(self):
        if self.tabel is not None:
            return self.tabel.column_names
        return lezen.kolomnamen(self.pad, self.scheiding)

    def aantal(self):
        return self.tabel.num_rows if self.tabel is not None else lezen.aantal_rijen(self.pad)

    def blokken(self, blokgrootte):
        if self.tabel is not None:
            for begin in range(0, self.tabel.num_rows, blokgrootte):
                yield self.tabel.slice(begin, blokgrootte)
        else:
            yield from lezen.lees_blokken(self.pad, blokgrootte, self.scheiding)

    def ids_op(self, rijen: np.ndarray) -> list:
        """The identifiers, as text, of rows numbered from 1 (sorted), read again as the run
        read them."""
        return ids_op(self.blokken(BLOKGROOTTE), rijen)


def ids_op(blokken, rijen: np.ndarray) -> list:
    """The `persoon_id` values, as text, of the rows numbered from 1 (sorted) of a table given in
    chunks."""
    uit, eerste = [], 1
    for blok in blokken:
        binnen = rijen[(rijen >= eerste) & (rijen < eerste + blok.num_rows)] - eerste
        if len(binnen):
            kolom = blok.column(PERSOON_ID).cast(pa.string())
            uit.extend(kolom.take(pa.array(binnen)).to_pylist())
        eerste += blok.num_rows
    return uit


def tabelkolommen(bron: Bron, werkgevers: pa.Table | None, lang: pa.Table | None) -> set:
    """Every input the tables give: the persons', the employers' and the history's columns (a
    month column `verblijfsdoel_2026_01` gives `verblijfsdoel`)."""
    kolommen = set(bron.kolomnamen())
    for tabel in (werkgevers, lang):
        if tabel is not None:
            kolommen |= set(tabel.column_names)
    return kolommen | {MAANDKOLOM.sub("", k) for k in kolommen}


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
    gewicht: str | None = None,
):
    """Check everything before any computation; raise one ValidatieFout listing every problem.

    `gewicht`: a column of weights (a finite number >= 0 per person), checked as the run does.
    The problems of the employers and history tables are given under those tables' names.
    Each clean chunk is also read as the run reads it (`modelinvoer`), so that a table this
    accepts is one the run can take. Returns the long history, or with `tel` the number of rows
    checked.
    """
    verzamelaar = Verzamelaar()
    personen = persoonkolommen(systeem)
    werkgeverkol = werkgeverkolommen(systeem)
    historie = geschiedeniskolommen(systeem)
    namen = bron.kolomnamen()
    extra = (PERSOON_ID, WERKGEVER_ID, *([gewicht] if gewicht else []))
    controleer_kolomnamen(verzamelaar, namen, {**personen, **werkgeverkol}, extra=extra)
    if gewicht and gewicht not in namen:
        verzamelaar.los(f"--gewicht: column '{gewicht}' not among the columns: {kolomlijst(namen)}")
    kolommen_goed = not verzamelaar.problemen()
    onbekende_groepen = [g for g in per if g not in namen]
    if onbekende_groepen:
        verzamelaar.los(
            f"--per: {', '.join(onbekende_groepen)} not among the columns: {', '.join(namen)}"
        )
    werkgever_ids = None
    bij_werkgevers = Verzamelaar(
        None if werkgevers is None else lezen.bestandsnaam(werkgevers, "employers table")
    )
    if werkgevers is None and WERKGEVER_ID in namen:
        verzamelaar.los(
            f"column '{WERKGEVER_ID}' links each person to an employers table, but none was "
            f"given: give the employers table (--werkgevers FILE), or drop '{WERKGEVER_ID}' and "
            f"give the employer's columns ({', '.join(werkgeverkol)}) in the persons table"
        )
    if werkgevers is not None:
        controleer_kolomnamen(
            bij_werkgevers,
            werkgevers.column_names,
            werkgeverkol,
            verplicht=(WERKGEVER_ID,),
            extra=(WERKGEVER_ID,),
            geschiedenis=False,
        )
        if WERKGEVER_ID in werkgevers.column_names:
            werkgever_gezien = []
            controleer_ids(
                bij_werkgevers, WERKGEVER_ID, werkgevers.column(WERKGEVER_ID), 1, werkgever_gezien
            )
            controleer_dubbel(bij_werkgevers, WERKGEVER_ID, werkgever_gezien)
            werkgever_ids = werkgevers.column(WERKGEVER_ID).combine_chunks().cast(pa.string())
        for naam in werkgevers.column_names:
            if naam in werkgeverkol:
                controleer_kolom(
                    bij_werkgevers,
                    werkgeverkol[naam],
                    werkgevers.column(naam),
                    1,
                    tekst=lezen.is_tekst(werkgevers),
                )
        if WERKGEVER_ID not in namen:
            verzamelaar.los(
                f"an employers table needs a '{WERKGEVER_ID}' column in the persons table"
            )
    ids = []
    eerste_rij = 1
    naam = lezen.bestandsnaam(lang, "history table") if lang is not None else None
    lange = LangeGeschiedenis(systeem, lang, naam) if lang is not None else None
    if kolommen_goed:
        with Identiteiten() as identiteiten:
            for blok in bron.blokken(blokgrootte):
                blok_ids = []
                controleer_blok(
                    verzamelaar,
                    blok,
                    eerste_rij,
                    {**personen, **werkgeverkol},
                    historie,
                    blok_ids,
                    werkgever_ids,
                )
                if gewicht:
                    kolom = blok.column(gewicht)
                    tekst = lezen.is_tekst(blok)
                    controleer_kolom(
                        verzamelaar, gewichtkolom(gewicht), kolom, eerste_rij, tekst=tekst
                    )
                if lange is not None and not lange.problemen():
                    lange.ook_breed(verzamelaar, blok, eerste_rij)
                if not verzamelaar.problemen():
                    modelinvoer(systeem, blok)
                for kolom in blok_ids:
                    identiteiten.voeg_toe(kolom, eerste_rij)
                if lang is not None:
                    ids.extend(blok_ids)
                eerste_rij += blok.num_rows
            meld_dubbel(verzamelaar, PERSOON_ID, identiteiten, bron.ids_op)
        if eerste_rij == 1:
            verzamelaar.los("the table has no rows: nothing to compute")
    if lang is not None:
        alle_ids = set(pa.concat_arrays(ids).to_pylist()) if ids else set()
        lange = LangeGeschiedenis(systeem, lang, naam, alle_ids if kolommen_goed else None)
    problemen = [
        *verzamelaar.problemen(),
        *bij_werkgevers.problemen(),
        *(lange.problemen() if lange is not None else []),
    ]
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
    gewicht: str | None = None,
    variabelen=None,
    processen: int = 1,
    grafiek: bool = True,
) -> Telling:
    """Validate and compute each chunk in one read; write the outputs only if all were clean.

    The outputs are written whole or not at all (see `schrijven.Uitvoermap`); the folder is
    locked and checked for writing before anything is computed. `processen` > 1 spreads the
    chunks over a process pool (`tools.bevolking.pool`).
    """
    opdracht = Opdracht(
        datum,
        tuple(hervormingen),
        tuple(per),
        gewicht,
        tuple(variabelen) if variabelen else None,
        per_persoon and uitvoer is not None,
        werkgevers=werkgevers,
        lang=lang,
    )
    uitvoermap = Uitvoermap(uitvoer, UITVOER) if uitvoer is not None else None
    with uitvoermap or contextlib.nullcontext() as map_:
        schrijver = Deelschrijver(map_ / "personen.parquet") if opdracht.per_persoon else None
        balk = voortgang(bron.aantal())

        def bij_deel(deel, schoon):
            if schoon and deel.tabel is not None and schrijver is not None:
                schrijver.schrijf(deel.tabel)
            if balk is not None:
                balk.update(deel.aantal)

        try:
            systemen = systemen_van(systeem, opdracht)
            telling = doorloop(systeem, opdracht, bron, blokgrootte, processen, bij_deel, systemen)
        except BaseException:
            if schrijver is not None:
                schrijver.weggooien()
            raise
        finally:
            if balk is not None:
                balk.close()
        if schrijver is not None:
            schrijver.vastleggen()
        telling.actualiteit = per_systeem(systemen, datum)
        telling.ontbrekend = ontbrekend_per_systeem(
            systemen, tabelkolommen(bron, werkgevers, lang), datum
        )
        if map_ is not None:
            schrijf_samenvatting(telling, map_, grafiek)
    telling.bestanden = uitvoermap.bestanden if uitvoermap is not None else []
    return telling


def schrijf_samenvatting(telling: Telling, map_: Path, met_grafiek: bool = True):
    map_.mkdir(parents=True, exist_ok=True)
    pacsv.write_csv(telling.routetabel(), map_ / "aggregaat.csv")
    pacsv.write_csv(telling.overgangstabel(), map_ / "verschil.csv")
    if met_grafiek:
        grafiek(telling, map_ / "routes.png")


def grafiek(telling: Telling, pad: Path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    per_systeem = {s: telling.toegelaten_per_route(s) for s in telling.systemen}
    routes = [r for r in ROUTES if any(per_systeem[s][r] for s in telling.systemen)]
    breedte = 0.8 / max(len(telling.systemen), 1)
    figuur, as_ = plt.subplots(figsize=(13, 5.5))
    for i, systeem in enumerate(telling.systemen):
        per_route = per_systeem[systeem]
        posities = np.arange(len(routes)) + i * breedte
        as_.bar(posities, [per_route[r] for r in routes], breedte, label=systeem)
    as_.set_xticks(np.arange(len(routes)) + breedte * (len(telling.systemen) - 1) / 2, routes)
    if telling.gewogen:
        as_.set_ylabel("persons admitted (weighted)")
        as_.set_title(
            f"Admissions per route (toelatingsroute), weighted: {telling.totaalgewicht:,.0f} "
            f"({telling.aantal:,} persons in the table)"
        )
    else:
        as_.set_ylabel("persons admitted")
        as_.set_title(f"Admissions per route (toelatingsroute), {telling.aantal:,} persons")
    as_.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    figuur.tight_layout()
    figuur.savefig(pad, dpi=110)
    plt.close(figuur)
