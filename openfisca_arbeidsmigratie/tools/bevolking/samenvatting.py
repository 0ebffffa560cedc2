"""Aggregates over chunks: counts per route (and group), and who gains or loses per reform."""

import math
from collections import Counter

import numpy as np
import pyarrow as pa

from openfisca_arbeidsmigratie.model.hervorming import WET
from openfisca_arbeidsmigratie.tools.bevolking.groeperingen import (
    LEEFTIJDSGROEP,
    ROUTE,
)
from openfisca_arbeidsmigratie.tools.bevolking.kolom import Kolom, typeer
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES
from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT, status


def systeemstatus(systeem: str) -> str:
    """`wet` for current law, else the reform's status (`voorstel`, `interpretatie`, `wet`)."""
    return WET if systeem == HUIDIG_RECHT else status(systeem)


LEEFTIJDSGRENZEN = (25, 30, 40, 50)


def groepskolom(groepering: str) -> str | None:
    """The persons table's column a grouping reads (None: the route, which the run computes)."""
    if groepering == ROUTE:
        return None
    return "leeftijd" if groepering == LEEFTIJDSGROEP else groepering


def leeftijdsgroepen(leeftijd) -> np.ndarray:
    """Each age as its band: "0-24", "25-29", "30-39", "40-49", "50+"."""
    grenzen = [0, *LEEFTIJDSGRENZEN]
    namen = [f"{a}-{b - 1}" for a, b in zip(grenzen, grenzen[1:], strict=False)]
    namen.append(f"{grenzen[-1]}+")
    plaats = np.searchsorted(LEEFTIJDSGRENZEN, np.asarray(leeftijd), side="right")
    return np.asarray(namen)[plaats]


def groepswaarden(blok: pa.Table, groepering: str):
    """The group of each person of a checked chunk (None for the route: see `Telling`)."""
    kolom = groepskolom(groepering)
    if kolom is None:
        return None
    if groepering == LEEFTIJDSGROEP:
        getypt, _ = typeer(Kolom(kolom, None, "int"), blok.column(kolom).combine_chunks())
        return leeftijdsgroepen(np.asarray(getypt, dtype=np.float64))
    return np.asarray(blok.column(kolom).cast(pa.string()))


