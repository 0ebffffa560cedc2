"""Input variables that refuse bad values instead of coercing them.

OpenFisca coerces silently: a YAML `nationaliteit: NO` (read by YAML 1.1 as false) becomes the
first enum member, a negative wage is stored as given, `"ja"` becomes true. Every input variable
of this package derives from `Invoer`, which checks each value on both paths into a simulation
(situation dicts and YAML tests through `check_set_value`, the Python API through `set_input`)
and raises an error naming the variable, the position, the bad value and what is accepted.

A numeric input variable states its plausible range as `minimum` and `maximum` (in its `unit`);
an integer variable refuses fractions. The check is on the value as given, before any narrowing
to the variable's storage type (an age of 4294967325 is refused, never stored as 29). Other
variables set as input must be finite and fit their storage type.
"""

from datetime import date

import numpy as np
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError
from openfisca_core.indexed_enums import Enum, EnumArray
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.model import bereik as datumbereik
from openfisca_arbeidsmigratie.model.motor import roep_formule, sla_op


class OngeldigeInvoer(SituationParsingError, ValueError):
    """An input value outside what the variable accepts.

    A SituationParsingError, so that the Web API answers 400 with the message, also when the
    value is refused while the simulation is being built.
    """

    def __init__(self, variabele: str, melding: str):
        SituationParsingError.__init__(self, [variabele], melding, code=400)
        self.melding = melding
        self.args = (melding,)

    def __str__(self) -> str:
        return self.melding


# The dates an input may be given for: from the birth of the oldest person the model accepts
# (an age of at most 130) to the last decision date (`model.bereik`); a history month likewise.
EERSTE_JAAR, LAATSTE_JAAR = datumbereik.EERSTE_JAAR, datumbereik.LAATSTE_JAAR
EERSTE_MAAND, LAATSTE_MAAND = f"{EERSTE_JAAR}-01", f"{LAATSTE_JAAR}-12"


def controleer_periode(variable, period) -> None:
    """Refuse an input for a period outside the years EERSTE_JAAR to LAATSTE_JAAR."""
    if period is None or str(period.unit) == "eternity":
        return
    if not (period.start.year >= EERSTE_JAAR and period.stop.year <= LAATSTE_JAAR):
        raise OngeldigeInvoer(
            variable.name,
            f"{variable.name}: an input for {period} is outside the years {EERSTE_JAAR} to "
            f"{LAATSTE_JAAR}.",
        )


GRENZEN_OPSLAG = {int: (-(2**31), 2**31 - 1), float: (-3.4e38, 3.4e38)}


def bereik(variable) -> tuple:
    """(lowest, highest) value a numeric variable accepts as input."""
    laag, hoog = getattr(type(variable), "__bereik__", (None, None))
    opslag_laag, opslag_hoog = GRENZEN_OPSLAG[variable.value_type]
    return (opslag_laag if laag is None else laag, opslag_hoog if hoog is None else hoog)


def _getal(waarde) -> str:
    return f"{waarde:,}" if isinstance(waarde, int) else f"{waarde:,g}"


def toegestaan(variable) -> str:
    if variable.value_type == Enum:
        namen = [lid.name for lid in variable.possible_values]
        if len(namen) > 20:
            return f"one of {len(namen)} codes such as {', '.join(namen[:8])}, ..."
        return "one of " + ", ".join(namen)
    if variable.value_type is bool:
        return "true or false"
    if variable.value_type is date:
        return f"a date as YYYY-MM-DD from {EERSTE_JAAR}-01-01 to {datumbereik.LAATSTE_DATUM}"
    if variable.value_type in (int, float):
        if getattr(type(variable), "__bereik__", (0, None)) == (None, None):
            return "any finite number"
        laag, hoog = bereik(variable)
        soort = "a whole number" if variable.value_type is int else "a number"
        eenheid = f" ({variable.unit})" if getattr(variable, "unit", None) else ""
        return f"{soort} from {_getal(laag)} to {_getal(hoog)}{eenheid}"
    return f"a value of type {variable.json_type}"


def _weergave(waarde) -> str:
    try:
        tekst = repr(waarde)
    except ValueError:
        return "a number of more than 4,300 digits"
    return tekst if len(tekst) <= 60 else f"{tekst[:40]}... ({len(tekst):,} characters)"


