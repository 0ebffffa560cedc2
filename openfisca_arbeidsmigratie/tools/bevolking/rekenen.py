"""One vectorised simulation per system over the same chunk of persons."""

from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from openfisca_core import periods

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.model.motor import lege_simulatie
from openfisca_arbeidsmigratie.tools.bevolking.lezen import naar_model
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    PERSOON_ID,
    WERKGEVER_ID,
    geschiedeniskolommen,
    maandkolom,
    persoonkolommen,
    werkgeverkolommen,
)

RESULTATEN = [
    "toelatingsroute",
    "toegelaten_arbeidsmigrant",
    "twv_toekenbaar",
    "kennismigrant_toelaatbaar",
    "blauwe_kaart_toelaatbaar",
    "brede_welvaartstoets_toelaatbaar",
    "vvo_regulier_toelaatbaar",
    "eu_langdurig_ingezetene_toelaatbaar",
    "maanden_tot_verblijfsduur_vervuld",
    "besluit_1_80_stadium",
    "inlener_beboetbaar_wtta",
]


@dataclass
class Modelinvoer:
    """A chunk as the arrays the model takes."""

    aantal: int
    persoon_ids: np.ndarray
    persoon: dict = field(default_factory=dict)
    werkgever: dict = field(default_factory=dict)
    geschiedenis: dict = field(default_factory=dict)


class Werkgevers:
    """The employers table, indexed by `werkgever_id` for joining chunks of persons."""

    def __init__(self, tabel: pa.Table, kolommen):
        self.ids = tabel.column(WERKGEVER_ID).combine_chunks().cast(pa.string())
        self.kolommen = {
            naam: naar_model(kolommen[naam], tabel.column(naam))
            for naam in tabel.column_names
            if naam in kolommen
        }

    def voor(self, werkgever_ids) -> dict:
        plek = np.asarray(pc.index_in(werkgever_ids, value_set=self.ids))
        return {naam: waarden[plek] for naam, waarden in self.kolommen.items()}


def modelinvoer(
    systeem, blok: pa.Table, werkgevers: Werkgevers | None = None, lange_geschiedenis=None
) -> Modelinvoer:
    personen = persoonkolommen(systeem)
    werkgever = werkgeverkolommen(systeem)
    historie = geschiedeniskolommen(systeem)
    ids = np.asarray(blok.column(PERSOON_ID).cast(pa.string()))
    invoer = Modelinvoer(aantal=blok.num_rows, persoon_ids=ids)
    for naam in blok.column_names:
        maand = maandkolom(naam)
        if maand:
            invoer.geschiedenis[maand] = naar_model(historie[maand[0]], blok.column(naam))
        elif naam in personen:
            invoer.persoon[naam] = naar_model(personen[naam], blok.column(naam))
        elif naam in werkgever:
            invoer.werkgever[naam] = naar_model(werkgever[naam], blok.column(naam))
    if werkgevers is not None and WERKGEVER_ID in blok.column_names:
        gekoppeld = werkgevers.voor(blok.column(WERKGEVER_ID).cast(pa.string()))
        invoer.werkgever = {**gekoppeld, **invoer.werkgever}
    if lange_geschiedenis is not None:
        invoer.geschiedenis.update(lange_geschiedenis.voor(ids))
    return invoer


def simuleer(systeem, invoer: Modelinvoer, datum: str):
    """A simulation of `systeem` with every input of the chunk set; one employer per person."""
    simulatie = lege_simulatie(systeem, invoer.aantal)
    dag = periods.period(datum)
    for naam, waarden in {**invoer.persoon, **invoer.werkgever}.items():
        simulatie.set_input(naam, dag, waarden)
    for (naam, maand), waarden in invoer.geschiedenis.items():
        simulatie.set_input(naam, periods.period(maand), waarden)
    return simulatie


def bereken_blok(systemen: dict, invoer: Modelinvoer, datum: str, variabelen=RESULTATEN):
    """{system name: {variable: array}} for one chunk; enums as indices (see `namen_van`)."""
    uitkomst = {}
    for naam, systeem in systemen.items():
        simulatie = simuleer(systeem, invoer, datum)
        uitkomst[naam] = {v: np.asarray(simulatie.calculate(v, datum)) for v in variabelen}
    return uitkomst


ROUTES = [lid.name for lid in Toelatingsroute]


def als_tekst(systeem, variabele: str, waarden) -> pa.Array:
    """Result values for a table: enum indices become their member names."""
    definitie = systeem.variables[variabele]
    if hasattr(definitie, "possible_values") and definitie.possible_values is not None:
        namen = pa.array([lid.name for lid in definitie.possible_values])
        return pa.DictionaryArray.from_arrays(pa.array(waarden.astype(np.int32)), namen)
    return pa.array(waarden)
