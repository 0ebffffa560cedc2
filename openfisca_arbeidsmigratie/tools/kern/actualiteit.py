"""When the law as encoded may be stale on a date: one check that every output calls.

Every parameter of the law declares in `metadata.actualisatie` when a new figure is due:

    actualisatie:
      cadans: ["01-01", "07-01"]      # days of the year a new figure takes effect; or `geen`
      einddatum: laatste_waarde       # a time-limited rule: its last dated value is its end
      bron_te_controleren: {title: ..., href: ...}   # where the next figure or an end is published
      laatst_gecontroleerd: "2026-07-01"             # the version of that source last checked

On a date D the check lists, with the source to check:

- `doorgetrokken`: a cadence date on or before D has no figure on or after it; the model carries
  the last figure forward (an expected value that is due and not encoded);
- `verwacht`: the next cadence date falls within six months after D and has no figure yet;
- `einde`: the end date of a time-limited rule lies within six months of D (before or after).
"""

import calendar
from dataclasses import dataclass
from datetime import date

from openfisca_core import periods
from openfisca_core.parameters import Parameter

HORIZON_MAANDEN = 6
GEEN = "geen"
LAATSTE_WAARDE = "laatste_waarde"
DOORGETROKKEN, VERWACHT, EINDE = "doorgetrokken", "verwacht", "einde"
SOORTEN = (DOORGETROKKEN, VERWACHT, EINDE)


class DatumFout(ValueError):
    """A date that is not a day (YYYY-MM-DD)."""


def lees_datum(tekst) -> str:
    """`tekst` as a day YYYY-MM-DD, or a DatumFout naming it and what is accepted."""
    delen = str(tekst).split("-")
    if [len(d) for d in delen] == [4, 2, 2] and all(d.isdigit() for d in delen):
        try:
            return date(*map(int, delen)).isoformat()
        except ValueError:
            pass
    raise DatumFout(f"invalid date '{tekst}': expected a day as YYYY-MM-DD, e.g. 2026-12-07")


@dataclass(frozen=True)
class Actualisatie:
    cadans: tuple[str, ...]
    einde: bool
    bron: dict
    gecontroleerd: str


def actualisatie(parameter) -> Actualisatie | None:
    """The declared cadence and end of `parameter`; None when it declares nothing."""
    gegevens = parameter.metadata.get("actualisatie")
    if not isinstance(gegevens, dict):
        return None
    cadans = gegevens.get("cadans", GEEN)
    return Actualisatie(
        cadans=() if cadans == GEEN else tuple(sorted(str(d) for d in cadans)),
        einde=gegevens.get("einddatum") == LAATSTE_WAARDE,
        bron=gegevens.get("bron_te_controleren") or {},
        gecontroleerd=str(gegevens.get("laatst_gecontroleerd") or ""),
    )


LAATSTE_JAARTAL = 9999


def volgende(cadans: tuple[str, ...], na: str) -> str | None:
    """The first cadence date (YYYY-MM-DD) after the day `na`; None when there is none before the
    year 10000 (the last date a date can be written as)."""
    jaar = int(na[:4])
    dagen = [f"{j:04d}-{dag}" for j in (jaar, jaar + 1) if j <= LAATSTE_JAARTAL for dag in cadans]
    return min((dag for dag in dagen if dag > na), default=None)


@dataclass
class Melding:
    soort: str
    naam: str
    datum: str
    peildatum: str
    waarde: object
    sinds: str
    eenheid: str
    regel: Actualisatie

    @property
    def dagen(self) -> int:
        return (date.fromisoformat(self.datum) - date.fromisoformat(self.peildatum)).days

    def _waarde(self) -> str:
        w = self.waarde
        if isinstance(w, bool) or not isinstance(w, int | float):
            return str(w).lower() if isinstance(w, bool) else str(w)
        bedrag = f"{w:,.0f}" if float(w).is_integer() else f"{w:,.2f}"
        return f"EUR {bedrag}" if self.eenheid.startswith("currency") else bedrag

    def _ontbrekend(self) -> str:
        if self.regel.cadans == ("01-01",):
            return f"for {self.datum[:4]}"
        return f"from {self.datum}"

    def kern(self) -> str:
        """What may be stale, in English, without the name and the source."""
        if self.soort == DOORGETROKKEN:
            kern = (
                f"{self._waarde()} from {self.sinds}, carried forward "
                f"(no figure published {self._ontbrekend()})"
            )
        elif self.soort == VERWACHT:
            kern = f"next figure due {self.datum} (in {self.dagen} days), not yet published"
        else:
            wanneer = f"in {self.dagen} days" if self.dagen >= 0 else f"{-self.dagen} days ago"
            kern = f"time-limited, ends {self.datum} ({self._waarde()} from that day, {wanneer})"
        return kern

    def tekst(self) -> str:
        """One line in English, ending with the source to check."""
        return f"{self.naam}: {self.kern()}; check: {self.bron_tekst()}"

    def tekst_nl(self) -> str:
        """The same line in Dutch, for the werkbank."""
        if self.soort == DOORGETROKKEN:
            kern = (
                f"{self._waarde()} sinds {self.sinds} doorgetrokken; het bedrag per "
                f"{self.datum} is niet gepubliceerd of niet ingevoerd"
            )
        elif self.soort == VERWACHT:
            kern = (
                f"nieuw bedrag verwacht per {self.datum} (over {self.dagen} dagen), "
                "nog niet ingevoerd"
            )
        else:
            dagen = self.dagen
            wanneer = f"over {dagen} dagen" if dagen >= 0 else f"{-dagen} dagen geleden"
            kern = f"tijdelijke regeling, eindigt op {self.datum} ({wanneer})"
        return f"{self.naam}: {kern}. Controleer: {self.bron_tekst()}"

    def bron_tekst(self) -> str:
        bron = self.regel.bron
        gecontroleerd = (
            f", last checked against the version of {self.regel.gecontroleerd}"
            if self.regel.gecontroleerd
            else ""
        )
        return f"{bron.get('title', '')} <{bron.get('href', '')}>{gecontroleerd}"

    def als_dict(self) -> dict:
        return {
            "kind": self.soort,
            "checked_for": self.peildatum,
            "parameter": self.naam,
            "date": self.datum,
            "days": self.dagen,
            "value": self.waarde,
            "since": self.sinds,
            "source": dict(self.regel.bron),
            "source_last_checked": self.regel.gecontroleerd or None,
            "text": self.tekst(),
        }


