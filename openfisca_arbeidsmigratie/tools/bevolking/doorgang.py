"""One pass over a population: each chunk is validated and computed in the same read.

A run is an `Opdracht`: picklable (reform names and parameter values, never a built system), so
it reaches other processes and Dask workers. A `Rekenaar` is an `Opdracht` made ready in one
process: the systems built once, the employers indexed. Every chunk gives a `Deel` (its problems,
identifiers, counts and per-person results); `Samenvoeging` merges the parts in input order and
reports every problem at the end, so a caller commits its outputs only when the whole table was
clean.

`doorloop` is the one population loop: `bevolking`, `valideer` (the checks only), `drempel`,
`Populatie` and the werkbank's population panel run it. Where the chunks are computed is an
`Uitvoerder` handed to it: `InProces` here, `Bewaard` (chunks read once, computed many times),
`pool.Procespool` and `cluster.Daskuitvoerder`; those modules import this one, never the reverse.
"""

import difflib
import gc
import os
import shutil
from abc import ABC, abstractmethod
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.versnelling import opwarmen
from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.geschiedenis import LangeGeschiedenis
from openfisca_arbeidsmigratie.tools.bevolking.identiteiten import Identiteiten
from openfisca_arbeidsmigratie.tools.bevolking.kolom import controleer as controleer_kolom
from openfisca_arbeidsmigratie.tools.bevolking.kolom import gewichten, gewichtkolom
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import (
    RESULTATEN,
    Werkgevers,
    als_tekst,
    bereken_blok,
    modelinvoer,
)
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import (
    Telling,
    groepskolom,
    groepswaarden,
)
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    WERKGEVER_ID,
    geschiedeniskolommen,
    maandkolom,
    persoonkolommen,
    werkgeverkolommen,
)
from openfisca_arbeidsmigratie.tools.bevolking.validatie import (
    ValidatieFout,
    Verzamelaar,
    controleer_blok,
    controleer_dubbel,
    controleer_ids,
    controleer_kolomnamen,
    meld_dubbel,
)
from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT, wijzigingshervorming
from openfisca_arbeidsmigratie.tools.kern.register import systemen as register_systemen


@dataclass(frozen=True)
class Parameterwaarde:
    """A system that differs from current law in one parameter's value from a date on."""

    pad: str
    datum: str
    waarde: float

    @property
    def naam(self) -> str:
        return f"{self.pad}={self.waarde:g}"

    def hervorming(self):
        return wijzigingshervorming({self.pad: {self.datum: self.waarde}}, self.naam)


@dataclass(frozen=True)
class Parameterwijzigingen:
    """A system that differs from current law in parameter values given in Python
    (`register.wijzigingen_uit`): each value checked as a change file's is."""

    naam: str
    wijzigingen: tuple  # ((path, ((YYYY-MM-DD, value), ...)), ...)

    @classmethod
    def uit(cls, naam: str, wijzigingen: dict) -> "Parameterwijzigingen":
        paren = tuple((pad, tuple(waarden.items())) for pad, waarden in wijzigingen.items())
        return cls(naam, paren)

    def als_dict(self) -> dict:
        return {pad: dict(waarden) for pad, waarden in self.wijzigingen}

    def hervorming(self):
        return wijzigingshervorming(self.als_dict(), self.naam, self.naam, regels={})


