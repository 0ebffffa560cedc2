"""A population run: per chunk validation and one simulation per system, then the outputs."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Deelschrijver, Opdracht, doorloop
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import HUIDIG, Telling
from openfisca_arbeidsmigratie.tools.register import pas_toe

BLOKGROOTTE = 100_000


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

    `processen` > 1 spreads the chunks over a process pool (`tools.bevolking.pool`).
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
    schrijver = Deelschrijver(Path(uitvoer) / "personen.parquet") if opdracht.per_persoon else None
    balk = voortgang(bron.aantal())

    def bij_deel(deel, schoon):
        if schoon and deel.tabel is not None and schrijver is not None:
            schrijver.schrijf(deel.tabel)
        if balk is not None:
            balk.update(deel.aantal)

    try:
        telling = doorloop(systeem, opdracht, bron, blokgrootte, processen, bij_deel)
    except BaseException:
        if schrijver is not None:
            schrijver.weggooien()
        raise
    finally:
        if balk is not None:
            balk.close()
    if schrijver is not None:
        schrijver.vastleggen()
    if uitvoer is not None:
        schrijf_samenvatting(telling, Path(uitvoer), grafiek)
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

    from openfisca_arbeidsmigratie.tools.bevolking.rekenen import TOEGELATEN

    routes = [r for r in TOEGELATEN if any(telling.per_route(s)[r] for s in telling.systemen)]
    breedte = 0.8 / max(len(telling.systemen), 1)
    figuur, as_ = plt.subplots(figsize=(13, 5.5))
    for i, systeem in enumerate(telling.systemen):
        per_route = telling.per_route(systeem)
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