def _fout(variable, positie, waarde, reden="") -> OngeldigeInvoer:
    plaats = f" at position {positie}" if positie is not None else ""
    uitleg = f" ({reden})" if reden else ""
    return OngeldigeInvoer(
        variable.name,
        f"{variable.name}: invalid value {_weergave(waarde)}{plaats}{uitleg}; "
        f"accepted: {toegestaan(variable)}.",
    )


YAML_NEE = (
    "YAML 1.1 reads an unquoted NO, No, no, off or n as false: quote country codes, "
    'e.g. nationaliteit: "NO"'
)


def _buiten_de_jaren(reeks) -> np.ndarray:
    """True per date (datetime64, or text OpenFisca will read as one) outside the years the model
    accepts; text that is no date is left to OpenFisca's own message."""
    try:
        dagen = reeks if reeks.dtype.kind == "M" else reeks.astype("datetime64[D]")
    except (TypeError, ValueError):
        return np.zeros(reeks.shape, dtype=bool)
    jaren = dagen.astype("datetime64[Y]").astype(np.int64) + 1970
    return (jaren < EERSTE_JAAR) | (jaren > LAATSTE_JAAR)


def _jaar(waarde) -> int | None:
    """The year of a date as given (a text YYYY-MM-DD..., a date, a numpy datetime64), or None
    when the text is not a date (OpenFisca then refuses it with its own message)."""
    if isinstance(waarde, np.datetime64):
        return int(waarde.astype("datetime64[Y]").astype(np.int64)) + 1970
    if isinstance(waarde, date):
        return waarde.year
    deel = waarde.strip()[:4]
    return int(deel) if len(deel) == 4 and deel.isdigit() else None


def controleer_waarde(variable, waarde, positie=None):
    """Check one value before OpenFisca converts it; raise `OngeldigeInvoer` if it is bad."""
    if variable.value_type == Enum:
        if isinstance(waarde, bool | np.bool_):
            raise _fout(variable, positie, waarde, YAML_NEE)
        if isinstance(waarde, Enum):
            waarde = waarde.name
        if not isinstance(waarde, str) or waarde not in variable.possible_values.__members__:
            raise _fout(variable, positie, waarde, "unknown member")
    elif variable.value_type is bool:
        if not isinstance(waarde, bool | np.bool_):
            raise _fout(variable, positie, waarde)
    elif variable.value_type is date:
        if not isinstance(waarde, str | date | np.datetime64):
            raise _fout(variable, positie, waarde, "a number is not read as a date")
        jaar = _jaar(waarde)
        if jaar is not None and not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
            raise _fout(variable, positie, waarde, "outside the years the model accepts")
    elif variable.value_type in (int, float):
        if isinstance(waarde, bool | np.bool_) or not isinstance(waarde, int | float | np.number):
            raise _fout(variable, positie, waarde)
        geheel = isinstance(waarde, int | np.integer)
        if not geheel and not np.isfinite(waarde):
            raise _fout(variable, positie, waarde, "not a finite number")
        if variable.value_type is int and not geheel and not float(waarde).is_integer():
            raise _fout(variable, positie, waarde, "not a whole number")
        laag, hoog = bereik(variable)
        if waarde < laag:
            raise _fout(variable, positie, waarde, "negative" if laag == 0 else "below the minimum")
        if waarde > hoog:
            raise _fout(variable, positie, waarde, "above the maximum")


def controleer_reeks(variable, reeks):
    """Check an array given through the Python API; the first bad element is reported."""
    if isinstance(reeks, EnumArray):
        return
    reeks = np.asarray(reeks)
    if reeks.ndim == 0:
        reeks = reeks.reshape(1)
    if variable.value_type == Enum:
        if np.issubdtype(reeks.dtype, np.integer):
            slecht = (reeks < 0) | (reeks >= len(variable.possible_values))
        elif reeks.dtype.kind in "UO":
            slecht = ~np.isin(reeks.astype(str), list(variable.possible_values.__members__))
            if reeks.dtype.kind == "O":
                slecht |= np.array([not isinstance(w, str) for w in reeks.tolist()], dtype=bool)
        else:
            slecht = np.ones(reeks.shape, dtype=bool)
    elif variable.value_type is bool:
        slecht = np.full(reeks.shape, reeks.dtype != bool)
    elif variable.value_type is date:
        slecht = np.full(reeks.shape, reeks.dtype.kind in "biuf")
        slecht |= _buiten_de_jaren(reeks)
    elif variable.value_type in (int, float):
        if reeks.dtype.kind not in "iuf":
            slecht = np.ones(reeks.shape, dtype=bool)
        else:
            laag, hoog = bereik(variable)
            slecht = (reeks < laag) | (reeks > hoog)
            if reeks.dtype.kind == "f":
                slecht |= ~np.isfinite(reeks)
                if variable.value_type is int:
                    slecht |= np.isfinite(reeks) & (reeks != np.round(reeks))
    else:
        return
    if slecht.any():
        positie = int(np.flatnonzero(slecht)[0])
        waarde = reeks[positie].item() if hasattr(reeks[positie], "item") else reeks[positie]
        controleer_waarde(variable, waarde, positie)
        raise _fout(variable, positie, waarde)


