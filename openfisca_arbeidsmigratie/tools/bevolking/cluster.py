"""Populations on a Dask cluster, for what outgrows one machine (`--dask ADDRESS`).

The input is Parquet on storage that the client and every worker can read: a file or a
directory of files, one partition per row group. Each worker reads its partitions, validates and
computes them in chunks, and writes its per-person results as part files under a temporary prefix
beside the output; only the counts, problems and identifiers come back. The prefix becomes
`personen.parquet/` only when every partition was clean; otherwise it is removed and nothing is
written. The run (`Opdracht`, with the employers table) is broadcast once to every worker, and each
worker builds the systems itself from the reform names (a built system cannot be pickled).

The nanny that starts each worker process sets `MALLOC_TRIM_THRESHOLD_=65536`: glibc then hands
memory back to the system after every large free, and the simulations, which allocate and free
large arrays all the time, spend several times longer in the kernel (`make bench` measures it). A
LocalCluster here starts its workers without that setting; see docs/analyst.md for a real cluster.
Where the system can fork, a LocalCluster's workers are copies of this process made after current
law was built and the compiled walks loaded, as the process pool's are: they do not start Python,
import the package and build the systems again, which on two cores cost a third of a 1,000,000
person run.
"""

import contextlib
import gc
import multiprocessing
import os
import shutil
import sys
import uuid
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from openfisca_arbeidsmigratie.model.versnelling import opwarmen
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import (
    Opdracht,
    Rekenaar,
    Uitvoerder,
    doorloop,
    systemen_van,
    vervang,
)
from openfisca_arbeidsmigratie.tools.bevolking.lezen import ids_op
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import Telling
from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID

LOKAAL = "lokaal"
TRIMVARIABELE = "MALLOC_TRIM_THRESHOLD_"
TRIM = f"distributed.nanny.pre-spawn-environ.{TRIMVARIABELE}"
METHODE = "distributed.worker.multiprocessing-method"


class ClusterFout(ValueError):
    """Dask missing, a scheduler that cannot be reached, or input a cluster cannot partition."""


