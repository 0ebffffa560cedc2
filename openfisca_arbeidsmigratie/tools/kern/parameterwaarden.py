"""What a parameter accepts as a new value: its type, its unit and bounds that make legal sense.

A parameter-change file, the werkbank's what-if and a change given to `Populatie` set a
parameter to a value; the value is checked against the parameter it changes, never coerced:

- an amount (`currency-EUR`): a finite number from 0 to the largest amount the model accepts as
  an input (an amount above every wage and deposit the model can judge decides nothing);
- a share (`/1` whose values lie within 0 to 1): a number from 0 to 1; another `/1` (a factor,
  such as 1.6 x the average salary): a finite number >= 0;
- hours per week (`hour`): a number from 0 to the hours of a week;
- a count (months, weeks, years, fines): a whole number from 0 to what the model's date range
  holds (months and years from model.invoer's first to last year); an age (a `year` parameter
  named `leeftijd...`): a whole number within the range of the input `leeftijd`;
- points: a whole number (a points table may subtract);
- a boolean: true or false; a list of codes: members of the enumeration its unit names; a
  level (`taalniveau`): one member of `TaalniveauNederlands`; calendar months: whole numbers 1-12.

Booleans are not numbers here, `.nan` and `.inf` are not finite, and `null` is not a value.
"""

import math
from dataclasses import dataclass

from openfisca_arbeidsmigratie.model.enums import (
    DiplomaVerlaagdCriterium,
    KennismigrantFunctie,
    TaalniveauNederlands,
    Toelatingsroute,
    TwvCategorie,
    Verblijfsdoel,
    Verblijfsvergunning,
)
from openfisca_arbeidsmigratie.model.invoer import EERSTE_JAAR, LAATSTE_JAAR, bereik
from openfisca_arbeidsmigratie.model.landen import Land

# The enumeration whose members a list parameter of each unit holds.
LIJST_EENHEDEN = {
    "iso-3166-1-alpha-2": Land,
    "verblijfsvergunning": Verblijfsvergunning,
    "verblijfsdoel": Verblijfsdoel,
    "twv-categorie": TwvCategorie,
    "kennismigrant-functie": KennismigrantFunctie,
    "diploma-verlaagd-criterium": DiplomaVerlaagdCriterium,
    "toelatingsroute": Toelatingsroute,
}
KEUZE_EENHEDEN = {"taalniveau": TaalniveauNederlands}
JAREN = LAATSTE_JAAR - EERSTE_JAAR + 1
UREN_PER_WEEK = 7 * 24
GROOTSTE_GEHEEL = 2**31 - 1  # OpenFisca stores whole numbers as int32
AANTALLEN = {"month": JAREN * 12, "week": JAREN * 53, "year": JAREN, "boete": GROOTSTE_GEHEEL}


class Parameterwaardefout(ValueError):
    """A value the parameter does not accept; `toegestaan` and `toegestaan_nl` say what does."""

    def __init__(self, reden: str, toegestaan: str, toegestaan_nl: str):
        self.reden, self.toegestaan, self.toegestaan_nl = reden, toegestaan, toegestaan_nl
        super().__init__(f"{reden}; accepted: {toegestaan}")


@dataclass(frozen=True)
class Soort:
    """The kind of value a parameter holds: `getal`, `geheel`, `bool`, `lijst` or `keuze`."""

    vorm: str
    laag: float = 0
    hoog: float = math.inf
    leden: tuple = ()
    en: str = ""
    nl: str = ""


def _bedragen(systeem) -> float:
    hoogste = [
        bereik(v)[1]
        for v in systeem.variables.values()
        if v.unit == "currency-EUR" and getattr(type(v), "__bereik__", None) is not None
    ]
    return max(hoogste, default=3.4e38)


def _getal(n) -> str:
    return f"{n:,}" if isinstance(n, int) or float(n).is_integer() else f"{n:g}"


def _nl(n) -> str:
    return _getal(n).replace(",", ".")


