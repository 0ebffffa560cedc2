"""`Populatie`: the population runner from Python, with pandas in and out.

    >>> from openfisca_arbeidsmigratie import Populatie
    >>> populatie = Populatie("personen.csv", werkgevers=werkgevers, gewicht="gewicht",
    ...                       meenemen=["regio"])
    >>> populatie.bereken(["toelatingsroute"], "2026-06-15", ["brede_welvaartstoets"])
    >>> populatie.tel("toelatingsroute", "2026-06-15", per=["regio"])

The tables are read (a path: CSV or Parquet, as `arbeidsmigratie bevolking --invoer` reads it)
and checked exactly as `arbeidsmigratie bevolking` checks its files (the same `ValidatieFout`
with every problem, its column and its rows); nothing is computed from a table with a problem.
"""

import os

import pandas as pd
import pyarrow as pa

from openfisca_arbeidsmigratie.model.bereik import controleer_datum
from openfisca_arbeidsmigratie.tools.bevolking import lezen
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import (
    Opdracht,
    Parameterwijzigingen,
    doorloop,
)
from openfisca_arbeidsmigratie.tools.bevolking.pool import Procespool
from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import BLOKGROOTTE, Bron
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, wijzigingen_uit

PARAMETERS = "parameters"


def als_tabel(tabel, naam: str, scheiding: str | None = None) -> pa.Table:
    """A path (read as the command line reads it), a pandas DataFrame or a pyarrow Table as a
    pyarrow Table; text columns as `string`."""
    if isinstance(tabel, str | os.PathLike):
        return lezen.lees_tabel(tabel, scheiding)
    if isinstance(tabel, pd.DataFrame):
        if tabel.index.name == PERSOON_ID and PERSOON_ID not in tabel.columns:
            tabel = tabel.reset_index()
        tabel = pa.Table.from_pandas(tabel, preserve_index=False)
    if not isinstance(tabel, pa.Table):
        raise TypeError(
            f"{naam}: expected a path (.csv or .parquet), a pandas DataFrame or a pyarrow Table, "
            f"got {tabel!r}"
        )
    velden = [
        pa.field(veld.name, pa.string()) if pa.types.is_large_string(veld.type) else veld
        for veld in tabel.schema
    ]
    return tabel.cast(pa.schema(velden))


def hervormingslijst(hervormingen) -> tuple:
    """Reforms as `bereken` takes them: a name (`a+b` combines), a change file's path, or a dict
    of parameter changes `{path: {YYYY-MM-DD: value}}` (named `parameters`, `parameters_2`, ...),
    or a list of these. A dict is read as a change file is, its values checked against the
    parameters they change (`tools.parameterwaarden`); nothing is coerced."""
    if isinstance(hervormingen, str | os.PathLike | dict):
        hervormingen = [hervormingen]
    uit, wijzigingen = [], 0
    for hervorming in hervormingen:
        if isinstance(hervorming, dict):
            wijzigingen += 1
            naam = PARAMETERS if wijzigingen == 1 else f"{PARAMETERS}_{wijzigingen}"
            uit.append(Parameterwijzigingen.uit(naam, wijzigingen_uit(hervorming, naam)))
        elif isinstance(hervorming, str | os.PathLike):
            uit.append(os.fspath(hervorming))
        else:
            raise HervormingsFout(
                f"reform {hervorming!r}: accepted: a reform's name, a parameter-change file "
                "(.yaml) or a dict {parameter path: {YYYY-MM-DD: value}}"
            )
    return tuple(uit)


