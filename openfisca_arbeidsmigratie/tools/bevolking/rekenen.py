"""One vectorised simulation per system over the same chunk of persons."""

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
from openfisca_core import periods
from openfisca_core.indexed_enums import EnumArray

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute, Verblijfsdoel
from openfisca_arbeidsmigratie.model.maandreeks import (
    GEEN,
    GESCHIEDENIS,
    Maandreeks,
    koppel_maandreeks,
)
from openfisca_arbeidsmigratie.model.motor import (
    lege_simulatie,
    neem_over,
    ontruim,
    opname,
    sla_op,
)
from openfisca_arbeidsmigratie.tools.bevolking.kolom import naar_model, naar_model_in
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    WERKGEVER_ID,
    geschiedeniskolommen,
    maandkolom,
    persoonkolommen,
    werkgeverkolommen,
)
from openfisca_arbeidsmigratie.tools.kern.beslissing import catalogus
from openfisca_arbeidsmigratie.tools.kern.hergebruik import verschil

# The outputs under current law, from the catalogue of the decision (variables/beslissing.yaml).
RESULTATEN = catalogus().bevolkingskolommen()


@dataclass
class Modelinvoer:
    """A chunk as the arrays the model takes."""

    aantal: int
    persoon_ids: np.ndarray
    persoon: dict = field(default_factory=dict)
    werkgever: dict = field(default_factory=dict)
    reeks: Maandreeks | None = None
    maanden: list = field(default_factory=list)


class Werkgevers:
    """The employers table, indexed by `werkgever_id` for checking and joining chunks of persons.

    The hash index over the identifiers is built once per process (`indexeer`), so a chunk costs
    its own size, not the table's: one lookup per chunk (`plekken`) serves both the check for
    unknown employers and the join. The columns become model arrays on the first join, which
    only a clean run makes: a table with problems is reported, never converted.
    """

    def __init__(self, tabel: pa.Table, kolommen):
        # pandas (its hash index) is loaded here, with the table, not with this module: a command
        # without an employers table does not load it; a run loads it before its chunks (and
        # before `doorgang.bevroren` keeps what is alive then out of each chunk's collection).
        import pandas

        self.index_klasse = pandas.Index
        self.tabel = tabel
        self.kolomtypen = kolommen
        self.kolommen = None
        self.index = None
        self.uniek = True

    def indexeer(self) -> None:
        """The hash index over the employers' identifiers; with an identifier repeated (a table
        with problems, which is never joined) it holds each identifier once."""
        if self.index is None:
            ids = self.tabel.column(WERKGEVER_ID).cast(pa.string())
            index = self.index_klasse(ids.to_numpy(zero_copy_only=False), dtype=object)
            self.uniek = index.is_unique
            self.index = index if self.uniek else index.unique()

    def plekken(self, werkgever_ids) -> np.ndarray:
        """Each person's employer as a row of the employers table; -1 where it is not there."""
        self.indexeer()
        gezocht = self.index_klasse(werkgever_ids.to_numpy(zero_copy_only=False), dtype=object)
        return self.index.get_indexer(gezocht)

    def voor(self, plekken: np.ndarray) -> dict:
        """The employers' columns for each person, from `plekken` (a clean chunk's)."""
        if not self.uniek:
            raise RuntimeError("an employers table with a repeated werkgever_id is never joined")
        if (plekken < 0).any():
            raise RuntimeError("a werkgever_id passed the validation but is not in the table")
        if self.kolommen is None:
            self.kolommen = {
                naam: naar_model(self.kolomtypen[naam], self.tabel.column(naam))
                for naam in self.tabel.column_names
                if naam in self.kolomtypen
            }
        return {naam: waarden[plekken] for naam, waarden in self.kolommen.items()}


def modelinvoer(
    systeem,
    blok: pa.Table,
    werkgevers: Werkgevers | None = None,
    lange_geschiedenis=None,
    plekken: np.ndarray | None = None,
) -> Modelinvoer:
    """A chunk as model input; `plekken`: its employers' rows (`Werkgevers.plekken`), when the
    check looked them up already."""
    personen = persoonkolommen(systeem)
    werkgever = werkgeverkolommen(systeem)
    historie = geschiedeniskolommen(systeem)
    ids = np.asarray(blok.column(PERSOON_ID).cast(pa.string()))
    invoer = Modelinvoer(aantal=blok.num_rows, persoon_ids=ids)
    geschiedenis = {}
    for naam in blok.column_names:
        maand = maandkolom(naam)
        if maand:
            geschiedenis[maand] = (historie[maand[0]], blok.column(naam))
        elif naam in personen:
            invoer.persoon[naam] = naar_model(personen[naam], blok.column(naam))
        elif naam in werkgever:
            invoer.werkgever[naam] = naar_model(werkgever[naam], blok.column(naam))
    if werkgevers is not None and WERKGEVER_ID in blok.column_names:
        if plekken is None:
            plekken = werkgevers.plekken(blok.column(WERKGEVER_ID).cast(pa.string()))
        gekoppeld = werkgevers.voor(plekken)
        invoer.werkgever = {**gekoppeld, **invoer.werkgever}
    if lange_geschiedenis is not None:
        geschiedenis.update(lange_geschiedenis.voor(ids))
    invoer.reeks = maandreeks(geschiedenis, invoer.aantal)
    invoer.maanden = [(periods.period(maand), rij) for maand, rij in invoer.reeks.rij.items()]
    return invoer


