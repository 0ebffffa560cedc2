"""A long history table (`persoon_id, maand, verblijfsdoel, buiten_nederland`) as month arrays."""

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from openfisca_arbeidsmigratie.tools.bevolking.kolom import controleer, naar_model
from openfisca_arbeidsmigratie.tools.bevolking.lezen import is_tekst
from openfisca_arbeidsmigratie.tools.bevolking.schema import (
    EERSTE_MAAND,
    LAATSTE_MAAND,
    PERSOON_ID,
    geschiedeniskolommen,
    maandkolom,
)
from openfisca_arbeidsmigratie.tools.bevolking.validatie import (
    KOPREGELS,
    Verzamelaar,
)

MAAND = "maand"
KOLOMMEN = (PERSOON_ID, MAAND, "verblijfsdoel", "buiten_nederland")


class LangeGeschiedenis:
    def __init__(self, systeem, tabel: pa.Table, bron: str, persoon_ids: set | None = None):
        self.bron = bron
        self.kolommen = geschiedeniskolommen(systeem)
        self.verzamelaar = Verzamelaar(bron)
        self._controleer(tabel, persoon_ids)
        if self.problemen():
            return
        ids = np.asarray(tabel.column(PERSOON_ID).cast(pa.string()))
        maanden = np.asarray(tabel.column(MAAND).cast(pa.string()))
        self.maanden = sorted(set(maanden.tolist()))
        self.rij_ids = ids
        volgorde = np.lexsort((maanden, ids))
        self.volgorde = volgorde
        self.ids = ids[volgorde]
        self.maand = maanden[volgorde]
        self.waarden = {
            naam: naar_model(self.kolommen[naam], tabel.column(naam))[volgorde]
            for naam in ("verblijfsdoel", "buiten_nederland")
            if naam in tabel.column_names
        }

    def problemen(self) -> list[str]:
        return self.verzamelaar.problemen()

    def _controleer(self, tabel, persoon_ids):
        ontbrekend = [k for k in KOLOMMEN[:2] if k not in tabel.column_names]
        onbekend = [k for k in tabel.column_names if k not in KOLOMMEN]
        if ontbrekend:
            self.verzamelaar.los(f"missing required columns: {', '.join(ontbrekend)}")
            return
        if onbekend:
            self.verzamelaar.los(
                f"unknown columns: {', '.join(onbekend)}; accepted: " + ", ".join(KOLOMMEN)
            )
        if tabel.num_rows == 0:
            self.verzamelaar.los("the table has no rows")
            return
        rijen = np.arange(1, tabel.num_rows + 1)
        maanden = tabel.column(MAAND).combine_chunks().cast(pa.string())
        geldig = pc.match_substring_regex(maanden, r"^\d{4}-(0[1-9]|1[0-2])$").fill_null(False)
        geldig = pc.and_(
            geldig,
            pc.and_(pc.greater_equal(maanden, EERSTE_MAAND), pc.less_equal(maanden, LAATSTE_MAAND)),
        ).fill_null(False)
        slecht = ~np.asarray(geldig)
        if slecht.any():
            self.verzamelaar.voeg_toe(
                MAAND,
                "maand",
                rijen[slecht],
                maanden.filter(pa.array(slecht)).to_pylist(),
                f"expected a month as YYYY-MM from {EERSTE_MAAND} to {LAATSTE_MAAND}",
            )
        for naam in ("verblijfsdoel", "buiten_nederland"):
            if naam in tabel.column_names:
                controleer(
                    self.verzamelaar,
                    self.kolommen[naam],
                    tabel.column(naam),
                    1,
                    naam,
                    is_tekst(tabel),
                )
        ids = np.asarray(tabel.column(PERSOON_ID).cast(pa.string()))
        sleutel = np.char.add(np.char.add(ids.astype(str), "|"), np.asarray(maanden).astype(str))
        _, eerste = np.unique(sleutel, return_index=True)
        dubbel = np.ones(len(sleutel), dtype=bool)
        dubbel[eerste] = False
        if dubbel.any():
            self.verzamelaar.voeg_toe(
                f"{PERSOON_ID}, {MAAND}",
                "dubbel",
                rijen[dubbel],
                sleutel[dubbel],
                "month given twice",
            )
        if persoon_ids is not None:
            self._controleer_personen(self.verzamelaar, ids, pa.array(list(persoon_ids)))

    def _controleer_personen(self, verzamelaar, ids, persoon_ids: pa.Array):
        onbekend_id = ~np.asarray(pc.is_in(pa.array(ids), value_set=persoon_ids))
        if onbekend_id.any():
            verzamelaar.voeg_toe(
                PERSOON_ID,
                "onbekend",
                np.arange(1, len(ids) + 1)[onbekend_id],
                ids[onbekend_id],
                "not in the persons table",
            )

    def onbekende_personen(self, persoon_ids: pa.Array) -> list[str]:
        """Problems for history rows of persons not in the persons table (`persoon_ids`)."""
        verzamelaar = Verzamelaar(self.bron)
        self._controleer_personen(verzamelaar, self.rij_ids, persoon_ids.cast(pa.string()))
        return verzamelaar.problemen()

    def ook_breed(self, verzamelaar, blok: pa.Table, eerste_rij: int) -> None:
        """Months of a person given both in a wide history column of the persons table (e.g.
        `verblijfsdoel_2020_01`) and here: one of the two would silently win, so both are named."""
        ids = None
        for naam in blok.column_names:
            maand = maandkolom(naam)
            if not maand or maand[0] not in self.waarden or maand[1] not in self.maanden:
                continue
            if ids is None:
                ids = np.asarray(blok.column(PERSOON_ID).cast(pa.string()).fill_null(""))
            plekken = np.flatnonzero(self.maand == maand[1])
            lang = self.ids[plekken]
            plek = np.minimum(np.searchsorted(lang, ids), len(lang) - 1)
            dubbel = (lang[plek] == ids) & np.asarray(blok.column(naam).is_valid())
            if dubbel.any():
                rijen = self.volgorde[plekken[plek[dubbel]]] + 1 + KOPREGELS
                paren = zip(ids[dubbel], rijen, strict=True)
                waarden = [f"{i} (also {self.bron} row {r})" for i, r in paren]
                verzamelaar.voeg_toe(
                    naam,
                    "ook_lang",
                    np.arange(eerste_rij, eerste_rij + len(ids))[dubbel],
                    waarden,
                    f"the month {maand[1]} is also given in {self.bron}; give each month of a "
                    "person in one place",
                )

    def voor(self, persoon_ids: np.ndarray) -> dict:
        """{(variable, month): array over `persoon_ids`}; months not given keep their default."""
        uit = {}
        for maand in self.maanden:
            bij_maand = self.maand == maand
            ids = self.ids[bij_maand]
            plek = np.searchsorted(ids, persoon_ids)
            plek = np.minimum(plek, max(len(ids) - 1, 0))
            aanwezig = (ids[plek] == persoon_ids) if len(ids) else np.zeros(len(persoon_ids), bool)
            for naam, waarden in self.waarden.items():
                kolom = self.kolommen[naam].variabele
                standaard = kolom.default_value
                standaard = getattr(standaard, "index", standaard)
                reeks = np.full(len(persoon_ids), standaard, dtype=waarden.dtype)
                reeks[aanwezig] = waarden[bij_maand][plek[aanwezig]]
                uit[(naam, maand)] = reeks
        return uit