class Populatie:
    """A population (persons, optional employers and long history) to compute and count.

    `personen`: a path to a CSV or Parquet file (CSV read as the command line reads it: the
    separator its header uses or `scheiding`, a decimal comma in a `;` file), a pandas DataFrame
    or a pyarrow Table; one row per person, columns `persoon_id`, the model's input variables,
    the monthly history as `verblijfsdoel_YYYY_MM` / `buiten_nederland_YYYY_MM` and, if given,
    the `gewicht` column (a weight >= 0 per person). `meenemen`: the analyst's own columns
    (e.g. `regio`), carried into `bereken`'s results and usable in `per`; any other column the
    model does not know is an error, as on the command line. `werkgevers` (joined by
    `werkgever_id`) and `geschiedenis` (`persoon_id, maand, verblijfsdoel, buiten_nederland`)
    are paths or tables as well. `processen` > 1 spreads chunks of `blokgrootte` persons over a
    pool.
    """

    def __init__(
        self,
        personen,
        werkgevers=None,
        geschiedenis=None,
        gewicht: str | None = None,
        *,
        meenemen=(),
        scheiding: str | None = None,
        blokgrootte: int = BLOKGROOTTE,
        processen: int = 1,
        systeem=None,
    ):
        if systeem is None:
            from openfisca_arbeidsmigratie import CountryTaxBenefitSystem

            systeem = CountryTaxBenefitSystem()
        self.systeem = systeem
        if isinstance(personen, str | os.PathLike):
            pad = lezen.controleer_pad(personen)
            self.personen = None
            self.bron = Bron(os.fspath(personen), pad=pad, scheiding=scheiding)
        else:
            self.personen = als_tabel(personen, "personen")
            self.bron = Bron("personen", tabel=self.personen)
        self.werkgevers = (
            als_tabel(werkgevers, "werkgevers", scheiding) if werkgevers is not None else None
        )
        self.geschiedenis = (
            als_tabel(geschiedenis, "geschiedenis", scheiding) if geschiedenis is not None else None
        )
        self.gewicht = gewicht
        self.meenemen = tuple([meenemen] if isinstance(meenemen, str) else meenemen)
        self.blokgrootte = blokgrootte
        self.processen = processen
        self._tellingen = {}

    def _opdracht(self, datum, hervormingen, **opties) -> Opdracht:
        controleer_datum(str(datum))
        return Opdracht(
            str(datum),
            hervormingslijst(hervormingen),
            gewicht=self.gewicht,
            werkgevers=self.werkgevers,
            lang=self.geschiedenis,
            **opties,
        )

    def _doorloop(self, opdracht: Opdracht, bij_deel=lambda deel, schoon: None):
        uitvoerder = Procespool(self.processen)
        return doorloop(self.systeem, opdracht, self.bron, self.blokgrootte, uitvoerder, bij_deel)

    def bereken(self, variabelen, datum, hervormingen=()) -> pd.DataFrame:
        """One row per person (index `persoon_id`): the `meenemen` columns and the weight column
        as given, then one column per variable and system, named as in the command line's
        `personen.parquet`: `<variable>__huidig_recht` under current law, `<variable>__<reform>`
        under each reform; enum values as their names (categorical columns).
        """
        variabelen = [variabelen] if isinstance(variabelen, str) else list(variabelen)
        if not variabelen:
            raise ValueError("bereken: name at least one variable")
        gewicht = (self.gewicht,) if self.gewicht else ()
        opdracht = self._opdracht(
            datum,
            hervormingen,
            variabelen=tuple(variabelen),
            telvariabele=variabelen[0],
            per_persoon=True,
            meenemen=tuple(dict.fromkeys((*self.meenemen, *gewicht))),
        )
        tabellen = []

        def bewaar(deel, schoon):
            if schoon and deel.tabel is not None:
                tabellen.append(deel.tabel)

        self._doorloop(opdracht, bewaar)
        return pa.concat_tables(tabellen).to_pandas().set_index(PERSOON_ID)

    def _telling(self, variabele, datum, hervormingen, per):
        sleutel = (variabele, str(datum), repr(hervormingen), tuple(per))
        if sleutel not in self._tellingen:
            opdracht = self._opdracht(
                datum,
                hervormingen,
                per=tuple(per),
                telvariabele=variabele,
                variabelen=(variabele,),
                per_persoon=False,
                meenemen=self.meenemen,
            )
            self._tellingen = {sleutel: self._doorloop(opdracht)}
        return self._tellingen[sleutel]

    def tel(self, variabele, datum, hervormingen=(), per=()) -> pd.DataFrame:
        """Counts and shares of each value per system (and `per` group: model inputs or
        `meenemen` columns), as in the command line's `aggregaat.csv`.

        Columns: `systeem` (`huidig_recht` for current law), the `per` columns, the variable,
        `aantal` (persons), with a weight column also `gewogen_aantal` (sum of weights), and
        `aandeel` (the share within system and group, weighted if there are weights).
        """
        return self._telling(variabele, datum, hervormingen, per).routetabel().to_pandas()

    def overgangen(self, variabele, datum, hervormingen, per=()) -> pd.DataFrame:
        """Who moves from which value under current law to which under each reform."""
        return self._telling(variabele, datum, hervormingen, per).overgangstabel().to_pandas()