@dataclass(frozen=True)
class Opdracht:
    """What a run computes.

    `variabelen`: the per-person output columns, the same for every system; None keeps the
    population run's default (`RESULTATEN` under current law, the route under each reform).
    `telvariabele` is counted (per `per` group, weighted by the `gewicht` column if given).
    `meenemen`: input columns (the model's or the analyst's own) copied into the per-person
    results; the `per` and `meenemen` columns may be columns the model does not know.
    `groeperingen`: the groups whose admissions are counted per system (see
    `groeperingen.GROEPERINGEN`).
    `alleen_controleren`: the chunks are checked, not computed; with `proef_inlezen` (`valideer`)
    each clean chunk is also read as the run reads it (`modelinvoer`).
    """

    datum: str
    hervormingen: tuple = ()
    per: tuple = ()
    gewicht: str | None = None
    variabelen: tuple | None = None
    per_persoon: bool = True
    telvariabele: str = "toelatingsroute"
    huidig_recht: bool = True
    werkgevers: pa.Table | None = None
    lang: pa.Table | None = None
    alleen_controleren: bool = False
    meenemen: tuple = ()
    groeperingen: tuple = ()
    proef_inlezen: bool = False

    def systeemnamen(self) -> list[str]:
        namen = [HUIDIG_RECHT] if self.huidig_recht else []
        return namen + [getattr(h, "naam", h) for h in self.hervormingen]

    def te_berekenen(self) -> list[str]:
        """The output columns, the counted variable and, for routes, who is admitted."""
        toegelaten = ["toegelaten_arbeidsmigrant"] if self.telvariabele == "toelatingsroute" else []
        uitvoer = RESULTATEN if self.variabelen is None else self.variabelen
        return list(dict.fromkeys([self.telvariabele, *toegelaten, *uitvoer]))

    def uitvoerkolommen(self, systeem: str) -> list[str]:
        if self.variabelen is not None:
            return list(self.variabelen)
        return RESULTATEN if systeem == HUIDIG_RECHT else ["toelatingsroute"]


def systemen_van(systeem, opdracht: Opdracht) -> dict:
    """{name: system}: current law (unless left out), then each reform or parameter value."""
    return register_systemen(systeem, opdracht.hervormingen, huidig=opdracht.huidig_recht)


def kolomlijst(namen) -> str:
    """The columns of a table for a message, the monthly history columns counted, not listed."""
    maanden = [n for n in namen if maandkolom(n)]
    tekst = ", ".join(n for n in namen if not maandkolom(n))
    return tekst + (f" and {len(maanden)} monthly history columns" if maanden else "")


def kopcontrole(systeem, namen: list[str], opdracht: Opdracht) -> Verzamelaar:
    """Everything checked before reading rows: columns, variables, the employers, the history."""
    verzamelaar = Verzamelaar()
    personen = persoonkolommen(systeem)
    werkgeverkol = werkgeverkolommen(systeem)
    eigen = (*opdracht.per, *opdracht.meenemen, *([opdracht.gewicht] if opdracht.gewicht else []))
    extra = tuple(dict.fromkeys((PERSOON_ID, WERKGEVER_ID, *eigen)))
    controleer_kolomnamen(verzamelaar, namen, {**personen, **werkgeverkol}, extra=extra)
    onbekende_groepen = [g for g in opdracht.per if g not in namen]
    if onbekende_groepen:
        verzamelaar.los(
            f"--per: {', '.join(onbekende_groepen)} not among the columns: {kolomlijst(namen)}"
        )
    onbekend_mee = [m for m in opdracht.meenemen if m not in namen]
    if onbekend_mee:
        verzamelaar.los(
            f"meenemen: {', '.join(onbekend_mee)} not among the columns: {kolomlijst(namen)}"
        )
    groepkolommen = [groepskolom(g) for g in opdracht.groeperingen if groepskolom(g)]
    onbekende_groeperingen = [k for k in dict.fromkeys(groepkolommen) if k not in namen]
    if onbekende_groeperingen:
        verzamelaar.los(
            f"--groepen: {', '.join(onbekende_groeperingen)} not among the columns: "
            f"{kolomlijst(namen)}"
        )
    if opdracht.gewicht and opdracht.gewicht not in namen:
        verzamelaar.los(
            f"--gewicht: column '{opdracht.gewicht}' not among the columns: {kolomlijst(namen)}"
        )
    for naam in dict.fromkeys([*opdracht.te_berekenen()]):
        variabele = systeem.variables.get(naam)
        if variabele is None:
            voorstel = difflib.get_close_matches(naam, list(systeem.variables), n=5)
            verzamelaar.los(
                f"--variabelen: unknown variable '{naam}'"
                + (f"; did you mean: {', '.join(voorstel)}" if voorstel else "")
            )
        elif variabele.definition_period != DAY:
            verzamelaar.los(
                f"--variabelen: '{naam}' is defined per {variabele.definition_period}; "
                "accepted: variables defined per day (judged on --datum)"
            )
    werkgevers = opdracht.werkgevers
    if werkgevers is None and WERKGEVER_ID in namen:
        verzamelaar.los(
            f"column '{WERKGEVER_ID}' links each person to an employers table, but none was "
            f"given: give the employers table (--werkgevers FILE), or drop '{WERKGEVER_ID}' and "
            f"give the employer's columns ({', '.join(werkgeverkol)}) in the persons table"
        )
    if werkgevers is not None and WERKGEVER_ID not in namen:
        verzamelaar.los(f"an employers table needs a '{WERKGEVER_ID}' column in the persons table")
    return verzamelaar