def weiger_buiten_bereik(populatie, naam: str, uitkomst, bronnaam: str, bron, datum):
    """`uitkomst`, the value of `naam` derived from the input `bronnaam` (`bron`), if it lies in
    `naam`'s range; otherwise the input is refused, as if it had been given out of range (a date
    of birth after the decision date gives no age, not a negative one)."""
    variable = populatie.simulation.tax_benefit_system.variables[naam]
    laag, hoog = bereik(variable)
    slecht = (uitkomst < laag) | (uitkomst > hoog)
    if not slecht.any():
        return uitkomst
    positie = int(np.flatnonzero(slecht)[0])
    raise OngeldigeInvoer(
        bronnaam,
        f"{bronnaam}: invalid value {_weergave(str(bron[positie]))} at position {positie} (it "
        f"gives {naam} {uitkomst[positie]} on {datum}); accepted: a value that gives {naam} "
        f"{toegestaan(variable)}.",
    )


def _binnen_bereik(naam, formule):
    def formula(populatie, period, parameters):
        try:
            return roep_formule(formule, populatie, period, parameters)
        except ParameterNotFoundError as fout:
            raise datumbereik.parameter_buiten_bereik(naam, period, fout) from fout

    return formula


class Variabele(Variable):
    """Base class of every variable of the package: a situation can give any variable a value
    (an input overrides a formula), and a list or a mapping where one value belongs is refused
    with a message instead of failing while the simulation is built. A date before the supported
    range, or a parameter without a value on the date, is an error (`model.bereik`), not a
    default value."""

    def get_formula(self, period=None):
        datumbereik.controleer(self, period)
        formule = super().get_formula(period)
        if formule is None or period is None:
            return formule
        return _binnen_bereik(self.name, formule)

    def check_set_value(self, value):
        if isinstance(value, list | dict | tuple):
            raise _fout(self, None, value, "a single value is expected")
        controleer_waarde(self, value)
        return super().check_set_value(value)


class Invoer(Variabele):
    """Base class of every variable that a case or a population table can set.

    A numeric one states `minimum` and `maximum`: the plausible range it accepts.
    """

    def __init_subclass__(cls, **kwargs):
        # OpenFisca refuses unknown class attributes of a variable: keep the range aside.
        super().__init_subclass__(**kwargs)
        laag, hoog = getattr(cls, "__bereik__", (0, None))
        laag = vars(cls).get("minimum", laag)
        hoog = vars(cls).get("maximum", hoog)
        for naam in ("minimum", "maximum"):
            if naam in vars(cls):
                delattr(cls, naam)
        cls.__bereik__ = (laag, hoog)

    @property
    def minimum(self):
        return type(self).__bereik__[0]

    @property
    def maximum(self):
        return type(self).__bereik__[1]

    def __init__(self, baseline_variable=None):
        super().__init__(baseline_variable)
        verdeel = self.set_input

        def zet_gecontroleerd(holder, period, array):
            controleer_periode(self, period)
            controleer_reeks(self, array)
            if verdeel is not None:
                return verdeel(holder, period, array)
            return sla_op(holder, period, array)

        self.set_input = zet_gecontroleerd

    def check_set_value(self, value):
        controleer_waarde(self, value)
        return super().check_set_value(value)


class PuntenInvoer(Invoer):
    """An input score of the proposed points test: any finite number, negative included.

    A dimension can count against admission (the work, or the new resident's use of scarce
    housing, subtracts), so a negative score is a valid value, not a bad input; the only bounds
    are those of the stored number.
    """

    minimum = None
    maximum = None