@contextmanager
def verbinding(adres: str, werkers: int, systeem=None):
    """A client for a scheduler address, or for a LocalCluster of `werkers` processes.

    A LocalCluster's workers start without the nanny's MALLOC_TRIM_THRESHOLD_, and (where the
    system can fork) as copies of this process with `systeem`, current law as this process built
    it (`voor_lokale_werkers`); other workers build current law themselves. On a cluster whose
    workers run with the threshold, a warning says so (stderr).
    """
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterFout(
            "--dask needs Dask: pip install 'openfisca-arbeidsmigratie[dask]'"
        ) from None
    if adres == LOKAAL:
        with (
            voor_lokale_werkers(systeem),
            dask.config.set({TRIM: None, METHODE: _startmethode()}),
        ):
            cluster = LocalCluster(
                n_workers=werkers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(adres, timeout="20s")
    except (OSError, TimeoutError, ValueError) as fout:
        raise ClusterFout(f"--dask {adres}: cannot reach the scheduler: {fout}") from None
    with client:
        waarschuw_voor_trim(client.run(_trimdrempel))
        yield client


def _startmethode() -> str:
    """`fork` where the system has it: a LocalCluster's workers then start as copies of this
    process, with the package imported, current law built and the compiled walks loaded
    (`voor_lokale_werkers`), as the process pool's workers do; otherwise Dask's `spawn`."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@contextmanager
def voor_lokale_werkers(systeem):
    """Make ready what a LocalCluster's forked workers inherit: current law, the compiled walks,
    and every object alive frozen out of the garbage collector's passes (see `lokale_delen`), so
    that a worker's first collection does not touch, and copy, the whole inherited heap."""
    opwarmen()
    werkerstaat["systeem"] = systeem
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        werkerstaat["systeem"] = None


def _trimdrempel():
    return os.environ.get(TRIMVARIABELE)


def waarschuw_voor_trim(per_werker: dict):
    """Name the workers that run with a MALLOC_TRIM_THRESHOLD_ (see the module documentation)."""
    gezet = {werker: waarde for werker, waarde in per_werker.items() if waarde is not None}
    if gezet:
        waarden = ", ".join(sorted(set(gezet.values())))
        sys.stderr.write(
            f"warning: {len(gezet)} of {len(per_werker)} Dask workers run with "
            f"{TRIMVARIABELE}={waarden}, which makes population runs about 1.4 x slower; start "
            "them with the Dask configuration in docs/analyst.md ('On a Dask cluster')\n"
        )


def partities(pad) -> tuple[list[tuple[str, int]], list[str]]:
    """[(file, row group)] in input order and the column names, from the Parquet footers."""
    pad = Path(pad)
    if pad.is_dir():
        bestanden = sorted(p for p in pad.iterdir() if p.suffix.lower() == ".parquet")
        if not bestanden:
            raise ClusterFout(f"{pad}: no .parquet files in this directory")
    elif pad.is_file() and pad.suffix.lower() == ".parquet":
        bestanden = [pad]
    elif pad.is_file():
        raise ClusterFout(
            f"{pad}: --dask reads Parquet (a file, or a directory of files); write the table as "
            "Parquet with row groups of about --blokgrootte rows"
        )
    else:
        raise ClusterFout(f"file not found: {pad}")
    uit, namen = [], None
    for bestand in bestanden:
        meta = pq.ParquetFile(bestand)
        eigen = meta.schema_arrow.names
        if namen is not None and eigen != namen:
            raise ClusterFout(f"{bestand}: other columns than {bestanden[0]}")
        namen = eigen
        uit.extend((str(bestand), groep) for groep in range(meta.metadata.num_row_groups))
    return uit, namen


werkerstaat = {"systeem": None, "sleutel": None, "rekenaar": None}


def _rekenaar(sleutel: str, opdracht: Opdracht) -> Rekenaar:
    """The worker's systems for this run: built once per worker process and run."""
    if werkerstaat["sleutel"] != sleutel:
        if werkerstaat["sleutel"] is not None:
            # The previous run's systems are frozen: let this collection find them.
            gc.unfreeze()
        werkerstaat["rekenaar"] = None
        if werkerstaat["systeem"] is None:
            from openfisca_arbeidsmigratie import CountryTaxBenefitSystem

            werkerstaat["systeem"] = CountryTaxBenefitSystem()
        werkerstaat["rekenaar"] = Rekenaar(opdracht, werkerstaat["systeem"])
        werkerstaat["sleutel"] = sleutel
        # The systems are frozen out of the collector's passes (see `lokale_delen`).
        gc.collect()
        gc.freeze()
    return werkerstaat["rekenaar"]


def _partitie(sleutel, opdracht, bron, eerste_rij, blokgrootte, prefix, index):
    """On a worker: read, validate and compute one partition; write its part file if clean."""
    rekenaar = _rekenaar(sleutel, opdracht)
    if isinstance(bron, pa.Table):
        tabel = bron
    else:
        bestand, groep = bron
        tabel = pq.ParquetFile(bestand).read_row_group(groep)
    delen, tabellen = [], []
    for begin in range(0, tabel.num_rows, blokgrootte):
        deel = rekenaar.blok(tabel.slice(begin, blokgrootte), eerste_rij + begin)
        if deel.tabel is not None:
            tabellen.append(deel.tabel)
            deel.tabel = None
        delen.append(deel)
    schoon = not any(d.verzamelaar.problemen() for d in delen)
    if prefix is not None and schoon and tabellen:
        pq.write_table(pa.concat_tables(tabellen), Path(prefix) / f"deel-{index:06d}.parquet")
    return delen


def _ids_uit_partities(bronnen, rijen):
    """The identifiers of the given rows, read again from the partitions in input order."""
    return ids_op(
        (pq.ParquetFile(b).read_row_group(g, columns=[PERSOON_ID]) for b, g in bronnen), rijen
    )


class Daskuitvoerder(Uitvoerder):
    """An executor for `doorgang.doorloop`: one task per partition on a Dask cluster.

    With `uitvoer`, each worker writes its partition's per-person results under a temporary
    prefix beside `uitvoer/personen.parquet`: `vastleggen` makes it that directory when the whole
    run was clean, `weggooien` removes it otherwise.
    """

    def __init__(self, client, uitvoer=None):
        self.client = client
        self.uitvoer = uitvoer
        self.prefix = None
        self.doel = None

    def _partities(self, bron):
        if bron.tabel is not None:
            return None, bron.tabel.column_names
        return partities(bron.pad)

    def kolomnamen(self, bron) -> list[str]:
        return self._partities(bron)[1]

    def lees_ids(self, bron):
        if bron.tabel is not None:
            return bron.ids_op
        return partial(_ids_uit_partities, self._partities(bron)[0])

    def _stukken(self, bron, blokgrootte: int):
        """(the partitions as the workers read them, the first row of each)."""
        if bron.tabel is not None:
            stukken = [
                bron.tabel.slice(begin, blokgrootte)
                for begin in range(0, bron.tabel.num_rows, blokgrootte)
            ]
            bronnen, rijen = self.client.scatter(stukken), [s.num_rows for s in stukken]
        else:
            bronnen, _ = partities(bron.pad)
            rijen = [pq.ParquetFile(b).metadata.row_group(g).num_rows for b, g in bronnen]
        eerste = [1]
        for aantal in rijen[:-1]:
            eerste.append(eerste[-1] + aantal)
        return bronnen, eerste

    def _opdracht(self, opdracht: Opdracht) -> Opdracht:
        """The run as the workers get it: per-person results only when they are written."""
        if self.uitvoer and opdracht.per_persoon:
            self.doel = Path(self.uitvoer) / "personen.parquet"
            self.prefix = self.doel.with_name(f".{self.doel.name}.{uuid.uuid4().hex}.tmp")
            self.prefix.mkdir(parents=True)
            return opdracht
        return replace(opdracht, per_persoon=False)

    def delen(self, systeem, opdracht: Opdracht, bron, blokgrootte: int, systemen=None):
        systemen_van(systeem, opdracht)
        bronnen, eerste = self._stukken(bron, blokgrootte)
        [gedeeld] = self.client.scatter([self._opdracht(opdracht)], broadcast=True)
        sleutel, prefix = uuid.uuid4().hex, str(self.prefix) if self.prefix else None
        taken = [
            self.client.submit(
                _partitie, sleutel, gedeeld, stuk, begin, blokgrootte, prefix, index, pure=False
            )
            for index, (stuk, begin) in enumerate(zip(bronnen, eerste, strict=True))
        ]
        try:
            for taak in taken:
                yield from taak.result()
                taak.release()
        except BaseException as fout:
            if _werkers_verloren(fout):
                raise ClusterFout(
                    f"the Dask cluster lost its workers before the run was done "
                    f"({type(fout).__name__}); nothing was written and earlier results are as "
                    "they were: check the workers' memory and logs, and run again"
                ) from None
            raise

    def vastleggen(self):
        if self.prefix is not None:
            vervang(self.prefix, self.doel)

    def weggooien(self):
        if self.prefix is not None:
            shutil.rmtree(self.prefix, ignore_errors=True)


def draai_op_cluster(
    client, systeem, opdracht: Opdracht, bron, blokgrootte: int, uitvoer=None
) -> Telling:
    """A population run over the cluster; per-person results committed only if all was clean."""
    uitvoerder = Daskuitvoerder(client, uitvoer)
    try:
        telling = doorloop(systeem, opdracht, bron, blokgrootte, uitvoerder)
    except BaseException:
        uitvoerder.weggooien()
        raise
    uitvoerder.vastleggen()
    return telling


def _werkers_verloren(fout: BaseException) -> bool:
    """Whether a task failed because its workers died (every worker gone, or a task that killed
    every worker it ran on), not because of the computation."""
    from concurrent.futures import CancelledError

    from distributed import KilledWorker
    from distributed.comm.core import CommClosedError

    return isinstance(fout, CancelledError | KilledWorker | CommClosedError)


def cluster_teller(client, systeem, opdracht: Opdracht, bron, blokgrootte: int):
    """(admissions under one parameter value, counted on the cluster; number of persons)."""
    from openfisca_arbeidsmigratie.tools.bevolking.drempel import teller

    tel = teller(systeem, opdracht, bron, blokgrootte, Daskuitvoerder(client))
    if bron.tabel is not None:
        return tel, bron.tabel.num_rows
    stukken, _ = partities(bron.pad)
    return tel, sum(pq.ParquetFile(b).metadata.row_group(g).num_rows for b, g in stukken)


def draai_met_dask(
    adres: str,
    systeem,
    bron,
    hervormingen=(),
    datum="2026-06-15",
    per=(),
    uitvoer=None,
    werkgevers=None,
    lang=None,
    blokgrootte=100_000,
    per_persoon=True,
    gewicht=None,
    variabelen=None,
    grafiek=True,
    werkers=None,
    groeperingen=(),
) -> Telling:
    """`draai` on a Dask cluster (`adres`, or `lokaal` with `werkers` processes)."""
    from openfisca_arbeidsmigratie.tools.bevolking.pool import beschikbare_kernen
    from openfisca_arbeidsmigratie.tools.bevolking.schrijven import Uitvoermap
    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import (
        schrijf_samenvatting,
        systemen_voor,
        tabelkolommen,
        uitvoerbestanden,
        vul_aan,
    )

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
    if bron.pad is not None:
        partities(bron.pad)
    bestanden = uitvoerbestanden(groeperingen)
    uitvoermap = Uitvoermap(uitvoer, bestanden) if uitvoer is not None else None
    with uitvoermap or contextlib.nullcontext() as map_:
        with verbinding(adres, werkers or beschikbare_kernen(), systeem) as client:
            telling = draai_op_cluster(client, systeem, opdracht, bron, blokgrootte, map_)
        kolommen = tabelkolommen(bron, werkgevers, lang)
        vul_aan(telling, systemen_voor(systeem, hervormingen), kolommen, datum)
        if map_ is not None:
            schrijf_samenvatting(telling, map_, grafiek)
    telling.bestanden = uitvoermap.bestanden if uitvoermap is not None else []
    return telling