def bijlageproblemen(systeem, opdracht: Opdracht) -> list[str]:
    """The problems of the employers and history tables, under those tables' names."""
    problemen = []
    werkgevers = opdracht.werkgevers
    if werkgevers is not None:
        werkgeverkol = werkgeverkolommen(systeem)
        verzamelaar = Verzamelaar(lezen.bestandsnaam(werkgevers, "employers table"))
        controleer_kolomnamen(
            verzamelaar,
            werkgevers.column_names,
            werkgeverkol,
            verplicht=(WERKGEVER_ID,),
            extra=(WERKGEVER_ID,),
            geschiedenis=False,
        )
        if WERKGEVER_ID in werkgevers.column_names:
            gezien = []
            controleer_ids(verzamelaar, WERKGEVER_ID, werkgevers.column(WERKGEVER_ID), 1, gezien)
            controleer_dubbel(verzamelaar, WERKGEVER_ID, gezien)
        for naam in werkgevers.column_names:
            if naam in werkgeverkol:
                controleer_kolom(
                    verzamelaar,
                    werkgeverkol[naam],
                    werkgevers.column(naam),
                    1,
                    tekst=lezen.is_tekst(werkgevers),
                )
        problemen += verzamelaar.problemen()
    if opdracht.lang is not None:
        problemen += LangeGeschiedenis(systeem, opdracht.lang, historienaam(opdracht)).problemen()
    return problemen


def historienaam(opdracht: Opdracht) -> str:
    return lezen.bestandsnaam(opdracht.lang, "history table")


@dataclass
class Deel:
    """The result of one chunk: problems, identifiers and (when clean) counts and results."""

    eerste_rij: int
    aantal: int
    verzamelaar: Verzamelaar
    ids: pa.Array
    telling: Telling | None = None
    tabel: pa.Table | None = None
    herberekend: dict | None = None