def maandreeks(geschiedenis: dict, aantal: int) -> Maandreeks:
    """The monthly history of a chunk as one (months x persons) array per input, newest first.

    `geschiedenis`: {(input, month): values}, the values an array or a validated column with its
    `Kolom` (converted straight into its row). A month one of the two inputs lacks has the
    default there (no purpose, not abroad)."""
    maanden = sorted({maand for _, maand in geschiedenis}, reverse=True)
    rij = {maand: i for i, maand in enumerate(maanden)}
    volledig = len(geschiedenis) == len(GESCHIEDENIS) * len(maanden)
    vorm = (len(maanden), aantal)
    doelen = np.empty(vorm, dtype=np.int16) if volledig else np.full(vorm, GEEN, dtype=np.int16)
    buiten = np.empty(vorm, dtype=bool) if volledig else np.zeros(vorm, dtype=bool)
    for (naam, maand), waarden in geschiedenis.items():
        uit = (doelen if naam == "verblijfsdoel" else buiten)[rij[maand]]
        if isinstance(waarden, tuple):
            naar_model_in(*waarden, uit)
        else:
            uit[:] = np.asarray(waarden)
    return Maandreeks(maanden, doelen, buiten)


def simuleer(systeem, invoer: Modelinvoer, datum: str, opnemen: bool = False, alleen=None):
    """A simulation of `systeem` with every input of the chunk set; one employer per person.

    The monthly history is stored in the holders as it is (its columns were validated with the
    chunk), not through `set_input` month by month and system by system. With `opnemen` the
    simulation records what each formula reads (`motor.opname`); with `alleen` (a function of a
    variable name) only the inputs it accepts are set.
    """
    simulatie = lege_simulatie(systeem, invoer.aantal, opnemen)
    dag = periods.period(datum)
    for naam, waarden in {**invoer.persoon, **invoer.werkgever}.items():
        if alleen is None or alleen(naam):
            simulatie.set_input(naam, dag, waarden)
    if invoer.reeks is not None:
        koppel_maandreeks(simulatie.persons, invoer.reeks)
        if alleen is None or any(alleen(naam) for naam in GESCHIEDENIS):
            doel = simulatie.get_holder("verblijfsdoel")
            buiten = simulatie.get_holder("buiten_nederland")
            for maand, rij in invoer.maanden:
                sla_op(doel, maand, EnumArray(invoer.reeks.doelen[rij], Verblijfsdoel))
                sla_op(buiten, maand, invoer.reeks.buiten[rij])
    return simulatie


def bereken_blok(
    systemen: dict, invoer: Modelinvoer, datum: str, variabelen=RESULTATEN, herberekend=None
):
    """{system name: {variable: array}} for one chunk; enums as indices (see `namen_van`).

    The first system is computed whole; every other takes the first's inputs and values where its
    changes do not reach, and computes the rest (`hergebruik`). `herberekend`, a dict, receives
    per other system (the number of variables it computed itself, the number the first computed
    or read). Each simulation's arrays are freed once its results are read (`ontruim`), so one
    simulation's arrays are alive at a time besides current law's.
    """
    namen = list(systemen)
    if not namen:
        return {}
    basissysteem = systemen[namen[0]]
    basis = simuleer(basissysteem, invoer, datum, opnemen=len(namen) > 1)
    uitkomst = {namen[0]: _waarden(basis, variabelen, datum)}
    if len(namen) > 1:
        gelezen = opname(basis)
        gegeven = {*invoer.persoon, *invoer.werkgever, *GESCHIEDENIS}
    for naam in namen[1:]:
        anders = verschil(basissysteem, systemen[naam])
        simulatie = simuleer(
            systemen[naam], invoer, datum, herberekend is not None, anders.invoer_anders
        )
        overgenomen = (gelezen.namen() | gegeven) - anders.herberekenen(gelezen)
        neem_over(basis, simulatie, overgenomen)
        uitkomst[naam] = _waarden(simulatie, variabelen, datum)
        if herberekend is not None:
            zelf = opname(simulatie).namen() - overgenomen - gegeven
            herberekend[naam] = (len(zelf), len(gelezen.namen()))
        ontruim(simulatie)
    ontruim(basis)
    return uitkomst


def _waarden(simulatie, variabelen, datum: str) -> dict:
    return {v: np.asarray(simulatie.calculate(v, datum)) for v in variabelen}


ROUTES = [lid.name for lid in Toelatingsroute]


def als_tekst(systeem, variabele: str, waarden) -> pa.Array:
    """Result values for a table: enum indices become their member names."""
    definitie = systeem.variables[variabele]
    if hasattr(definitie, "possible_values") and definitie.possible_values is not None:
        namen = pa.array([lid.name for lid in definitie.possible_values])
        return pa.DictionaryArray.from_arrays(pa.array(waarden.astype(np.int32)), namen)
    return pa.array(waarden)
