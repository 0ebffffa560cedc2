"""Checking a spec: over a grid holding every boundary (with a proof where the partition is
covered), or by a seeded search when the grid is too large; a failure as a minimal case."""

from dataclasses import dataclass, field

import numpy as np

from openfisca_arbeidsmigratie.tools.kern.register import parameter_op_datum
from openfisca_arbeidsmigratie.tools.specs.expressie import (
    DATUM,
    PARAMETER,
    ExpressieFout,
    Verwijzing,
    Waarde,
)
from openfisca_arbeidsmigratie.tools.specs.lezen import SpecFout
from openfisca_arbeidsmigratie.tools.specs.opname import opnemen, volg
from openfisca_arbeidsmigratie.tools.specs.rekenen import bereken

BLOK = 50_000
RONDES = 3


@dataclass
class Tegenvoorbeeld:
    eigenschap: object
    datum: str
    invoer: dict  # input -> value as YAML
    waarden: dict  # (system, variable) -> value as YAML


@dataclass
class Verslag:
    spec: object
    oordeel: str = "proved"  # "proved", "checked" (grid) or "sampled"
    aantal: int = 0
    tijd: float = 0.0
    opgesomd: list = field(default_factory=list)
    bemonsterd: list = field(default_factory=list)
    redenen: list = field(default_factory=list)
    mislukt: list = field(default_factory=list)  # Tegenvoorbeeld
    bevolking: int = 0  # cases drawn from the synthetic population

    @property
    def geldt(self) -> bool:
        return not self.mislukt


def _standaard(spec) -> str:
    return next(iter(spec.systemen))


def nodig(spec, invoer: set) -> dict:
    """The variables to compute under each of the spec's systems."""
    uit = {alias: set() for alias in spec.systemen}
    eerste = _standaard(spec)

    def voeg(expressie, onder):
        for v in expressie.verwijzingen:
            if v.systeem is None and (
                v.naam in invoer or v.naam.startswith(PARAMETER) or v.naam == DATUM
            ):
                continue
            for alias in [v.systeem] if v.systeem else onder:
                uit[alias].add(v.naam)

    for e in spec.eigenschappen:
        standaard = list(e.tussen) if e.soort.startswith("niemand") else [eerste]
        for expressie in (e.voorwaarde, e.als, e.behalve):
            if expressie is not None:
                voeg(expressie, standaard)
        for naam in e.variabelen:
            for alias in e.tussen or spec.systemen:
                uit[alias].add(naam)
    return {alias: namen for alias, namen in uit.items() if namen}


def _lezer(spec, invoer, uitkomsten, standaard, datum=None):
    def lees(v: Verwijzing) -> Waarde:
        if v.naam == DATUM and v.systeem is None:
            return Waarde(np.asarray(np.datetime64(datum, "D")))
        if v.naam.startswith(PARAMETER):
            systeem = spec.systemen[next(iter(spec.systemen))][1]
            pad = v.naam.removeprefix(PARAMETER)
            return Waarde(np.asarray(float(parameter_op_datum(systeem, pad, datum))))
        if v.systeem is None and v.naam in invoer:
            domein = spec.domein.get(v.naam) or spec.vast[v.naam]
            return Waarde(np.asarray(invoer[v.naam]), domein.enum)
        return uitkomsten[(v.systeem or standaard, v.naam)]

    return lees


def _gelijk(a: Waarde, b: Waarde) -> np.ndarray:
    if a.array.dtype.kind == "f" or b.array.dtype.kind == "f":
        return np.isclose(a.array, b.array, rtol=0, atol=0.005)
    return a.array == b.array


def geldt(spec, e, invoer, uitkomsten, extra=None, datum=None) -> np.ndarray:
    """Per combination, whether property `e` holds; `extra` holds the outcomes of the shifted
    (monotone) or reordered (independence) run."""
    eerste = _standaard(spec)
    lees = _lezer(spec, invoer, uitkomsten, eerste, datum)
    if e.soort == "altijd":
        return e.voorwaarde.waar(lees)
    if e.soort == "als":
        return ~e.als.waar(lees) | e.voorwaarde.waar(lees)
    if e.soort == "ongewijzigd":
        a, b = e.tussen
        gelijk = np.logical_and.reduce(
            [_gelijk(uitkomsten[(a, n)], uitkomsten[(b, n)]) for n in e.variabelen]
        )
        return gelijk | (e.behalve.waar(lees) if e.behalve is not None else False)
    if e.soort in ("niemand_verliest", "niemand_wint"):
        a, b = (e.voorwaarde.waar(_lezer(spec, invoer, uitkomsten, s, datum)) for s in e.tussen)
        return ~(a & ~b) if e.soort == "niemand_verliest" else ~(~a & b)
    if e.soort == "monotoon":
        verschoven_invoer, verschoven = extra
        voor = e.voorwaarde.waarde(lees).array
        na = e.voorwaarde.waarde(_lezer(spec, verschoven_invoer, verschoven, eerste, datum)).array
        if voor.dtype == bool:
            return ~(voor & ~na) if e.stijgend else ~(~voor & na)
        return (na >= voor - 1e-9) if e.stijgend else (na <= voor + 1e-9)
    volgorde, herschikt = extra
    terug = np.argsort(volgorde)
    return np.logical_and.reduce(
        [
            _gelijk(uitkomsten[(alias, n)], Waarde(herschikt[(alias, n)].array[terug]))
            for alias in spec.systemen
            for n in e.variabelen
            if (alias, n) in uitkomsten
        ]
    )