class Rekenaar:
    """An `Opdracht` ready in one process: the systems are built once, here, and the compiled
    walks loaded (before the pool forks and before the objects alive are frozen, `bevroren`)."""

    def __init__(self, opdracht: Opdracht, systeem=None, systemen=None, personen=None):
        """`systemen`: the systems of `systemen_van`, when the caller built them already;
        `personen`: the size of the run, when known (see `versnelling.opwarmen`)."""
        if systeem is None:
            from openfisca_arbeidsmigratie import CountryTaxBenefitSystem

            systeem = CountryTaxBenefitSystem()
        if not opdracht.alleen_controleren:
            opwarmen(personen)
        self.opdracht = opdracht
        self.systeem = systeem
        self.systemen = systemen if systemen is not None else systemen_van(systeem, opdracht)
        self.kolommen = {**persoonkolommen(systeem), **werkgeverkolommen(systeem)}
        self.historie = geschiedeniskolommen(systeem)
        werkgevers = opdracht.werkgevers
        self.koppeling = None
        if werkgevers is not None and WERKGEVER_ID in werkgevers.column_names:
            self.koppeling = Werkgevers(werkgevers, werkgeverkolommen(systeem))
            self.koppeling.indexeer()
        self.lange = (
            LangeGeschiedenis(systeem, opdracht.lang, historienaam(opdracht))
            if opdracht.lang is not None
            else None
        )

    def controleer(self, blok: pa.Table, eerste_rij: int):
        """(problems, identifiers, each person's row in the employers table or None)."""
        verzamelaar = Verzamelaar()
        ids = []
        plekken = None
        if self.koppeling is not None and WERKGEVER_ID in blok.column_names:
            plekken = self.koppeling.plekken(blok.column(WERKGEVER_ID).cast(pa.string()))
        controleer_blok(verzamelaar, blok, eerste_rij, self.kolommen, self.historie, ids, plekken)
        gewicht = self.opdracht.gewicht
        if gewicht and gewicht in blok.column_names:
            kolom = blok.column(gewicht)
            tekst = lezen.is_tekst(blok)
            controleer_kolom(verzamelaar, gewichtkolom(gewicht), kolom, eerste_rij, tekst=tekst)
        lange = self.lange
        if lange is not None and not lange.problemen() and PERSOON_ID in blok.column_names:
            lange.ook_breed(verzamelaar, blok, eerste_rij)
        return verzamelaar, (ids[0] if ids else pa.array([], pa.string())), plekken

    def invoer(self, blok: pa.Table, plekken=None):
        return modelinvoer(self.systeem, blok, self.koppeling, self.lange, plekken)

    def blok(self, blok: pa.Table, eerste_rij: int) -> Deel:
        """Validate one chunk; compute it only when it is clean (nothing is kept otherwise)."""
        verzamelaar, ids, plekken = self.controleer(blok, eerste_rij)
        deel = Deel(eerste_rij, blok.num_rows, verzamelaar, ids)
        if verzamelaar.problemen():
            return deel
        if self.opdracht.alleen_controleren:
            if self.opdracht.proef_inlezen:
                modelinvoer(self.systeem, blok)
            return deel
        gegevens = kenmerken(blok, self.opdracht)
        invoer = self.invoer(blok, plekken)
        uitkomst = reken(self.systeem, self.systemen, self.opdracht, deel, invoer, gegevens)
        if self.opdracht.per_persoon:
            deel.tabel = self.resultaattabel(blok, uitkomst, gegevens.gewicht)
        return deel

    def resultaattabel(self, blok: pa.Table, uitkomst, gewicht=None) -> pa.Table:
        """Per person: the `meenemen` columns as given (the weight as numbers), then
        `<variable>__<system>` for the chosen variables of every system."""
        kolommen = {PERSOON_ID: blok.column(PERSOON_ID)}
        for naam in self.opdracht.meenemen:
            kolommen[naam] = gewicht if naam == self.opdracht.gewicht else blok.column(naam)
        for naam_systeem, waarden in uitkomst.items():
            for naam in self.opdracht.uitvoerkolommen(naam_systeem):
                kolommen[f"{naam}__{naam_systeem}"] = als_tekst(self.systeem, naam, waarden[naam])
        return pa.table(kolommen)


@dataclass
class Kenmerken:
    """What a chunk's counts take besides the model's input: its groups and its weights."""

    groepen: dict
    groeperingen: dict
    gewicht: np.ndarray | None


def kenmerken(blok: pa.Table, opdracht: Opdracht) -> Kenmerken:
    return Kenmerken(
        {naam: np.asarray(blok.column(naam).cast(pa.string())) for naam in opdracht.per},
        {naam: groepswaarden(blok, naam) for naam in opdracht.groeperingen},
        gewichten(blok, opdracht.gewicht) if opdracht.gewicht else None,
    )


