"""The what-if: several parameters (numbers, yes/no, lists) each set to a value from a date on,
together one parameter-change file (`--parameters` of the CLI) and one column."""

import difflib
from dataclasses import dataclass
from datetime import date

from openfisca_core.parameters import ParameterNode, ParameterScale

from openfisca_arbeidsmigratie.tools.kern import parameterwaarden
from openfisca_arbeidsmigratie.tools.kern.register import (
    HervormingsFout,
    _bladeren,
    parameter_object,
    wijzigingshervorming,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import dubbelzinnig_bedrag

WIJZIGING = "wijziging"
RIJEN = 4  # rows of the what-if in the form
JA, NEE = ("ja", "true", "waar"), ("nee", "false", "onwaar")
LEEG = ("[]", "(leeg)")


@dataclass
class Wijziging:
    """One parameter set to a value from a date on."""

    pad: str
    waarde: object
    vanaf: str

    def tekst(self) -> str:
        return f"{self.pad} = {als_tekst(self.waarde)} vanaf {self.vanaf}"


@dataclass
class Wijzigingen:
    """The what-if of the form: one or more changes, applied together."""

    lijst: list

    def titel(self) -> str:
        return "Wijziging: " + "; ".join(w.tekst() for w in self.lijst)

    def als_bestand(self) -> dict:
        """The changes as one parameter-change file (`--parameters` of the CLI)."""
        uit = {}
        for w in self.lijst:
            uit.setdefault(w.pad, {})[date.fromisoformat(w.vanaf)] = w.waarde
        return uit

    def hervorming(self):
        wijzigingen = {}
        for w in self.lijst:
            wijzigingen.setdefault(w.pad, {})[w.vanaf] = w.waarde
        return wijzigingshervorming(wijzigingen, WIJZIGING)


def als_tekst(waarde) -> str:
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return "[" + ", ".join(map(str, waarde)) + "]"
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde))
    return str(waarde)


def _soort(waarden: list) -> str | None:
    if waarden and all(isinstance(w, bool) for w in waarden):
        return "bool"
    if waarden and all(isinstance(w, int | float) and not isinstance(w, bool) for w in waarden):
        return "getal"
    if waarden and all(isinstance(w, list) for w in waarden):
        return "lijst"
    return None


def wijzigbare_parameters(systeem) -> list[tuple[str, str]]:
    """(path, label) of every parameter a what-if can change: numbers, yes/no and lists."""
    uit = []
    for pad, parameter in _bladeren(systeem.parameters):
        if isinstance(parameter, ParameterNode | ParameterScale):
            continue
        if _soort([w.value for w in parameter.values_list if w.value is not None]):
            uit.append((pad, parameter.metadata.get("label") or parameter.description or pad))
    return uit


def _getal(systeem, parameter, pad, waarde, bestaande):
    if parameter.metadata.get("unit") == "currency-EUR" and dubbelzinnig_bedrag(waarde):
        raise ValueError(f"{pad}: {dubbelzinnig_bedrag(waarde)}")
    try:
        if not waarde.isascii() or "_" in waarde:  # float() reads ١٢ and 4_500 as numbers
            raise ValueError(waarde)
        getal = float(waarde.replace(",", "."))
    except ValueError:
        raise ValueError(f"{pad}: '{waarde}' is geen getal.") from None
    if getal != getal or getal in (float("inf"), float("-inf")):
        raise ValueError(f"{pad}: '{waarde}' is geen eindig getal.")
    if all(isinstance(w, int) for w in bestaande):
        if not getal.is_integer():
            raise ValueError(f"{pad} is een geheel getal; '{waarde}' is dat niet.")
        getal = int(getal)
    try:
        return parameterwaarden.controleer(parameterwaarden.soort(parameter, systeem), getal)
    except parameterwaarden.Parameterwaardefout as fout:
        raise ValueError(
            f"'{waarde}' kan niet voor {pad}: verwacht {fout.toegestaan_nl}."
        ) from None