class Controle:
    """Checks one spec on one date; `invoer_van(index)` makes the combinations."""

    def __init__(self, spec, datum: str, budget: int, zaad: int = 2026, bewijs: bool = True):
        self.spec, self.datum, self.budget, self.zaad, self.bewijs = (
            spec,
            datum,
            budget,
            zaad,
            bewijs,
        )
        self.systemen = {alias: s for alias, (_, s) in spec.systemen.items()}
        self.domein = spec.domein
        self.invoernamen = set(spec.domein) | set(spec.vast)
        self.nodig = nodig(spec, self.invoernamen)
        self.gevolgd = {n: d.stap for n, d in spec.domein.items() if d.bereik and d.gevolgd}
        # The properties still searched: one with a counterexample is not searched further.
        self.actief = {e.naam for e in spec.eigenschappen}

    def _vast(self, aantal) -> dict:
        return {n: np.repeat(d.waarden[:1], aantal) for n, d in self.spec.vast.items()}

    def _extra(self, e, invoer, roosters):
        """The second run a property needs: shifted (monotone) or reordered (independence)."""
        if e.soort == "monotoon":
            domein = self.domein[e.invoer]
            verschoven = dict(invoer)
            verschoven[e.invoer] = domein.volgende(invoer[e.invoer], roosters.get(e.invoer))
            return verschoven, bereken(self.systemen, verschoven, self.datum, self.nodig)
        if e.soort == "onafhankelijk":
            volgorde = np.random.default_rng(self.zaad).permutation(
                len(next(iter(invoer.values())))
            )
            herschikt = {n: w[volgorde] for n, w in invoer.items()}
            return volgorde, bereken(self.systemen, herschikt, self.datum, self.nodig)
        return None

    def evalueer(self, invoer: dict, roosters=None, opname=None) -> dict:
        """Per property, the indices of the combinations where it fails."""
        aantal = len(next(iter(invoer.values()))) if invoer else 1
        invoer = {**self._vast(aantal), **invoer}
        uitkomsten = bereken(self.systemen, invoer, self.datum, self.nodig, opname)
        uit = {}
        for e in self.spec.eigenschappen:
            if e.naam not in self.actief:
                continue
            extra = self._extra(e, invoer, roosters or {})
            try:
                waar = self._geldt(e, invoer, uitkomsten, extra, opname)
            except ExpressieFout as fout:
                raise SpecFout(self.spec.pad, e.regel, f"property '{e.naam}': {fout}") from None
            uit[e.naam] = (
                np.flatnonzero(~np.broadcast_to(waar, (aantal,))),
                invoer,
                {
                    sleutel: Waarde(np.asarray(w.array.view(np.ndarray)), w.enum)
                    for sleutel, w in uitkomsten.items()
                },
                extra,
            )
        return uit

    def _geldt(self, e, invoer, uitkomsten, extra, opname) -> np.ndarray:
        """Whether `e` holds; while recording, the property's own comparisons of an input (or
        of a value derived from one) are recorded as the model's are."""
        if opname is None:
            return geldt(self.spec, e, invoer, uitkomsten, extra, self.datum)
        gevolgd = {n: volg(w, n) if n in self.gevolgd else w for n, w in invoer.items()}
        with opnemen(opname):
            uitkomst = geldt(self.spec, e, gevolgd, uitkomsten, extra, self.datum)
        return np.asarray(
            uitkomst.view(np.ndarray) if isinstance(uitkomst, np.ndarray) else uitkomst
        )

    def roosters(self, drempels) -> dict:
        return {n: d.rooster(drempels.get(n, ())) for n, d in self.domein.items()}