def reken(systeem, systemen: dict, opdracht: Opdracht, deel: Deel, invoer, gegevens) -> dict:
    """Compute a clean chunk under every system and count it into `deel`; the results."""
    deel.herberekend = {}
    uitkomst = bereken_blok(
        systemen, invoer, opdracht.datum, opdracht.te_berekenen(), deel.herberekend
    )
    deel.telling = nieuwe_telling(systeem, opdracht)
    deel.telling.voeg_toe(uitkomst, gegevens.groepen, gegevens.gewicht, gegevens.groeperingen)
    return uitkomst


def nieuwe_telling(systeem, opdracht: Opdracht) -> Telling:
    variabele = systeem.variables.get(opdracht.telvariabele)
    namen = None
    if getattr(variabele, "possible_values", None) is not None:
        namen = [lid.name for lid in variabele.possible_values]
    return Telling(
        opdracht.systeemnamen(),
        list(opdracht.per),
        gewogen=opdracht.gewicht is not None,
        variabele=opdracht.telvariabele,
        namen=namen,
        groeperingen=list(opdracht.groeperingen),
    )


class Samenvoeging:
    """The parts of a run, added in input order; `klaar()` raises if any part had a problem.

    The identifiers are checked for repeats over the whole table without being kept in memory
    (`Identiteiten`); `lees_ids(rijen)` reads back those of the rows that may repeat one. They
    are kept only when a long history must be matched to them.
    """

    def __init__(self, systeem, opdracht: Opdracht, bron: str, kop: Verzamelaar, lees_ids):
        self.systeem = systeem
        self.opdracht = opdracht
        self.bron = bron
        self.verzamelaar = kop
        self.bijlagen = bijlageproblemen(systeem, opdracht)
        self.identiteiten = Identiteiten()
        self.lees_ids = lees_ids
        self.ids = []
        self.rijen = 0
        self.telling = nieuwe_telling(systeem, opdracht)

    def voeg_toe(self, deel: Deel):
        self.verzamelaar.voeg_samen(deel.verzamelaar)
        self.identiteiten.voeg_toe(deel.ids, deel.eerste_rij)
        if self.opdracht.lang is not None:
            self.ids.append(deel.ids)
        self.rijen += deel.aantal
        if deel.telling is not None and not self.problemen():
            self.telling.voeg_samen(deel.telling)
        for naam, (opnieuw, alle) in (deel.herberekend or {}).items():
            eerder = self.telling.herberekend.get(naam, (0, 0))
            self.telling.herberekend[naam] = (max(eerder[0], opnieuw), max(eerder[1], alle))

    def problemen(self) -> list[str]:
        return [*self.verzamelaar.problemen(), *self.bijlagen]

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.identiteiten.sluit()

    def klaar(self) -> Telling:
        """The counts over the whole table, after the checks that need every row."""
        meld_dubbel(self.verzamelaar, PERSOON_ID, self.identiteiten, self.lees_ids)
        if self.rijen == 0 and not blokkerend(self.verzamelaar.problemen()):
            self.verzamelaar.los("the table has no rows: nothing to compute")
        if self.opdracht.lang is not None and not self.problemen():
            alle = pa.concat_arrays(self.ids) if self.ids else pa.array([], pa.string())
            lange = LangeGeschiedenis(self.systeem, self.opdracht.lang, historienaam(self.opdracht))
            for probleem in lange.onbekende_personen(alle):
                self.verzamelaar.los(probleem)
        self.ids = []
        if self.problemen():
            raise ValidatieFout(self.bron, self.problemen())
        return self.telling


def blokkerend(problemen: list[str]) -> bool:
    """Header problems that make reading the rows pointless (a wrong option is not one)."""
    return any(not p.startswith("--") for p in problemen)


def voor_rijen(opdracht: Opdracht, samen: "Samenvoeging") -> Opdracht:
    """The run over the rows: only their checks when the header or another table has a problem
    (or when only the checks were asked for)."""
    if not samen.problemen():
        return opdracht
    return replace(opdracht, alleen_controleren=True, proef_inlezen=False)