def _waarde(systeem, parameter, pad: str, waarde: str):
    """The typed value of the text, as the parameter's existing values are; ValueError if not."""
    bestaande = [w.value for w in parameter.values_list if w.value is not None]
    soort = _soort(bestaande)
    if soort is None:
        raise TypeError(f"{pad} is geen getal, ja/nee of lijst; kies een andere parameter.")
    if soort == "getal":
        return _getal(systeem, parameter, pad, waarde, bestaande)
    if soort == "bool":
        if waarde.lower() not in JA + NEE:
            raise ValueError(f"{pad} is ja of nee; '{waarde}' is dat niet.")
        return waarde.lower() in JA
    if waarde in LEEG:
        return []
    delen = [d.strip() for d in waarde.strip("[]").split(",")]
    if not all(delen):
        raise ValueError(
            f"{pad}: '{waarde}' is geen lijst. Een lijst: waarden gescheiden door komma's, "
            "bijv. NL, DE; "
            f"of {LEEG[0]}."
        )
    return _lijst(systeem, parameter, pad, delen)


def _lijst(systeem, parameter, pad: str, delen: list[str]) -> list:
    """The members of a list, each checked against what the parameter's list holds (codes of
    its enum, or calendar months)."""
    soort = parameterwaarden.soort(parameter, systeem)
    if soort.leden:
        onbekend = [d for d in delen if d not in soort.leden]
        if onbekend:
            raise ValueError(
                f"{pad}: onbekende code(s) {', '.join(onbekend)}; verwacht een lijst van codes "
                f"zoals {', '.join(soort.leden[:6])}."
            )
        return delen
    if not all(d.isascii() and d.isdigit() for d in delen):
        raise ValueError(
            f"{pad}: '{', '.join(delen)}' kan niet; verwacht {soort.nl}, gescheiden door "
            "komma's, bijv. 6, 7, 8."
        )
    try:
        return parameterwaarden.controleer(soort, [int(d) for d in delen])
    except parameterwaarden.Parameterwaardefout:
        raise ValueError(f"{pad}: '{', '.join(delen)}' kan niet; verwacht {soort.nl}.") from None


def parameterfout(systeem, pad: str, fout: Exception) -> str:
    """The Dutch message for a parameter path the registry refuses (its own is in English)."""
    tekst = str(fout)
    if "group of parameters" in tekst:
        return f"'{pad}' is een groep parameters; kies één parameter daaronder ({pad}.…)."
    if "scale" in tekst:
        return f"'{pad}' is een schaal (schijven); die kan hier niet worden gewijzigd."
    paden = [p for p, _ in _bladeren(systeem.parameters)]
    voorstel = difflib.get_close_matches(pad, paden, n=5, cutoff=0.5)
    return f"Onbekende parameter '{pad}'" + (
        f"; bedoelt u: {', '.join(voorstel)}?" if voorstel else "; typ een deel van de naam."
    )


def lees_wijziging(systeem, tekst: dict, fouten: dict, achter: str = ""):
    """One row of the what-if (`parameter`, `waarde`, `vanaf`), or None; a wrong field gets a
    message under its key (`wijziging_parameter` + `achter`)."""
    pad, waarde, vanaf = (tekst.get(d, "").strip() for d in ("parameter", "waarde", "vanaf"))
    if not pad and not waarde:
        return None
    if not pad:
        fouten[f"wijziging_parameter{achter}"] = "Kies de parameter die u wilt wijzigen."
        return None
    try:
        parameter = parameter_object(systeem, pad)
    except HervormingsFout as fout:
        fouten[f"wijziging_parameter{achter}"] = parameterfout(systeem, pad, fout)
        return None
    try:
        getypt = _waarde(systeem, parameter, pad, waarde)
    except TypeError as fout:
        fouten[f"wijziging_parameter{achter}"] = str(fout)
        return None
    except ValueError as fout:
        fouten[f"wijziging_waarde{achter}"] = str(fout)
        return None
    try:
        date.fromisoformat(vanaf)
    except ValueError:
        fouten[f"wijziging_vanaf{achter}"] = f"'{vanaf}' is geen datum: gebruik JJJJ-MM-DD."
        return None
    return Wijziging(pad, getypt, vanaf)


def achtervoegsel(rij: int) -> str:
    """The field names' suffix of a row: none for the first (`wijziging_parameter`), `_2`, ..."""
    return "" if rij == 0 else f"_{rij + 1}"


def lees_wijzigingen(systeem, rijen: list[dict], fouten: dict) -> Wijzigingen | None:
    """Every filled-in row of the what-if, together; None when none is."""
    lijst = [lees_wijziging(systeem, rij, fouten, achtervoegsel(i)) for i, rij in enumerate(rijen)]
    lijst = [w for w in lijst if w is not None]
    return Wijzigingen(lijst) if lijst else None
