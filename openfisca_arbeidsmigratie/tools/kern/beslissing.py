"""The catalogue of the decision (`variables/beslissing.yaml`): one entry per route and per
decision beside the route, from which every tool takes its rows and columns.

    >>> from openfisca_arbeidsmigratie.tools.kern.beslissing import catalogus
    >>> [o.id for o in catalogus().onderdelen][:3]
    ['vrij_verkeer', 'arbeid_vrij_toegestaan', 'twv']

A new route costs its rules, one entry here and the generator's share (docs/drafters.md).
"""

import functools
from dataclasses import dataclass

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml

STATUSSEN = ("wet", "voorstel")
TABELLEN = ("beslissing", "verblijf")


@dataclass(frozen=True)
class Onderdeel:
    """One part of the decision: a route, or a decision beside the route."""

    id: str
    label: str
    status: str
    wet: str
    route: str | None
    beslissing: str
    voorwaarden: tuple[str, ...]
    kerncijfers: tuple[str, ...]
    parameters: tuple[str, ...]
    vergelijking: tuple[str, ...]
    bevolking: tuple[str, ...]
    kolommen: tuple[tuple[str, str, str], ...]

    def variabelen(self) -> tuple[str, ...]:
        """The decision, its conditions in order and its key figures."""
        return (self.beslissing, *self.voorwaarden, *self.kerncijfers)


@dataclass(frozen=True)
class Catalogus:
    hoofdbeslissing: str
    kop: str
    samenvatting: str
    onderdelen: tuple[Onderdeel, ...]

    def vergelijkingsrijen(self) -> list[str]:
        """The rows of a case comparison (`vergelijk`, the werkbank), each variable once."""
        namen = [self.hoofdbeslissing]
        for onderdeel in self.onderdelen:
            namen += onderdeel.vergelijking
        return list(dict.fromkeys(namen))

    def bevolkingskolommen(self) -> list[str]:
        """The outputs of a population run under current law, in order."""
        namen = [self.hoofdbeslissing, self.samenvatting]
        for onderdeel in self.onderdelen:
            namen += onderdeel.bevolking
        return list(dict.fromkeys(namen))

    def tabelkolommen(self, tabel: str) -> list[tuple[str, str]]:
        """The (variable, header) columns of an example table: `beslissing` or `verblijf`."""
        kolommen = [(self.hoofdbeslissing, self.kop)] if tabel == "beslissing" else []
        for onderdeel in self.onderdelen:
            kolommen += [(naam, kop) for naam, kop, t in onderdeel.kolommen if t == tabel]
        return kolommen

    def route(self, lid: str) -> Onderdeel:
        """The part that decides a `Toelatingsroute` member."""
        for onderdeel in self.onderdelen:
            if onderdeel.route == lid:
                return onderdeel
        raise KeyError(lid)

    def alle_variabelen(self) -> set[str]:
        namen = {self.hoofdbeslissing, self.samenvatting}
        for onderdeel in self.onderdelen:
            namen |= set(onderdeel.variabelen()) | set(onderdeel.vergelijking)
            namen |= set(onderdeel.bevolking)
            namen |= {naam for naam, _, _ in onderdeel.kolommen}
        return namen


def _onderdeel(gegevens: dict) -> Onderdeel:
    onderdeel = Onderdeel(
        id=gegevens["id"],
        label=gegevens["label"],
        status=gegevens["status"],
        wet=gegevens["wet"],
        route=gegevens["route"],
        beslissing=gegevens["beslissing"],
        voorwaarden=tuple(gegevens["voorwaarden"]),
        kerncijfers=tuple(gegevens["kerncijfers"]),
        parameters=tuple(gegevens["parameters"]),
        vergelijking=tuple(gegevens["vergelijking"]),
        bevolking=tuple(gegevens["bevolking"]),
        kolommen=tuple(tuple(k) for k in gegevens["kolommen"]),
    )
    if onderdeel.status not in STATUSSEN:
        raise ValueError(f"beslissing.yaml: {onderdeel.id}: status {onderdeel.status!r}")
    for _, _, tabel in onderdeel.kolommen:
        if tabel not in TABELLEN:
            raise ValueError(f"beslissing.yaml: {onderdeel.id}: table {tabel!r}")
    return onderdeel


@functools.cache
def catalogus() -> Catalogus:
    """The catalogue, read once per process."""
    gegevens = laad_yaml(regelmap("variables") / "beslissing.yaml", "specs")
    hoofd = gegevens["hoofdbeslissing"]
    return Catalogus(
        hoofdbeslissing=hoofd["variabele"],
        kop=hoofd["kop"],
        samenvatting=hoofd["samenvatting"],
        onderdelen=tuple(_onderdeel(o) for o in gegevens["onderdelen"]),
    )