def _bladeren(knoop):
    if isinstance(knoop, Parameter):
        yield knoop
        return
    for kind in getattr(knoop, "children", {}).values():
        yield from _bladeren(kind)


def _soorten(laatste, regel: Actualisatie, datum: str, terug: str, horizon: str):
    """(kind, date) of the warnings of one parameter, whose last value is `laatste`, on `datum`."""
    if regel.cadans and laatste.value is not None:
        verwacht = volgende(regel.cadans, laatste.instant_str)
        if verwacht is None:
            pass
        elif verwacht <= datum:
            yield DOORGETROKKEN, verwacht
        elif verwacht <= horizon:
            yield VERWACHT, verwacht
    if regel.einde and terug <= laatste.instant_str <= horizon:
        yield EINDE, laatste.instant_str


def _is_dag(tekst: str) -> bool:
    return len(tekst) == 10 and tekst[4] == tekst[7] == "-"


def _verschoven(dag: str, maanden: int) -> str:
    """`dag` moved by whole months, on the last day of a shorter month (as openfisca-core does)."""
    jaar, maand = divmod(int(dag[:4]) * 12 + int(dag[5:7]) - 1 + maanden, 12)
    laatste = calendar.monthrange(jaar, maand + 1)[1]
    return date(jaar, maand + 1, min(int(dag[8:]), laatste)).isoformat()


class Peiling:
    """The declared parameters of a system, read once; `op(datum)` gives the warnings of a date."""

    def __init__(self, systeem, namen=None):
        self.gedeclareerd = []
        for parameter in _bladeren(systeem.parameters):
            regel = actualisatie(parameter)
            wisselt = regel is not None and (regel.cadans or regel.einde)
            if wisselt and (namen is None or parameter.name in namen):
                self.gedeclareerd.append((parameter, regel))

    def op(self, datum) -> list[Melding]:
        datum = str(datum)
        if not _is_dag(datum):
            datum = str(periods.period(datum).start)
        terug = _verschoven(datum, -HORIZON_MAANDEN)
        horizon = _verschoven(datum, HORIZON_MAANDEN)
        uit = []
        for parameter, regel in self.gedeclareerd:
            laatste = parameter.values_list[0]
            eenheid = str(parameter.metadata.get("unit", ""))
            for soort, wanneer in _soorten(laatste, regel, datum, terug, horizon):
                uit.append(
                    Melding(
                        soort,
                        parameter.name,
                        wanneer,
                        datum,
                        laatste.value,
                        laatste.instant_str,
                        eenheid,
                        regel,
                    )
                )
        return sorted(uit, key=lambda m: (SOORTEN.index(m.soort), m.naam))


def meldingen(systeem, datum, namen=None) -> list[Melding]:
    """What may be stale in `systeem` on `datum` (only the parameters `namen`, if given)."""
    return Peiling(systeem, namen).op(datum)


KOP = "The law may be stale on this date (see `arbeidsmigratie actueel`):"


def per_systeem(systemen: dict, datum: str) -> dict[str, list[str]]:
    """{system name: its warnings as text} for several systems on one date."""
    return {naam: [m.tekst() for m in meldingen(s, datum)] for naam, s in systemen.items()}


def samengevoegd(regels_per_systeem: dict[str, list[str]]) -> list[str]:
    """One line per warning; a line names its systems when not every system has it."""
    systemen = {}
    for naam, regels in regels_per_systeem.items():
        for regel in regels:
            systemen.setdefault(regel, []).append(naam)
    return [
        regel if len(namen) == len(regels_per_systeem) else f"{regel} [{', '.join(namen)}]"
        for regel, namen in systemen.items()
    ]


def als_regels(regels: list[str]) -> list[str]:
    """Lines for a text output, under a heading; none when nothing may be stale."""
    return [KOP, *(f"  {regel}" for regel in regels)] if regels else []
