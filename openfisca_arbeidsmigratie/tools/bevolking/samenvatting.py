"""Aggregates over chunks: counts per route (and group), and who gains or loses per reform."""

from collections import Counter

import numpy as np
import pyarrow as pa

from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES

HUIDIG = "huidig_recht"


class Telling:
    """Running counts, combined over chunks; identical for any chunking."""

    def __init__(self, systemen: list[str], per: list[str]):
        self.systemen = systemen
        self.per = per
        self.routes = Counter()
        self.overgangen = Counter()
        self.toegelaten = Counter()
        self.winst = Counter()
        self.verlies = Counter()
        self.aantal = 0
        self.doorgetrokken: dict[str, list[str]] = {}
        self.bestanden = []

    def voeg_toe(self, uitkomst: dict, groepen: dict):
        self.aantal += len(next(iter(uitkomst.values()))["toelatingsroute"])
        sleutels = [groepen[naam] for naam in self.per]
        basis = uitkomst[HUIDIG]["toelatingsroute"]
        basis_toegelaten = uitkomst[HUIDIG]["toegelaten_arbeidsmigrant"]
        for systeem in self.systemen:
            routes = uitkomst[systeem]["toelatingsroute"]
            toegelaten = uitkomst[systeem]["toegelaten_arbeidsmigrant"]
            for (*groep, route), aantal in _tel([*sleutels, routes]).items():
                self.routes[(systeem, *groep, ROUTES[route])] += aantal
            for route, aantal in _tel([routes[toegelaten]]).items():
                self.toegelaten[(systeem, ROUTES[route[0]])] += aantal
            if systeem != HUIDIG:
                for (van, naar), aantal in _tel([basis, routes]).items():
                    self.overgangen[(systeem, ROUTES[van], ROUTES[naar])] += aantal
                self.winst[systeem] += int((~basis_toegelaten & toegelaten).sum())
                self.verlies[systeem] += int((basis_toegelaten & ~toegelaten).sum())

    def routetabel(self) -> pa.Table:
        """Counts and shares per system, group and route (shares within system and group)."""
        totaal = Counter()
        for (systeem, *rest), aantal in self.routes.items():
            totaal[(systeem, *rest[:-1])] += aantal
        rijen = sorted(self.routes.items(), key=lambda r: (self.systemen.index(r[0][0]), r[0][1:]))
        kolommen = {"systeem": [r[0][0] for r in rijen]}
        for i, naam in enumerate(self.per):
            kolommen[naam] = [str(r[0][1 + i]) for r in rijen]
        kolommen["toelatingsroute"] = [r[0][-1] for r in rijen]
        kolommen["aantal"] = [r[1] for r in rijen]
        kolommen["aandeel"] = [r[1] / totaal[(r[0][0], *r[0][1:-1])] for r in rijen]
        kolommen["doorgetrokken_bedragen"] = [
            "; ".join(self.doorgetrokken.get(r[0][0], [])) for r in rijen
        ]
        return pa.table(kolommen)

    def overgangstabel(self) -> pa.Table:
        rijen = sorted(self.overgangen.items())
        return pa.table(
            {
                "systeem": [r[0][0] for r in rijen],
                "route_huidig_recht": [r[0][1] for r in rijen],
                "route_hervorming": [r[0][2] for r in rijen],
                "aantal": [r[1] for r in rijen],
            }
        )

    def per_route(self, systeem: str) -> Counter:
        uit = Counter()
        for (s, *rest), aantal in self.routes.items():
            if s == systeem:
                uit[rest[-1]] += aantal
        return uit

    def toegelaten_per_route(self, systeem: str) -> Counter:
        """Admitted labour migrants (`toegelaten_arbeidsmigrant`) per route under a system."""
        return Counter({r: a for (s, r), a in self.toegelaten.items() if s == systeem})

    def winst_en_verlies(self, systeem: str) -> tuple[int, int]:
        """(who gains admission, who loses it) under a reform, against current law."""
        return self.winst[systeem], self.verlies[systeem]

    def naast_elkaar(self) -> tuple[list[str], list[list]]:
        """Rows per route, columns per system: counts and shares of the whole population."""
        kolommen = ["route", *self.systemen]
        rijen = []
        tellingen = {s: self.per_route(s) for s in self.systemen}
        for route in ROUTES:
            if not any(tellingen[s][route] for s in self.systemen):
                continue
            rijen.append(
                [route, *[_met_aandeel(tellingen[s][route], self.aantal) for s in self.systemen]]
            )
        toegelaten = [sum(self.toegelaten_per_route(s).values()) for s in self.systemen]
        rijen.append(
            ["admitted labour migrants", *[_met_aandeel(t, self.aantal) for t in toegelaten]]
        )
        winst = ["gain admission", ""] + [
            str(self.winst_en_verlies(s)[0]) for s in self.systemen[1:]
        ]
        verlies = ["lose admission", ""] + [
            str(self.winst_en_verlies(s)[1]) for s in self.systemen[1:]
        ]
        return kolommen, [*rijen, winst, verlies]


def _namen(routes) -> np.ndarray:
    return (
        np.asarray(ROUTES)[routes]
        if np.issubdtype(np.asarray(routes).dtype, np.integer)
        else routes
    )


def _met_aandeel(aantal, totaal) -> str:
    return f"{aantal:,} ({100 * aantal / totaal:.1f}%)" if totaal else "0"


def _tel(kolommen) -> Counter:
    """Counts of the combinations of values across several equally long arrays."""
    codes = []
    waarden = []
    for kolom in kolommen:
        kolom = np.asarray(kolom)
        if kolom.dtype.kind in "iub" and kolom.size and kolom.min() >= 0 and kolom.max() < 4096:
            uniek = np.flatnonzero(np.bincount(kolom.astype(np.int64)))
            opzoek = np.zeros(int(uniek[-1]) + 1, dtype=np.int64)
            opzoek[uniek] = np.arange(len(uniek))
            code = opzoek[kolom]
        else:
            uniek, code = np.unique(kolom, return_inverse=True)
        waarden.append(uniek)
        codes.append(code)
    samengesteld = np.zeros(len(codes[0]), dtype=np.int64)
    for code, uniek in zip(codes, waarden, strict=True):
        samengesteld = samengesteld * len(uniek) + code
    uniek_samengesteld, aantallen = np.unique(samengesteld, return_counts=True)
    uit = Counter()
    for getal, aantal in zip(uniek_samengesteld.tolist(), aantallen.tolist(), strict=True):
        combinatie = []
        for uniek in reversed(waarden):
            getal, rest = divmod(getal, len(uniek))
            waarde = uniek[rest]
            combinatie.append(waarde.item() if hasattr(waarde, "item") else waarde)
        uit[tuple(reversed(combinatie))] = aantal
    return uit