class Telling:
    """Running counts of one variable, combined over chunks; identical for any chunking.

    With weights (`gewogen`), every count also has its weighted sum, and shares are weighted.
    Enum values are counted by member name (`namen`: the names by index).
    """

    def __init__(
        self,
        systemen: list[str],
        per: list[str],
        gewogen: bool = False,
        variabele: str = "toelatingsroute",
        namen=ROUTES,
        groeperingen=(),
    ):
        self.systemen = systemen
        self.per = per
        self.gewogen = gewogen
        self.variabele = variabele
        self.namen = namen
        self.routes = Counter()
        self.gewichten = Counter()
        self.overgangen = Counter()
        self.overgangsgewichten = Counter()
        self.toegelaten = Counter()
        self.toegelaten_gewicht = Counter()
        self.winst = Counter()
        self.verlies = Counter()
        self.aantal = 0
        self.totaalgewicht = 0.0
        self.actualiteit: dict[str, list[str]] = {}
        self.ontbrekend: dict[str, list] = {}  # per system: inputs read that the table lacks
        # Per reform: (variables it recomputed, variables current law computed or read), the
        # most over the chunks (`rekenen.bereken_blok`).
        self.herberekend: dict[str, tuple[int, int]] = {}
        self.bestanden = []
        # Admissions per (system, grouping, group): persons, and the sum of their weights (1 per
        # person without a weight column).
        self.groeperingen = list(groeperingen)
        self.groepen = Counter()
        self.groepsgewichten = Counter()

    def _naam(self, waarde):
        return self.namen[waarde] if self.namen is not None else waarde

    def voeg_toe(self, uitkomst: dict, groepen: dict, gewicht=None, groeperingen=None):
        self.aantal += self._lengte(uitkomst)
        if self.gewogen:
            self.totaalgewicht += float(np.sum(gewicht, dtype=np.float64))
        sleutels = [groepen[naam] for naam in self.per]
        basis = uitkomst[HUIDIG_RECHT][self.variabele] if HUIDIG_RECHT in uitkomst else None
        for systeem in self.systemen:
            routes = uitkomst[systeem][self.variabele]
            aantallen, sommen = _tel([*sleutels, routes], gewicht)
            for (*groep, route), aantal in aantallen.items():
                sleutel = (systeem, *groep, self._naam(route))
                self.routes[sleutel] += aantal
                if self.gewogen:
                    self.gewichten[sleutel] += sommen[(*groep, route)]
            if systeem != HUIDIG_RECHT and basis is not None:
                aantallen, sommen = _tel([basis, routes], gewicht)
                for (van, naar), aantal in aantallen.items():
                    sleutel = (systeem, self._naam(van), self._naam(naar))
                    self.overgangen[sleutel] += aantal
                    if self.gewogen:
                        self.overgangsgewichten[sleutel] += sommen[(van, naar)]
        if self.variabele == "toelatingsroute":
            self._tel_toegelaten(uitkomst, gewicht)
            self._tel_groepen(uitkomst, groeperingen or {}, gewicht)

    def _tel_groepen(self, uitkomst: dict, groeperingen: dict, gewicht):
        """Admissions per group of each grouping, under each system."""
        gewicht = np.ones(self._lengte(uitkomst)) if gewicht is None else gewicht
        for systeem in self.systemen:
            toegelaten = np.asarray(uitkomst[systeem]["toegelaten_arbeidsmigrant"], dtype=bool)
            for groepering in self.groeperingen:
                waarden = groeperingen.get(groepering)
                if waarden is None:
                    routes = np.asarray(uitkomst[systeem][ROUTE], dtype=np.int64)
                    waarden = np.asarray(self.namen)[routes]
                aantallen, sommen = _tel([waarden[toegelaten]], gewicht[toegelaten])
                for (groep,), aantal in aantallen.items():
                    self.groepen[(systeem, groepering, str(groep))] += aantal
                    self.groepsgewichten[(systeem, groepering, str(groep))] += sommen[(groep,)]

    def _tel_toegelaten(self, uitkomst: dict, gewicht):
        """Admissions (`toegelaten_arbeidsmigrant`) per route, and who gains or loses them."""
        gewicht = np.ones(self._lengte(uitkomst)) if gewicht is None else gewicht
        basis = (
            uitkomst[HUIDIG_RECHT]["toegelaten_arbeidsmigrant"]
            if HUIDIG_RECHT in uitkomst
            else None
        )
        for systeem in self.systemen:
            routes = uitkomst[systeem]["toelatingsroute"]
            toegelaten = np.asarray(uitkomst[systeem]["toegelaten_arbeidsmigrant"], dtype=bool)
            aantallen, sommen = _tel([routes[toegelaten]], gewicht[toegelaten])
            for (route,), aantal in aantallen.items():
                self.toegelaten[(systeem, self._naam(route))] += aantal
                self.toegelaten_gewicht[(systeem, self._naam(route))] += sommen[(route,)]
            if systeem != HUIDIG_RECHT and basis is not None:
                for teller, keuze in (
                    (self.winst, ~basis & toegelaten),
                    (self.verlies, basis & ~toegelaten),
                ):
                    teller[(systeem, False)] += int(keuze.sum())
                    teller[(systeem, True)] += float(np.sum(gewicht[keuze], dtype=np.float64))

    def _lengte(self, uitkomst: dict) -> int:
        return len(next(iter(uitkomst.values()))[self.variabele])

    def voeg_samen(self, andere: "Telling"):
        """Add the counts of another chunk (for results from other processes)."""
        self.aantal += andere.aantal
        self.totaalgewicht += andere.totaalgewicht
        for eigen, hun in (
            (self.routes, andere.routes),
            (self.gewichten, andere.gewichten),
            (self.overgangen, andere.overgangen),
            (self.overgangsgewichten, andere.overgangsgewichten),
            (self.toegelaten, andere.toegelaten),
            (self.toegelaten_gewicht, andere.toegelaten_gewicht),
            (self.winst, andere.winst),
            (self.verlies, andere.verlies),
            (self.groepen, andere.groepen),
            (self.groepsgewichten, andere.groepsgewichten),
        ):
            for sleutel, waarde in hun.items():
                eigen[sleutel] += waarde

    def _maat(self, sleutel, gewogen=None):
        gewogen = self.gewogen if gewogen is None else gewogen
        return self.gewichten[sleutel] if gewogen else self.routes[sleutel]

    def routetabel(self) -> pa.Table:
        """Counts and shares per system, group and value (shares within system and group).

        Weighted: `aantal` stays the number of persons, `gewogen_aantal` is the sum of their
        weights and `aandeel` the weighted share.
        """
        totaal = Counter()
        for sleutel in self.routes:
            totaal[(sleutel[0], *sleutel[1:-1])] += self._maat(sleutel)
        rijen = sorted(self.routes, key=lambda r: (self.systemen.index(r[0]), _sorteer(r[1:])))
        kolommen = {
            "systeem": [r[0] for r in rijen],
            "status": [systeemstatus(r[0]) for r in rijen],
        }
        for i, naam in enumerate(self.per):
            kolommen[naam] = [str(r[1 + i]) for r in rijen]
        kolommen[self.variabele] = [r[-1] for r in rijen]
        kolommen["aantal"] = [self.routes[r] for r in rijen]
        if self.gewogen:
            kolommen["gewogen_aantal"] = [self.gewichten[r] for r in rijen]
        kolommen["aandeel"] = [
            self._maat(r) / totaal[(r[0], *r[1:-1])] if totaal[(r[0], *r[1:-1])] else 0.0
            for r in rijen
        ]
        kolommen["actualiteit"] = [" | ".join(self.actualiteit.get(r[0], [])) for r in rijen]
        return pa.table(kolommen)

    def groepstabel(self) -> pa.Table:
        """Admitted labour migrants per grouping and group, per system, against current law.

        `toegelaten`: persons; `gewogen_toegelaten`: the sum of their weights (1 per person
        without a weight column); `verschil`: the weighted difference with current law (empty
        for current law itself, or when current law was not computed).
        """
        groepen = sorted({(g, groep) for _, g, groep in self.groepen}, key=self._groepsvolgorde)
        rijen = [(s, g, groep) for g, groep in groepen for s in self.systemen]
        basis = HUIDIG_RECHT in self.systemen
        return pa.table(
            {
                "groepering": [r[1] for r in rijen],
                "groep": [r[2] for r in rijen],
                "systeem": [r[0] for r in rijen],
                "status": [systeemstatus(r[0]) for r in rijen],
                "toegelaten": pa.array([self.groepen[r] for r in rijen], pa.int64()),
                "gewogen_toegelaten": pa.array(
                    [float(self.groepsgewichten[r]) for r in rijen], pa.float64()
                ),
                "verschil": pa.array(
                    [
                        float(
                            self.groepsgewichten[r] - self.groepsgewichten[(HUIDIG_RECHT, *r[1:])]
                        )
                        if basis and r[0] != HUIDIG_RECHT
                        else None
                        for r in rijen
                    ],
                    pa.float64(),
                ),
            }
        )

    def _groepsvolgorde(self, sleutel):
        """Groupings in their order; age bands from young to old, other groups largest first."""
        groepering, groep = sleutel
        plaats = self.groeperingen.index(groepering) if groepering in self.groeperingen else 99
        if groepering == LEEFTIJDSGROEP:
            return plaats, int(groep.split("-")[0].rstrip("+")), groep
        systeem = HUIDIG_RECHT if HUIDIG_RECHT in self.systemen else self.systemen[0]
        return plaats, -self.groepsgewichten[(systeem, groepering, groep)], groep

    def overgangstabel(self) -> pa.Table:
        rijen = sorted(self.overgangen, key=_sorteer)
        naam = "route" if self.variabele == "toelatingsroute" else self.variabele
        kolommen = {
            "systeem": [r[0] for r in rijen],
            "status": [systeemstatus(r[0]) for r in rijen],
            f"{naam}_huidig_recht": [r[1] for r in rijen],
            f"{naam}_hervorming": [r[2] for r in rijen],
            "aantal": [self.overgangen[r] for r in rijen],
        }
        if self.gewogen:
            kolommen["gewogen_aantal"] = [self.overgangsgewichten[r] for r in rijen]
        return pa.table(kolommen)

    def per_route(self, systeem: str, gewogen=None) -> Counter:
        uit = Counter()
        for sleutel in self.routes:
            if sleutel[0] == systeem:
                uit[sleutel[-1]] += self._maat(sleutel, gewogen)
        return uit

    def toegelaten_per_route(self, systeem: str, gewogen=None) -> Counter:
        """Admitted labour migrants (`toegelaten_arbeidsmigrant`) per route under a system."""
        gewogen = self.gewogen if gewogen is None else gewogen
        bron = self.toegelaten_gewicht if gewogen else self.toegelaten
        return Counter({r: a for (s, r), a in bron.items() if s == systeem})

    def winst_en_verlies(self, systeem: str, gewogen=None) -> tuple:
        """(who gains admission, who loses it) under a reform, against current law."""
        gewogen = self.gewogen if gewogen is None else gewogen
        return self.winst[(systeem, gewogen)], self.verlies[(systeem, gewogen)]

    def naast_elkaar(self) -> tuple[list[str], list[list]]:
        """Rows per route, columns per system: counts and shares of the whole population.

        Weighted: the weighted count and share, and the number of persons beside it.
        """
        kolommen = ["route", *self.systemen]
        rijen = []
        totaal = self.totaalgewicht if self.gewogen else self.aantal
        tellingen = {s: self.per_route(s) for s in self.systemen}
        personen = {s: self.per_route(s, gewogen=False) for s in self.systemen}

        def cel(s, routes):
            waarde = sum(tellingen[s][r] for r in routes)
            tekst = _met_aandeel(waarde, totaal)
            if self.gewogen:
                tekst += f" [n={sum(personen[s][r] for r in routes):,}]"
            return tekst

        def toegelaten(s):
            tekst = _met_aandeel(sum(self.toegelaten_per_route(s).values()), totaal)
            if self.gewogen:
                tekst += f" [n={sum(self.toegelaten_per_route(s, gewogen=False).values()):,}]"
            return tekst

        for route in ROUTES:
            if not any(personen[s][route] for s in self.systemen):
                continue
            rijen.append([route, *[cel(s, [route]) for s in self.systemen]])
        if self.variabele == "toelatingsroute":
            rijen.append(["admitted labour migrants", *[toegelaten(s) for s in self.systemen]])
        winst = ["gain admission", ""] + [
            _getal(self.winst_en_verlies(s)[0]) for s in self.systemen[1:]
        ]
        verlies = ["lose admission", ""] + [
            _getal(self.winst_en_verlies(s)[1]) for s in self.systemen[1:]
        ]
        return kolommen, [*rijen, winst, verlies]


