"""`Populatie`: the population runner from Python, with pandas in and out.

    >>> from openfisca_arbeidsmigratie import Populatie
    >>> populatie = Populatie(personen, werkgevers=werkgevers, gewicht="gewicht")
    >>> populatie.bereken(["toelatingsroute"], "2026-06-15", ["brede_welvaartstoets"])
    >>> populatie.tel("toelatingsroute", "2026-06-15", per=["nationaliteit"])

The tables are checked exactly as `arbeidsmigratie bevolking` checks its files (the same
`ValidatieFout` with every problem, its column and its rows); nothing is computed from a table
with a problem.
"""

import pandas as pd
import pyarrow as pa

from openfisca_arbeidsmigratie.model.bereik import controleer_datum
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, doorloop
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import HUIDIG
from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import BLOKGROOTTE, Bron

SCHEIDING = "__"


def als_tabel(tabel, naam: str) -> pa.Table:
    """A pandas DataFrame or pyarrow Table as a pyarrow Table; text columns as `string`."""
    if isinstance(tabel, pd.DataFrame):
        if tabel.index.name == PERSOON_ID and PERSOON_ID not in tabel.columns:
            tabel = tabel.reset_index()
        tabel = pa.Table.from_pandas(tabel, preserve_index=False)
    if not isinstance(tabel, pa.Table):
        raise TypeError(f"{naam}: expected a pandas DataFrame or a pyarrow Table, got {tabel!r}")
    velden = [
        pa.field(veld.name, pa.string()) if pa.types.is_large_string(veld.type) else veld
        for veld in tabel.schema
    ]
    return tabel.cast(pa.schema(velden))


class Populatie:
    """A population (persons, optional employers and long history) to compute and count.

    `personen`: one row per person, columns `persoon_id`, the model's input variables, the
    monthly history as `verblijfsdoel_YYYY_MM` / `buiten_nederland_YYYY_MM` and, if given, the
    `gewicht` column (a weight >= 0 per person). `werkgevers` is joined by `werkgever_id`;
    `geschiedenis` is the long history table (`persoon_id, maand, verblijfsdoel,
    buiten_nederland`). `processen` > 1 spreads chunks of `blokgrootte` persons over a pool.
    """

    def __init__(
        self,
        personen,
        werkgevers=None,
        geschiedenis=None,
        gewicht: str | None = None,
        *,
        blokgrootte: int = BLOKGROOTTE,
        processen: int = 1,
        systeem=None,
    ):
        if systeem is None:
            from openfisca_arbeidsmigratie import CountryTaxBenefitSystem

            systeem = CountryTaxBenefitSystem()
        self.systeem = systeem
        self.personen = als_tabel(personen, "personen")
        self.werkgevers = als_tabel(werkgevers, "werkgevers") if werkgevers is not None else None
        self.geschiedenis = (
            als_tabel(geschiedenis, "geschiedenis") if geschiedenis is not None else None
        )
        self.gewicht = gewicht
        self.blokgrootte = blokgrootte
        self.processen = processen
        self._tellingen = {}

    def _opdracht(self, datum, hervormingen, **opties) -> Opdracht:
        controleer_datum(str(datum))
        return Opdracht(
            str(datum),
            tuple(hervormingen),
            gewicht=self.gewicht,
            werkgevers=self.werkgevers,
            lang=self.geschiedenis,
            **opties,
        )

    def _doorloop(self, opdracht: Opdracht, bij_deel=lambda deel, schoon: None):
        bron = Bron("personen", tabel=self.personen)
        return doorloop(self.systeem, opdracht, bron, self.blokgrootte, self.processen, bij_deel)

    def bereken(self, variabelen, datum, hervormingen=()) -> pd.DataFrame:
        """One row per person (index `persoon_id`), one column per variable and system.

        Current law as `<variable>`, each reform as `<variable>__<reform>`; enum values as their
        names (categorical columns).
        """
        variabelen = [variabelen] if isinstance(variabelen, str) else list(variabelen)
        if not variabelen:
            raise ValueError("bereken: name at least one variable")
        opdracht = self._opdracht(
            datum,
            hervormingen,
            variabelen=tuple(variabelen),
            telvariabele=variabelen[0],
            per_persoon=True,
        )
        tabellen = []

        def bewaar(deel, schoon):
            if schoon and deel.tabel is not None:
                tabellen.append(deel.tabel)

        self._doorloop(opdracht, bewaar)
        frame = pa.concat_tables(tabellen).to_pandas() if tabellen else self._leeg(opdracht)
        frame = frame.set_index(PERSOON_ID)
        return frame.rename(columns=_kolomnaam)

    def _leeg(self, opdracht: Opdracht) -> pd.DataFrame:
        kolommen = {PERSOON_ID: self.personen.column(PERSOON_ID).to_pandas()}
        for systeem in opdracht.systeemnamen():
            for naam in opdracht.uitvoerkolommen(systeem):
                kolommen[f"{naam}{SCHEIDING}{systeem}"] = pd.Series([], dtype=object)
        return pd.DataFrame(kolommen)

    def _telling(self, variabele, datum, hervormingen, per):
        sleutel = (variabele, str(datum), tuple(hervormingen), tuple(per))
        if sleutel not in self._tellingen:
            opdracht = self._opdracht(
                datum,
                hervormingen,
                per=tuple(per),
                telvariabele=variabele,
                variabelen=(variabele,),
                per_persoon=False,
            )
            self._tellingen = {sleutel: self._doorloop(opdracht)}
        return self._tellingen[sleutel]

    def tel(self, variabele, datum, hervormingen=(), per=()) -> pd.DataFrame:
        """Counts and shares of each value per system (and `per` group).

        Columns: `systeem`, the `per` columns, the variable, `aantal` (persons), with a weight
        column also `gewogen_aantal` (sum of weights), and `aandeel` (the share within system and
        group, weighted if there are weights).
        """
        return self._telling(variabele, datum, hervormingen, per).routetabel().to_pandas()

    def overgangen(self, variabele, datum, hervormingen, per=()) -> pd.DataFrame:
        """Who moves from which value under current law to which under each reform."""
        return self._telling(variabele, datum, hervormingen, per).overgangstabel().to_pandas()


def _kolomnaam(naam: str) -> str:
    variabele, _, systeem = naam.rpartition(SCHEIDING)
    return variabele if systeem == HUIDIG else naam