class Uitvoerder(ABC):
    """Where the chunks of a run are validated and computed; `doorloop` hands it the run.

    `delen` yields a `Deel` per chunk in input order. `kolomnamen` and `lees_ids` read the
    table's header and, for the check of repeated identifiers, the identifiers of given rows, as
    this executor reads the table.
    """

    def kolomnamen(self, bron) -> list[str]:
        return bron.kolomnamen()

    def lees_ids(self, bron):
        return bron.ids_op

    @abstractmethod
    def delen(self, systeem, opdracht: Opdracht, bron, blokgrootte: int, systemen=None):
        """The parts of the run, in input order (`systemen`: see `Rekenaar`)."""


class InProces(Uitvoerder):
    """The chunks in this process, one after another; `slot` (a lock, or None) is held while a
    chunk is computed (the werkbank shares one model between its requests)."""

    def __init__(self, slot=None):
        self.slot = slot

    def delen(self, systeem, opdracht: Opdracht, bron, blokgrootte: int, systemen=None):
        rekenaar = Rekenaar(opdracht, systeem, systemen, bron.aantal())
        return lokale_delen(rekenaar, bron.blokken(blokgrootte), self.slot)


def doorloop(
    systeem,
    opdracht: Opdracht,
    bron,
    blokgrootte: int,
    uitvoerder: Uitvoerder | None = None,
    bij_deel=None,
    systemen=None,
):
    """The one population loop: every chunk of `bron` once, on `uitvoerder` (in this process
    by default; a process pool, `pool.Procespool`; a Dask cluster, `cluster.Daskuitvoerder`),
    `bij_deel(deel, schoon)` after each; the counts at the end. `systemen`: those of
    `systemen_van`, when the caller built them already.

    `schoon` is false once any chunk so far had a problem (its results must not be kept).
    Raises `ValidatieFout` with every problem after the last chunk.
    """
    uitvoerder = uitvoerder if uitvoerder is not None else InProces()
    kop = kopcontrole(systeem, uitvoerder.kolomnamen(bron), opdracht)
    samen = Samenvoeging(systeem, opdracht, bron.naam, kop, uitvoerder.lees_ids(bron))
    with samen:
        if not blokkerend(samen.verzamelaar.problemen()):
            rijen = voor_rijen(opdracht, samen)
            stroom = uitvoerder.delen(systeem, rijen, bron, blokgrootte, systemen)
            with closing(stroom):
                for deel in stroom:
                    samen.voeg_toe(deel)
                    if bij_deel is not None:
                        bij_deel(deel, not samen.problemen())
        return samen.klaar()


def lokale_delen(rekenaar: Rekenaar, blokken, slot=None):
    """The parts of a run in this process, chunk after chunk; memory stays flat.

    A chunk's simulations are freed as soon as their results are read (`rekenen.bereken_blok`);
    the objects alive before the first chunk (the systems and their parameters) are frozen out
    of the garbage collector's passes, so that a pass costs the chunk's objects only.
    """
    eerste_rij = 1
    with bevroren():
        for blok in blokken:
            with slot if slot is not None else nullcontext():
                deel = rekenaar.blok(blok, eerste_rij)
            eerste_rij += blok.num_rows
            del blok
            yield deel