def _sorteer(sleutel):
    return tuple((0, w, "") if isinstance(w, int | float) else (1, 0, str(w)) for w in sleutel)


def _getal(waarde) -> str:
    return f"{waarde:,.1f}" if isinstance(waarde, float) else str(waarde)


def _met_aandeel(aantal, totaal) -> str:
    getal = f"{aantal:,.1f}" if isinstance(aantal, float) else f"{aantal:,}"
    return f"{getal} ({100 * aantal / totaal:.1f}%)" if totaal else "0"


BINCOUNT_TOT = 1 << 20


def _tel(kolommen, gewicht=None) -> tuple[Counter, Counter]:
    """Counts (and weight sums) of the combinations of values across equally long arrays."""
    codes = []
    waarden = []
    for kolom in kolommen:
        kolom = np.asarray(kolom)
        if kolom.dtype.kind in "iub" and kolom.size and kolom.min() >= 0 and kolom.max() < 4096:
            getallen = kolom.astype(np.int64)
            uniek = np.flatnonzero(np.bincount(getallen))
            opzoek = np.zeros(int(uniek[-1]) + 1, dtype=np.int64)
            opzoek[uniek] = np.arange(len(uniek))
            code = opzoek[getallen]
            uniek = uniek.astype(kolom.dtype)
        else:
            uniek, code = np.unique(kolom, return_inverse=True)
        waarden.append(uniek)
        codes.append(code)
    samengesteld = np.zeros(len(codes[0]), dtype=np.int64)
    for code, uniek in zip(codes, waarden, strict=True):
        samengesteld = samengesteld * len(uniek) + code
    combinaties = math.prod(len(uniek) for uniek in waarden)
    if combinaties <= BINCOUNT_TOT:
        aantallen = np.bincount(samengesteld, minlength=combinaties)
        uniek_samengesteld = np.flatnonzero(aantallen)
        aantallen = aantallen[uniek_samengesteld]
        terug = samengesteld
    else:
        uniek_samengesteld, terug, aantallen = np.unique(
            samengesteld, return_inverse=True, return_counts=True
        )
    sommen_array = None
    if gewicht is not None:
        sommen_array = np.bincount(terug, weights=np.asarray(gewicht, dtype=np.float64))
        if combinaties <= BINCOUNT_TOT:
            sommen_array = sommen_array[uniek_samengesteld]
    uit, sommen = Counter(), Counter()
    for i, (getal, aantal) in enumerate(
        zip(uniek_samengesteld.tolist(), aantallen.tolist(), strict=True)
    ):
        combinatie = []
        for uniek in reversed(waarden):
            getal, rest = divmod(getal, len(uniek))
            waarde = uniek[rest]
            combinatie.append(waarde.item() if hasattr(waarde, "item") else waarde)
        sleutel = tuple(reversed(combinatie))
        uit[sleutel] = aantal
        if sommen_array is not None:
            sommen[sleutel] = float(sommen_array[i])
    return uit, sommen
