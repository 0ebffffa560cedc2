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
    systemen_van,
)
from openfisca_arbeidsmigratie.tools.bevolking.geschiedenis import LangeGeschiedenis
from openfisca_arbeidsmigratie.tools.bevolking.pool import Procespool
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import Telling
from openfisca_arbeidsmigratie.tools.bevolking.schrijven import Uitvoermap
from openfisca_arbeidsmigratie.tools.kern.aannames import ontbrekend_per_systeem
from openfisca_arbeidsmigratie.tools.kern.actualiteit import per_systeem
from openfisca_arbeidsmigratie.tools.kern.register import systemen as register_systemen

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
        return lezen.ids_op(self.blokken(BLOKGROOTTE), rijen)


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
    return register_systemen(systeem, hervormingen)


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

    The population loop (`doorgang.doorloop`) with the checks only, so that `valideer` and a run
    give the same messages for the same tables. `gewicht`: a column of weights (a finite number
    >= 0 per person). The problems of the employers and history tables are given under those
    tables' names. Each clean chunk is also read as the run reads it (`modelinvoer`), so that a
    table this accepts is one the run can take. Returns the long history, or with `tel` the
    number of rows checked.
    """
    opdracht = Opdracht(
        "",
        per=tuple(per),
        gewicht=gewicht,
        per_persoon=False,
        werkgevers=werkgevers,
        lang=lang,
        alleen_controleren=True,
        proef_inlezen=True,
    )
    rijen = [0]

    def tel_rijen(deel, _schoon):
        rijen[0] += deel.aantal

    doorloop(systeem, opdracht, bron, blokgrootte, bij_deel=tel_rijen)
    if tel:
        return rijen[0]
    return (
        LangeGeschiedenis(systeem, lang, lezen.bestandsnaam(lang, "history table"))
        if lang is not None
        else None
    )


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
    groeperingen=(),
) -> Telling:
    """Validate and compute each chunk in one read; write the outputs only if all were clean.

    The outputs are written whole or not at all (see `schrijven.Uitvoermap`); the folder is
    locked and checked for writing before anything is computed. `processen` > 1 spreads the
    chunks over a process pool (`tools.bevolking.pool`). `groeperingen`: admissions per group
    (`groeperingen.GROEPERINGEN`), written as `groepen.csv`.
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
        groeperingen=tuple(groeperingen),
    )
    uitvoermap = (
        Uitvoermap(uitvoer, uitvoerbestanden(groeperingen)) if uitvoer is not None else None
    )
    with uitvoermap or contextlib.nullcontext() as map_:
        systemen = systemen_van(systeem, opdracht)
        telling = _doorloop_met_uitvoer(
            systeem, opdracht, bron, blokgrootte, processen, map_, systemen
        )
        vul_aan(telling, systemen, tabelkolommen(bron, werkgevers, lang), datum)
        if map_ is not None:
            schrijf_samenvatting(telling, map_, grafiek)
    telling.bestanden = uitvoermap.bestanden if uitvoermap is not None else []
    return telling


def uitvoerbestanden(groeperingen) -> tuple:
    return (*UITVOER, "groepen.csv") if groeperingen else UITVOER


def _doorloop_met_uitvoer(systeem, opdracht, bron, blokgrootte, processen, map_, systemen=None):
    """The loop over a process pool, per-person results written as the clean chunks come, with
    a progress bar on a terminal; the results file kept only when the whole run was clean."""
    schrijver = Deelschrijver(map_ / "personen.parquet") if opdracht.per_persoon else None
    balk = voortgang(bron.aantal())

    def bij_deel(deel, schoon):
        if schoon and deel.tabel is not None and schrijver is not None:
            schrijver.schrijf(deel.tabel)
        if balk is not None:
            balk.update(deel.aantal)

    try:
        uitvoerder = Procespool(processen)
        telling = doorloop(systeem, opdracht, bron, blokgrootte, uitvoerder, bij_deel, systemen)
    except BaseException:
        if schrijver is not None:
            schrijver.weggooien()
        raise
    finally:
        if balk is not None:
            balk.close()
    if schrijver is not None:
        schrijver.vastleggen()
    return telling


def vul_aan(telling: Telling, systemen: dict, kolommen: set, datum: str) -> None:
    """What the summary says beside the counts: how current each system's parameters are, and
    the inputs each system's decision read that the tables lack."""
    telling.actualiteit = per_systeem(systemen, datum)
    telling.ontbrekend = ontbrekend_per_systeem(systemen, kolommen, datum)


def schrijf_samenvatting(telling: Telling, map_: Path, met_grafiek: bool = True):
    map_.mkdir(parents=True, exist_ok=True)
    pacsv.write_csv(telling.routetabel(), map_ / "aggregaat.csv")
    pacsv.write_csv(telling.overgangstabel(), map_ / "verschil.csv")
    if telling.groeperingen:
        pacsv.write_csv(telling.groepstabel(), map_ / "groepen.csv")
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
