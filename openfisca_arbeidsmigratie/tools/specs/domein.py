"""A spec's domain: the values each input may take, its grid and its samples.

`naam: alle` (every member of an enum, both truth values), `naam: [a, b]` (a set), `naam: {van,
tot, stap}` (numbers: every multiple of `stap` from `van` to `tot`), and `geschiedenis: {doel,
maanden, buitenland, buitenland_vanaf, buitenland_2, buitenland_2_vanaf}` (a residence history
by pattern: `maanden` months of a purpose in `doel` directly before the date, and up to two
absences of consecutive months, each starting so many months back). The grid of a numeric input
holds its ends and, for each value it is compared with, the lattice points at, just below and
just above it.
"""

from dataclasses import dataclass
from datetime import date

import numpy as np
from openfisca_core.indexed_enums import Enum

from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.invoer import Invoer, bereik
from openfisca_arbeidsmigratie.tools.specs.rekenen import (
    BUITENLAND,
    BUITENLAND2,
    DOEL,
    MAANDEN,
    VANAF,
    VANAF2,
)

TOLERANTIE = 1e-9
GROEP = "groep:"


@dataclass
class Invoerdomein:
    naam: str
    soort: str  # "enum", "bool", "getal" or "datum"
    waarden: np.ndarray | None = None
    van: float = 0.0
    tot: float = 0.0
    stap: float = 1.0
    dtype: object = np.float32
    enum: type | None = None
    gevolgd: bool = True  # compared values are recorded (not for pseudo-inputs of a history)

    @property
    def bereik(self) -> bool:
        return self.waarden is None

    def aantal_punten(self) -> int:
        if self.waarden is not None:
            return len(self.waarden)
        return int(round((self.tot - self.van) / self.stap)) + 1

    def punten(self, index) -> np.ndarray:
        return (self.van + np.asarray(index, dtype=np.float64) * self.stap).astype(self.dtype)

    def rooster(self, drempels=()) -> np.ndarray:
        """The grid values: every value of a set; for numbers the ends and the lattice points at
        and around each threshold; for a pseudo-input of a history every lattice point."""
        if self.waarden is not None:
            return self.waarden
        laatste = self.aantal_punten() - 1
        if not self.gevolgd:
            return self.punten(np.arange(laatste + 1))
        index = {0, laatste}
        for drempel in drempels:
            positie = (drempel - self.van) / self.stap
            onder, boven = np.floor(positie + TOLERANTIE), np.ceil(positie - TOLERANTIE)
            index.update(int(i) for i in (onder - 1, onder, boven, boven + 1) if 0 <= i <= laatste)
        return self.punten(sorted(index))

    def gedekt(self, drempels, rooster) -> bool:
        """Whether the grid has a point in every cell of the lattice that the thresholds cut."""
        if self.waarden is not None:
            return True
        laatste = self.aantal_punten() - 1
        grenzen = set()
        for drempel in drempels:
            positie = (drempel - self.van) / self.stap
            if -TOLERANTIE <= positie <= laatste + TOLERANTIE:
                grenzen.add(round(positie, 6))
        punten = np.round((np.asarray(rooster, dtype=np.float64) - self.van) / self.stap)
        cellen, begin = [], 0.0
        for grens in sorted(grenzen):
            cellen.append((begin, grens, True, False))
            cellen.append((grens, grens, True, True))
            begin = grens
        cellen.append((begin, laatste, not grenzen, True))
        for laag, hoog, met_laag, met_hoog in cellen:
            binnen = ((punten > laag) | (met_laag & (punten == laag))) & (
                (punten < hoog) | (met_hoog & (punten == hoog))
            )
            bestaat = np.ceil(laag + (0 if met_laag else TOLERANTIE)) <= np.floor(
                hoog - (0 if met_hoog else TOLERANTIE)
            )
            if bestaat and not binnen.any():
                return False
        return True

    def steekproef(self, rng, aantal: int, drempels=()) -> np.ndarray:
        """Random values: half near the thresholds and ends, half anywhere in the domain."""
        if self.waarden is not None:
            return self.waarden[rng.integers(0, len(self.waarden), aantal)]
        overal = self.punten(rng.integers(0, self.aantal_punten(), aantal))
        dichtbij = self.rooster(drempels)
        uit = np.where(
            rng.random(aantal) < 0.5, dichtbij[rng.integers(0, len(dichtbij), aantal)], overal
        )
        return uit.astype(self.dtype)

    def volgende(self, waarden: np.ndarray, rooster: np.ndarray | None = None) -> np.ndarray:
        """The next grid value above each value (the value itself at the top)."""
        rooster = self.waarden if rooster is None else rooster
        if rooster is not None:
            plek = np.searchsorted(rooster, waarden, side="right")
            return rooster[np.minimum(plek, len(rooster) - 1)]
        return np.minimum(waarden + self.stap, self.tot).astype(self.dtype)

    def als_yaml(self, waarde):
        if self.soort == "enum":
            return list(self.enum)[int(waarde)].name
        if self.soort == "bool":
            return bool(waarde)
        if self.soort == "datum":
            return str(np.datetime64(waarde, "D"))
        getal = float(np.format_float_positional(waarde, unique=True, trim="-"))
        if self.waarden is not None:
            return int(getal) if getal.is_integer() else getal
        if float(self.stap).is_integer() and float(self.van).is_integer():
            return int(round(getal))
        decimalen = max(0, -int(np.floor(np.log10(self.stap) + TOLERANTIE)))
        return round(getal, decimalen)


