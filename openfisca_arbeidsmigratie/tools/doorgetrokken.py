"""Amounts carried forward past the last published figure.

An indexed amount is a parameter in euros whose last two figures took effect at a regular
rhythm (every 1 January, or every 1 January and 1 July). Its next figure is due one step after
the last; on a date from then on, until it is published and encoded, the model uses the last
figure. The tools say so: the amount, the date it took effect and the figure that is missing.
"""

from dataclasses import dataclass

from openfisca_core import periods
from openfisca_core.parameters import Parameter

RITME_FIGUREN = 2


@dataclass
class Doorgetrokken:
    naam: str
    waarde: float
    sinds: str
    verwacht: str
    stap_maanden: int

    def ontbrekend(self) -> str:
        if self.stap_maanden == 12 and self.verwacht.endswith("-01-01"):
            return f"for {self.verwacht[:4]}"
        return f"from {self.verwacht}"

    def tekst(self) -> str:
        bedrag = f"{self.waarde:,.0f}" if float(self.waarde).is_integer() else f"{self.waarde:,.2f}"
        return (
            f"{self.naam}: EUR {bedrag} from {self.sinds}, carried forward "
            f"(no figure published {self.ontbrekend()})"
        )

    def als_dict(self) -> dict:
        return {
            "parameter": self.naam,
            "value": self.waarde,
            "since": self.sinds,
            "next_figure_due": self.verwacht,
        }


def _maandnummer(datum: str) -> int:
    jaar, maand, _ = map(int, datum.split("-"))
    return jaar * 12 + maand


def _stap(parameter: Parameter) -> int | None:
    """Months between figures when the last figures follow one rhythm; else None."""
    waarden = parameter.values_list
    if len(waarden) < RITME_FIGUREN or waarden[0].value is None:
        return None
    datums = [w.instant_str for w in waarden[:RITME_FIGUREN]]
    if any(not d.endswith("-01") for d in datums):
        return None
    stappen = {_maandnummer(a) - _maandnummer(b) for a, b in zip(datums, datums[1:], strict=False)}
    if len(stappen) != 1:
        return None
    stap = stappen.pop()
    return stap if 0 < stap <= 12 else None


def _bedragen(knoop):
    if isinstance(knoop, Parameter):
        if str(knoop.metadata.get("unit", "")).startswith("currency"):
            yield knoop
        return
    for kind in getattr(knoop, "children", {}).values():
        yield from _bedragen(kind)


def doorgetrokken(systeem, datum: str, namen=None) -> list[Doorgetrokken]:
    """The amounts of `systeem` that are carried forward on `datum` (only `namen`, if given)."""
    datum = str(periods.period(datum).start)
    uit = []
    for parameter in _bedragen(systeem.parameters):
        if namen is not None and parameter.name not in namen:
            continue
        stap = _stap(parameter)
        if stap is None:
            continue
        laatste = parameter.values_list[0]
        verwacht = str(periods.instant(laatste.instant_str).offset(stap, "month"))
        if datum >= verwacht:
            uit.append(
                Doorgetrokken(parameter.name, laatste.value, laatste.instant_str, verwacht, stap)
            )
    return sorted(uit, key=lambda d: d.naam)


KOP = "Amounts carried forward (no newer figure published):"


def per_systeem(systemen: dict, datum: str) -> dict[str, list[str]]:
    """{system name: the carried-forward amounts as text} for several systems on one date."""
    return {naam: [d.tekst() for d in doorgetrokken(s, datum)] for naam, s in systemen.items()}


def samengevoegd(regels_per_systeem: dict[str, list[str]]) -> list[str]:
    """One line per amount; a line names its systems when not every system carries it."""
    systemen = {}
    for naam, regels in regels_per_systeem.items():
        for regel in regels:
            systemen.setdefault(regel, []).append(naam)
    return [
        regel if len(namen) == len(regels_per_systeem) else f"{regel} [{', '.join(namen)}]"
        for regel, namen in systemen.items()
    ]


def als_regels(regels: list[str]) -> list[str]:
    """Lines for a text output, under a heading; none when nothing is carried forward."""
    return [KOP, *(f"  {regel}" for regel in regels)] if regels else []
