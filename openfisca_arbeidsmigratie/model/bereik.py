"""The dates the model decides on: none before the earliest rule it encodes.

The earliest supported date is derived from the rules, not written down: it is the start of the
earliest dated formula of the system (the statutory minimum wage from 2004-01-01, which every
decision on wages needs). Before it, computing any variable defined per day (a decision, or a
fact on the judgement date) is an error naming that date, never a default value; the monthly
residence history and the date of birth are facts about earlier dates and stay readable. Within
the range, a parameter without a value on the date is the same error, naming the date from which
that parameter has values.

The latest supported date is `LAATSTE_DATUM`, the last day of `LAATSTE_JAAR`: a decision reads
its inputs on the judgement date and the residence history up to it, and inputs are taken for the
years `EERSTE_JAAR` to `LAATSTE_JAAR` only (the oldest person the model accepts, 130 years, was
born after 1900; 2100 is far past any date on which a rule is known, the parameters carrying
their last value forward). A later date is the same error, at once, on every path.

The error is a `SituationParsingError`, so the Web API answers 400 with the message and the
command line exits with status 2.
"""

import re

from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.parameters import Parameter

EERSTE_JAAR, LAATSTE_JAAR = 1900, 2100
LAATSTE_DATUM = f"{LAATSTE_JAAR}-12-31"

_bereik = {"eerste": None, "parameters": {}}


class BuitenBereik(SituationParsingError, ValueError):
    """A decision asked for a date the model does not encode."""

    def __init__(self, variabele: str, datum: str, melding: str):
        SituationParsingError.__init__(self, [variabele, datum], melding, code=400)
        self.melding = melding
        self.args = (melding,)

    def __str__(self) -> str:
        return self.melding


def eerste_formuledatum(variabelen) -> str:
    """The start of the earliest dated formula among `variabelen` (a name-to-variable mapping)."""
    datums = [
        datum
        for variabele in variabelen.values()
        for datum in variabele.formulas
        if datum != "0001-01-01"
    ]
    if not datums:
        raise ValueError("no dated formula: the earliest supported date cannot be derived")
    return min(datums)


def eerste_waarden(knoop, voorvoegsel="") -> dict:
    """The first date with a value, per parameter name."""
    uit = {}
    if isinstance(knoop, Parameter):
        gevuld = [w.instant_str for w in knoop.values_list if w.value is not None]
        if gevuld:
            uit[knoop.name] = min(gevuld)
        return uit
    for kind in getattr(knoop, "children", {}).values():
        uit.update(eerste_waarden(kind))
    return uit


def leg_vast(systeem) -> None:
    """Record the supported range of the rules loaded in `systeem` (called when it is built)."""
    _bereik["eerste"] = eerste_formuledatum(systeem.variables)
    _bereik["parameters"] = eerste_waarden(systeem.parameters)


def eerste_datum() -> str:
    """The earliest date the model decides on."""
    if _bereik["eerste"] is None:
        raise RuntimeError("no tax-benefit system built yet: the supported range is unknown")
    return _bereik["eerste"]


def buiten_bereik(begin: str, einde: str) -> str | None:
    """Why a span of days (ISO dates) falls outside the supported range, or None."""
    eerste = eerste_datum()
    if begin < eerste:
        return f"the model decides on dates from {eerste} (the earliest rule it encodes)"
    if einde > LAATSTE_DATUM:
        return (
            f"the model decides on dates up to {LAATSTE_DATUM} (it takes inputs for the years "
            f"{EERSTE_JAAR} to {LAATSTE_JAAR})"
        )
    return None


def controleer_datum(datum: str) -> None:
    """Raise `BuitenBereik` for a judgement date outside the supported range."""
    try:
        periode = periods.period(str(datum))
    except ValueError:
        raise BuitenBereik("datum", str(datum), f"invalid date '{datum}'") from None
    reden = buiten_bereik(str(periode.start), str(periode.stop))
    if reden:
        raise BuitenBereik("datum", str(datum), f"{reden}; {datum} is not in that range.")


def controleer(variabele, period) -> None:
    """Raise `BuitenBereik` when `variabele` is asked for a day outside the supported range."""
    if period is None or variabele.definition_period != periods.DateUnit.DAY:
        return
    periode = periods.period(period)
    reden = buiten_bereik(str(periode.start), str(periode.stop))
    if reden:
        raise BuitenBereik(
            variabele.name,
            str(period),
            f"{variabele.name} on {period}: {reden}; {period} is not in that range.",
        )


def ontbrekende_parameter(fout: ParameterNotFoundError) -> str:
    """Which parameter has no value on which date, and from when it has values."""
    gevonden = re.search(r"parameter '([^']+)'", str(fout))
    naam = (gevonden.group(1) if gevonden else fout.name).replace("[", ".").replace("]", "")
    vanaf = _bereik["parameters"].get(naam)
    if vanaf:
        return f"the model has values for {naam} from {vanaf}, not on {fout.instant_str}"
    return f"the model has no value for {naam} on {fout.instant_str}"


def parameter_buiten_bereik(variabele: str, period, fout: ParameterNotFoundError) -> BuitenBereik:
    """The error for a parameter without a value on the date of a decision."""
    return BuitenBereik(
        variabele, str(period), f"{variabele} on {period}: {ontbrekende_parameter(fout)}."
    )