class Domeinlezer:
    """Reads `domein:` and `vast:` of a spec against the first system's variables."""

    def getallen(self, lezer) -> list[str]:
        return [n for n, d in lezer.domein_gelezen.items() if d.soort == "getal"]

    def __call__(self, lezer, systeem, data, pad) -> dict:
        if not isinstance(data, dict):
            raise lezer.fout(pad, "'domein' maps inputs to their values")
        uit = {}
        for naam, waarde in data.items():
            if naam == "geschiedenis":
                uit.update(self._geschiedenis(lezer, waarde, (*pad, naam)))
            else:
                uit[naam] = self.invoer(lezer, systeem, naam, waarde, (*pad, naam))
        lezer.domein_gelezen = uit
        return uit

    def vast(self, lezer, systeem, data, pad) -> dict:
        if not isinstance(data, dict):
            raise lezer.fout(pad, "'vast' maps inputs to one value each")
        uit = {}
        for naam, waarde in data.items():
            if naam in lezer.domein_gelezen:
                raise lezer.fout((*pad, naam), f"'{naam}' is both in the domain and fixed")
            uit[naam] = self.invoer(lezer, systeem, naam, [waarde], (*pad, naam))
        return uit

    def invoer(self, lezer, systemen, naam, waarde, pad) -> Invoerdomein:
        variabele = next((s.variables[naam] for s in systemen if naam in s.variables), None)
        if variabele is None or not isinstance(variabele, Invoer):
            raise lezer.fout(pad, f"'{naam}' is not an input variable")
        if str(variabele.definition_period) not in ("day", "eternity"):
            raise lezer.fout(pad, f"'{naam}' is given per month: use 'geschiedenis' instead")
        if variabele.value_type == Enum:
            return self._enum(lezer, naam, variabele.possible_values, waarde, pad)
        if variabele.value_type is bool:
            return self._waarheid(lezer, naam, waarde, pad)
        if variabele.value_type is date:
            return self._datums(lezer, naam, waarde, pad)
        laag, hoog = bereik(variabele)
        dtype = np.int32 if variabele.value_type is int else np.float32
        return self._getal(lezer, naam, waarde, pad, laag, hoog, dtype, variabele.value_type is int)

    def _enum(self, lezer, naam, enum, waarde, pad, gevolgd=True):
        if waarde == "alle":
            waarde = list(enum.__members__)
        if naam == "nationaliteit" and isinstance(waarde, list):
            waarde = [lid for w in waarde for lid in self._groep(lezer, w, pad)]
        if not isinstance(waarde, list) or not waarde:
            raise lezer.fout(pad, f"'{naam}': give 'alle' or a list of members of {enum.__name__}")
        for lid in waarde:
            if not isinstance(lid, str) or lid not in enum.__members__:
                leden = list(enum.__members__)
                raise lezer.fout(
                    pad,
                    f"'{naam}': {lid!r} is not a member of {enum.__name__} "
                    f"({', '.join(leden[:12])}{', ...' if len(leden) > 12 else ''})",
                )
        indices = np.asarray(sorted({enum[lid].index for lid in waarde}), dtype=np.int16)
        return Invoerdomein(naam, "enum", indices, enum=enum, dtype=np.int16, gevolgd=gevolgd)

    def _groep(self, lezer, waarde, pad) -> list:
        """`groep:<naam>`: the countries of the group `wav.vrij_verkeer.<naam>` on the spec's
        first date (e.g. groep:toetreding_2004, groep:eer, groep:zwitserland)."""
        if not (isinstance(waarde, str) and waarde.startswith(GROEP)):
            return [waarde]
        groep = waarde.removeprefix(GROEP)
        systeem = next(iter(lezer.systemen_gelezen.values()))[1]
        groepen = systeem.parameters(lezer.datums[0]).wav.vrij_verkeer
        if groep not in groepen or "landen" not in groepen[groep]:
            bekend = [g for g in groepen if "landen" in groepen[g]]
            raise lezer.fout(pad, f"unknown group '{groep}'; known: {', '.join(bekend)}")
        return list(groepen[groep].landen or [])

    def _waarheid(self, lezer, naam, waarde, pad):
        if waarde == "alle":
            waarde = [False, True]
        if (
            not isinstance(waarde, list)
            or not all(isinstance(w, bool) for w in waarde)
            or not waarde
        ):
            raise lezer.fout(pad, f"'{naam}': give 'alle' or a list of true/false")
        return Invoerdomein(naam, "bool", np.asarray(sorted(set(waarde)), dtype=bool), dtype=bool)

    def _datums(self, lezer, naam, waarde, pad):
        if (
            not isinstance(waarde, list)
            or not waarde
            or not all(isinstance(w, date) for w in waarde)
        ):
            raise lezer.fout(pad, f"'{naam}': give a list of dates (YYYY-MM-DD)")
        waarden = np.asarray(sorted({w.isoformat() for w in waarde}), dtype="datetime64[D]")
        return Invoerdomein(naam, "datum", waarden, dtype="datetime64[D]")

    def _getal(self, lezer, naam, waarde, pad, laag, hoog, dtype, geheel, gevolgd=True):
        def getal(w):
            return isinstance(w, int | float) and not isinstance(w, bool)

        if isinstance(waarde, list):
            if not waarde or not all(getal(w) for w in waarde):
                raise lezer.fout(pad, f"'{naam}': a list of numbers")
            slecht = [w for w in waarde if not laag <= w <= hoog or geheel and w != int(w)]
            if slecht:
                raise lezer.fout(
                    pad, f"'{naam}': {slecht[0]} is outside what it accepts ({laag} to {hoog})"
                )
            return Invoerdomein(
                naam, "getal", np.asarray(sorted(set(waarde)), dtype=dtype), dtype=dtype
            )
        if (
            not isinstance(waarde, dict)
            or set(waarde) - {"van", "tot", "stap"}
            or not {"van", "tot"} <= set(waarde)
        ):
            raise lezer.fout(pad, f"'{naam}': give {{van: .., tot: ..}} (and 'stap'), or a list")
        van, tot = waarde["van"], waarde["tot"]
        stap = waarde.get("stap", 1 if geheel else 0.01)
        if not (getal(van) and getal(tot) and getal(stap)) or stap <= 0 or van > tot:
            raise lezer.fout(pad, f"'{naam}': van <= tot and a positive stap, all numbers")
        if van < laag or tot > hoog:
            raise lezer.fout(
                pad, f"'{naam}': {van} to {tot} is outside what it accepts ({laag} to {hoog})"
            )
        if geheel and not float(stap).is_integer():
            raise lezer.fout(pad, f"'{naam}' is a whole number: stap must be whole")
        if abs((tot - van) / stap - round((tot - van) / stap)) > 1e-6:
            raise lezer.fout(pad, f"'{naam}': tot - van must be a multiple of stap")
        return Invoerdomein(
            naam, "getal", None, float(van), float(tot), float(stap), dtype, gevolgd=gevolgd
        )

    def _geschiedenis(self, lezer, data, pad) -> dict:
        toegestaan = {
            "doel",
            "maanden",
            "buitenland",
            "buitenland_vanaf",
            "buitenland_2",
            "buitenland_2_vanaf",
        }
        if (
            not isinstance(data, dict)
            or set(data) - toegestaan
            or "doel" not in data
            or "maanden" not in data
        ):
            raise lezer.fout(
                pad,
                "'geschiedenis' takes doel and maanden (and buitenland, buitenland_vanaf, "
                "buitenland_2, buitenland_2_vanaf)",
            )
        uit = {DOEL: self._enum(lezer, DOEL, Verblijfsdoel, data["doel"], (*pad, "doel"), False)}
        for sleutel, naam in (
            ("maanden", MAANDEN),
            ("buitenland", BUITENLAND),
            ("buitenland_vanaf", VANAF),
            ("buitenland_2", BUITENLAND2),
            ("buitenland_2_vanaf", VANAF2),
        ):
            if sleutel in data:
                uit[naam] = self._getal(
                    lezer,
                    naam,
                    data[sleutel],
                    (*pad, sleutel),
                    0 if not sleutel.endswith("vanaf") else 1,
                    600,
                    np.int32,
                    True,
                    gevolgd=False,
                )
        return uit