def _soort_eenheid(parameter, systeem) -> Soort | None:
    eenheid = parameter.metadata.get("unit")
    naam = parameter.name.rsplit(".", 1)[-1]
    if eenheid == "boolean":
        return Soort("bool", en="true or false", nl="true of false")
    if eenheid in LIJST_EENHEDEN:
        leden = tuple(LIJST_EENHEDEN[eenheid].__members__)
        return Soort("lijst", leden=leden, en=f"a list of {eenheid} codes", nl="een lijst codes")
    if eenheid in KEUZE_EENHEDEN:
        leden = tuple(KEUZE_EENHEDEN[eenheid].__members__)
        return Soort("keuze", leden=leden, en=f"one of {', '.join(leden)}", nl="een van de keuzes")
    if eenheid == "currency-EUR":
        hoog = int(_bedragen(systeem))
        tekst = f"an amount from 0 to {_getal(hoog)} euro"
        return Soort("getal", 0, hoog, en=tekst, nl=f"een bedrag van 0 tot {_nl(hoog)} euro")
    if eenheid == "/1":
        waarden = [w.value for w in parameter.values_list if w.value is not None]
        if all(0 <= w <= 1 for w in waarden):
            return Soort("getal", 0, 1, en="a share from 0 to 1", nl="een aandeel van 0 tot 1")
        return Soort("getal", 0, 3.4e38, en="a finite factor >= 0", nl="een eindige factor >= 0")
    if eenheid == "hour":
        tekst = f"hours from 0 to {UREN_PER_WEEK}"
        return Soort("getal", 0, UREN_PER_WEEK, en=tekst, nl=f"uren van 0 tot {UREN_PER_WEEK}")
    if eenheid == "year" and naam.startswith("leeftijd") and "leeftijd" in systeem.variables:
        laag, hoog = bereik(systeem.variables["leeftijd"])
        return Soort(
            "geheel", laag, hoog, en=f"an age from {laag} to {hoog}",
            nl=f"een leeftijd van {laag} tot {hoog}",
        )  # fmt: skip
    if eenheid in AANTALLEN:
        hoog = AANTALLEN[eenheid]
        return Soort(
            "geheel", 0, hoog, en=f"a whole number of {eenheid}s from 0 to {_getal(hoog)}",
            nl=f"een geheel getal van 0 tot {_nl(hoog)}",
        )  # fmt: skip
    if eenheid == "punten":
        return Soort(
            "geheel", -GROOTSTE_GEHEEL, GROOTSTE_GEHEEL, en="a whole number of points",
            nl="een geheel aantal punten",
        )  # fmt: skip
    return None


def soort(parameter, systeem) -> Soort:
    """What `parameter` accepts, from its unit and, for a unit without one, its current values."""
    waarden = [w.value for w in parameter.values_list if w.value is not None]
    if waarden and all(isinstance(w, list) for w in waarden):
        getallen = [x for w in waarden for x in w]
        if getallen and all(isinstance(x, int) and not isinstance(x, bool) for x in getallen):
            return Soort(
                "lijst", 1, 12, en="a list of calendar months (1 to 12)", nl="maanden 1-12"
            )
    gevonden = _soort_eenheid(parameter, systeem)
    if gevonden is not None:
        return gevonden
    if waarden and all(isinstance(w, bool) for w in waarden):
        return Soort("bool", en="true or false", nl="true of false")
    if waarden and all(isinstance(w, int) for w in waarden):
        return Soort(
            "geheel", -GROOTSTE_GEHEEL, GROOTSTE_GEHEEL, en="a whole number", nl="een geheel getal"
        )
    return Soort("getal", -3.4e38, 3.4e38, en="a finite number", nl="een eindig getal")


def _fout(soort: Soort, reden: str) -> Parameterwaardefout:
    return Parameterwaardefout(reden, soort.en, soort.nl)


def _is_getal(waarde) -> bool:
    return isinstance(waarde, int | float) and not isinstance(waarde, bool)


def _getalwaarde(soort: Soort, waarde, geheel: bool):
    if not _is_getal(waarde):
        return _fout(soort, "a boolean is not a number" if isinstance(waarde, bool) else "")
    if isinstance(waarde, float) and not math.isfinite(waarde):
        return _fout(soort, "not a finite number")
    if geheel and not float(waarde).is_integer():
        return _fout(soort, "not a whole number")
    if waarde < soort.laag:
        return _fout(soort, "negative" if soort.laag == 0 else "below the minimum")
    if waarde > soort.hoog:
        return _fout(soort, "above the maximum")
    return int(waarde) if geheel else waarde


def controleer(soort: Soort, waarde):
    """`waarde` as the parameter takes it (a whole float as int), or `Parameterwaardefout`."""
    if soort.vorm == "bool":
        uit = waarde if isinstance(waarde, bool) else _fout(soort, "")
    elif soort.vorm in ("getal", "geheel"):
        uit = _getalwaarde(soort, waarde, soort.vorm == "geheel")
    elif soort.vorm == "keuze":
        uit = waarde if isinstance(waarde, str) and waarde in soort.leden else _fout(soort, "")
    elif not isinstance(waarde, list):
        uit = _fout(soort, "not a list")
    elif soort.leden:
        onbekend = [lid for lid in waarde if not isinstance(lid, str) or lid not in soort.leden]
        uit = _fout(soort, f"unknown codes {onbekend!r}") if onbekend else list(waarde)
    else:
        uit = [_getalwaarde(soort, lid, True) for lid in waarde]
        uit = next((u for u in uit if isinstance(u, Parameterwaardefout)), uit)
    if isinstance(uit, Parameterwaardefout):
        raise uit
    return uit