@contextmanager
def bevroren():
    """The objects alive now left out of the garbage collector's passes until the end (without a
    collection first: what garbage there is now stays until then, and is small)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class Voorbereid:
    """A chunk read, checked and turned into model input once (see `Bewaard`)."""

    eerste_rij: int
    aantal: int
    ids: pa.Array
    invoer: object
    gegevens: Kenmerken


class Bewaard(Uitvoerder):
    """In this process, each chunk read and checked once: the first run (`voorbereid`) keeps
    every clean chunk's model input, and each later run computes from it, with the table's
    header and whole-table checks made again (`drempel`: one read for many values; the
    residence-history walks are shared between values when the residence rules do not change).
    Later runs count only: no per-person results."""

    def __init__(self, bron, opdracht: Opdracht, blokgrootte: int):
        self.bron = bron
        self.opdracht = opdracht
        self.blokgrootte = blokgrootte
        self.blokken: list[Voorbereid] | None = None

    @property
    def aantal(self) -> int:
        return sum(b.aantal for b in self.blokken or [])

    def delen(self, systeem, opdracht: Opdracht, bron, blokgrootte: int, systemen=None):
        if self.blokken is None:
            return self._lees(systeem, opdracht, bron, blokgrootte)
        return self._reken(systeem, opdracht, systemen)

    def _lees(self, systeem, opdracht: Opdracht, bron, blokgrootte: int):
        """Each chunk checked and, while every chunk so far was clean, kept as model input; none
        is when the table's header or another table had a problem (`voor_rijen` then turns
        `proef_inlezen` off): an employers table with a problem is never joined."""
        rekenaar = Rekenaar(replace(opdracht, alleen_controleren=True), systeem)
        self.blokken, schoon, eerste_rij = [], opdracht.proef_inlezen, 1
        for blok in bron.blokken(blokgrootte):
            verzamelaar, ids, plekken = rekenaar.controleer(blok, eerste_rij)
            schoon = schoon and not verzamelaar.problemen()
            if schoon:
                gegevens = kenmerken(blok, opdracht)
                invoer = rekenaar.invoer(blok, plekken)
                self.blokken.append(Voorbereid(eerste_rij, blok.num_rows, ids, invoer, gegevens))
            yield Deel(eerste_rij, blok.num_rows, verzamelaar, ids)
            eerste_rij += blok.num_rows

    def _reken(self, systeem, opdracht: Opdracht, systemen):
        opwarmen(self.aantal)
        opdracht = replace(opdracht, per_persoon=False)
        systemen = systemen if systemen is not None else systemen_van(systeem, opdracht)
        for bewaard in self.blokken:
            deel = Deel(bewaard.eerste_rij, bewaard.aantal, Verzamelaar(), bewaard.ids)
            if not opdracht.alleen_controleren:
                reken(systeem, systemen, opdracht, deel, bewaard.invoer, bewaard.gegevens)
            yield deel


def voorbereid(systeem, opdracht: Opdracht, bron, blokgrootte: int) -> Bewaard:
    """Every chunk validated and turned into model input, in one read, through the loop; raises
    on any problem. Count with `doorloop(..., uitvoerder=<this>)` (see `drempel.toegelaten`)."""
    bewaard = Bewaard(bron, opdracht, blokgrootte)
    lezen_ = replace(opdracht, alleen_controleren=True, proef_inlezen=True)
    doorloop(systeem, lezen_, bron, blokgrootte, bewaard)
    return bewaard


class Deelschrijver:
    """Per-person results written to a temporary file beside the target, renamed when done."""

    def __init__(self, doel: Path):
        self.doel = Path(doel)
        self.tijdelijk = self.doel.with_name(f".{self.doel.name}.{os.getpid()}.tmp")
        self.schrijver = None

    def schrijf(self, tabel: pa.Table):
        if self.schrijver is None:
            self.doel.parent.mkdir(parents=True, exist_ok=True)
            self.schrijver = pq.ParquetWriter(self.tijdelijk, tabel.schema)
        self.schrijver.write_table(tabel)

    def vastleggen(self):
        if self.schrijver is not None:
            self.schrijver.close()
            vervang(self.tijdelijk, self.doel)

    def weggooien(self):
        if self.schrijver is not None:
            self.schrijver.close()
            self.tijdelijk.unlink(missing_ok=True)


def vervang(nieuw: Path, doel: Path):
    """`nieuw` (a file or a directory of part files) becomes `doel`, replacing either kind."""
    if doel.is_dir() and not doel.is_symlink():
        shutil.rmtree(doel)
    elif doel.exists() and nieuw.is_dir():
        doel.unlink()
    os.replace(nieuw, doel)
