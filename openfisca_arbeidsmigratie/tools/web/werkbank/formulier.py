"""The case form, generated from the model's input variables, and its round trip to a flat case.

A flat case is what the CLI tools read (`{"name", "period", "input"}`, as in a YAML test). The
form holds every value as text; reading it back checks each value with the model's own check
(`model.invoer.controleer_waarde`), so a field shows the message the CLI would print.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from openfisca_core import periods
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DAY, ETERNITY, MONTH

from openfisca_arbeidsmigratie.model import bereik as datumbereik
from openfisca_arbeidsmigratie.model.invoer import (
    EERSTE_JAAR,
    EERSTE_MAAND,
    LAATSTE_MAAND,
    Invoer,
    OngeldigeInvoer,
    bereik,
    controleer_waarde,
)
from openfisca_arbeidsmigratie.model.landen import NEDERLANDSE_NAMEN
from openfisca_arbeidsmigratie.tools.kern.aannames import is_voorstel

EENHEDEN = {
    "currency-EUR": "€",
    "hour": "uur",
    "year": "jaar",
    "month": "maanden",
    "week": "weken",
    "punten": "punten",
    "boete": "boetes",
}
# The facts nearly every case has, first; the others follow in alphabetical order.
KERN = (
    "nationaliteit",
    "leeftijd",
    "bruto_maandloon",
    "arbeidsuren_per_week",
    "verblijfsvergunning",
    "erkend_referent",
    "sector",
    "beroepsgroep",
)
# What every route reads: the werkbank does not answer before these are given (issue 23: an
# answer from a default nobody entered is a wrong answer). Age may be given as a date of birth.
VEREIST = {
    "nationaliteit": "Kies de nationaliteit",
    "leeftijd": "Vul de leeftijd in (of de geboortedatum)",
    "bruto_maandloon": "Vul het bruto maandloon in",
}
VERVANGERS = {"leeftijd": "geboortedatum"}
MAX_PERIODES = 60
GROOTSTE_GEHEEL = 2**31 - 1  # OpenFisca stores whole numbers as int32
LEGE_PERIODES = 2
MAAND = re.compile(r"^[0-9]{4}-[0-9]{2}$")
GETAL = re.compile(r"^-?[0-9]+([.,][0-9]+)?$")
# "4.907" is 4907 to a Dutch reader and 4.907 to Python: an amount written so is refused.
DUIZENDTAL = re.compile(r"^-?[1-9]\d{0,2}[.,]\d{3}$")


def dubbelzinnig_bedrag(tekst: str) -> str | None:
    """The message for an amount that reads differently in Dutch and English, else None."""
    if DUIZENDTAL.match(tekst):
        return (
            f"'{tekst}' is dubbelzinnig: schrijf een bedrag zonder scheidingsteken voor "
            "duizendtallen, bijvoorbeeld 4907 of 4907,50."
        )
    return None


@dataclass
class Veld:
    naam: str
    label: str
    soort: str  # "enum", "bool", "int", "float" or "date"
    eenheid: str | None
    keuzes: list = field(default_factory=list)  # (code, label)
    standaard: str = ""
    entiteit: str = "persoon"
    berekend: bool = False
    voorstel: bool = False


@dataclass
class Geschiedenisveld:
    """A monthly input entered as periods: from month, to month and (for an enum) a value."""

    naam: str
    label: str
    soort: str  # "enum" or "bool"
    keuzes: list = field(default_factory=list)


@dataclass
class Formulier:
    velden: list
    geschiedenis: list

    def veld(self, naam):
        return next((v for v in self.velden if v.naam == naam), None)

    def geschiedenisveld(self, naam):
        return next((v for v in self.geschiedenis if v.naam == naam), None)


@dataclass
class Invulling:
    """The form as the user filled it: text per field, periods per monthly input, errors."""

    naam: str = ""
    datum: str = ""
    waarden: dict = field(default_factory=dict)
    periodes: dict = field(default_factory=dict)  # name: [{"van", "tot", "waarde"}]
    fouten: dict = field(default_factory=dict)  # field id: message


def _soort(variabele) -> str:
    if variabele.value_type == Enum:
        return "enum"
    if variabele.value_type is date:
        return "date"
    return {bool: "bool", int: "int", float: "float"}.get(variabele.value_type, "")


def _keuzes(variabele) -> list:
    """(code, label) per member; countries by their Dutch name."""
    if variabele.name == "nationaliteit":
        return [(lid.name, NEDERLANDSE_NAMEN[lid.name]) for lid in variabele.possible_values]
    return [(lid.name, str(lid.value)) for lid in variabele.possible_values]


def _standaard(variabele, soort) -> str:
    standaard = variabele.default_value
    if soort == "enum":
        return (
            NEDERLANDSE_NAMEN.get(standaard.name)
            if variabele.name == "nationaliteit"
            else (str(standaard.value))
        )
    if soort == "bool":
        return "ja" if standaard else "nee"
    return str(standaard)


def maak_formulier(systeem) -> Formulier:
    """Every input variable of the model as a field, the monthly ones as period lists."""
    velden, geschiedenis = [], []
    for naam, variabele in systeem.variables.items():
        if not isinstance(variabele, Invoer):
            continue
        soort = _soort(variabele)
        if not soort:
            continue
        if variabele.definition_period == MONTH and soort in ("enum", "bool"):
            keuzes = _keuzes(variabele) if soort == "enum" else []
            geschiedenis.append(Geschiedenisveld(naam, variabele.label or naam, soort, keuzes))
        elif variabele.definition_period in (DAY, ETERNITY):
            velden.append(
                Veld(
                    naam=naam,
                    label=variabele.label or naam,
                    soort=soort,
                    eenheid=EENHEDEN.get(getattr(variabele, "unit", None)),
                    keuzes=sorted(_keuzes(variabele), key=lambda k: k[1].lower())
                    if naam == "nationaliteit"
                    else (_keuzes(variabele) if soort == "enum" else []),
                    standaard=_standaard(variabele, soort),
                    entiteit=variabele.entity.key,
                    berekend=bool(variabele.formulas) and naam not in KERN,
                    voorstel=is_voorstel(variabele),
                )
            )
    velden.sort(key=lambda v: (KERN.index(v.naam) if v.naam in KERN else len(KERN), v.naam))
    geschiedenis.sort(key=lambda v: (v.soort != "enum", v.naam))
    return Formulier(velden, geschiedenis)


def _getal(tekst: str, soort: str):
    if not GETAL.match(tekst):
        raise ValueError
    waarde = float(tekst.replace(",", "."))
    if soort == "int":
        if not waarde.is_integer() or abs(waarde) > GROOTSTE_GEHEEL:
            raise ValueError
        return int(waarde)
    return waarde


def _lees_waarde(veld: Veld, tekst: str):
    if veld.soort == "enum":
        return tekst
    if veld.soort == "bool":
        if tekst not in ("true", "false"):
            raise ValueError
        return tekst == "true"
    if veld.soort == "date":
        return date.fromisoformat(tekst)
    return _getal(tekst, veld.soort)


VERWACHT = {
    "int": f"een geheel getal tot {GROOTSTE_GEHEEL}, bijvoorbeeld 29",
    "float": "een getal, bijvoorbeeld 4357,50",
    "bool": "ja of nee",
    "date": "een datum (JJJJ-MM-DD)",
    "enum": "een van de keuzes",
}


def toegestaan(variabele) -> str:
    """What a field accepts, in Dutch (the model's own check says it in English)."""
    if variabele.value_type == Enum:
        if variabele.name == "nationaliteit":
            return "een landcode (ISO 3166-1), bijvoorbeeld NL, DE of IN"
        return "een van: " + ", ".join(lid.name for lid in variabele.possible_values)
    if variabele.value_type is bool:
        return "ja of nee"
    if variabele.value_type in (int, float):
        laag, hoog = bereik(variabele)
        soort = "een geheel getal" if variabele.value_type is int else "een getal"
        eenheid = EENHEDEN.get(getattr(variabele, "unit", None) or "", "")
        return f"{soort} van {laag:,} tot {hoog:,}".replace(",", ".") + (
            f" ({eenheid})" if eenheid else ""
        )
    if variabele.value_type is date:
        return (
            f"een datum (JJJJ-MM-DD) van {EERSTE_JAAR}-01-01 tot en met {datumbereik.LAATSTE_DATUM}"
        )
    return "een geldige waarde"


def ongeldig(variabele, waarde) -> str:
    """The Dutch message for a value the model refuses."""
    if variabele.value_type == Enum and isinstance(waarde, bool):
        return (
            f"{variabele.name}: ja/nee is geen keuze. YAML 1.1 leest NO, No, no, off of n zonder "
            "aanhalingstekens als false: zet landcodes tussen aanhalingstekens, bijvoorbeeld "
            'nationaliteit: "NO".'
        )
    return f"{variabele.name}: ongeldige waarde '{waarde}'; toegestaan: {toegestaan(variabele)}."


def lees_invulling(formulier: Formulier, gegevens) -> Invulling:
    """The filled-in form from request data (a mapping of field id to text)."""
    invulling = Invulling(
        naam=gegevens.get("naam", "").strip(), datum=gegevens.get("datum", "").strip()
    )
    for veld in formulier.velden:
        tekst = gegevens.get(f"v_{veld.naam}", "").strip()
        if tekst:
            invulling.waarden[veld.naam] = tekst
    for veld in formulier.geschiedenis:
        try:
            aantal = min(int(gegevens.get(f"h_{veld.naam}_aantal", "0")), MAX_PERIODES)
        except ValueError:
            aantal = 0
        rijen = []
        for i in range(aantal):
            rij = {
                deel: gegevens.get(f"h_{veld.naam}_{deel}_{i}", "").strip()
                for deel in ("van", "tot", "waarde")
            }
            if any(rij.values()):
                rijen.append(rij)
        invulling.periodes[veld.naam] = rijen
    return invulling


def _maanden(van: str, tot: str) -> int:
    jaar_van, maand_van = map(int, van.split("-"))
    jaar_tot, maand_tot = map(int, tot.split("-"))
    return (jaar_tot - jaar_van) * 12 + maand_tot - maand_van + 1


def _geldige_maand(tekst: str) -> bool:
    return bool(MAAND.match(tekst)) and 1 <= int(tekst[5:]) <= 12


def _binnen_bereik(fouten: dict, datum: str):
    """The judgement date within the dates the model decides on (`model.bereik`)."""
    eerste = datumbereik.eerste_datum()
    if not eerste <= date.fromisoformat(datum).isoformat() <= datumbereik.LAATSTE_DATUM:
        fouten["datum"] = (
            f"Het model beslist op data van {eerste} tot en met {datumbereik.LAATSTE_DATUM}; "
            f"{datum} valt daarbuiten."
        )


def naar_geval(
    systeem, formulier: Formulier, invulling: Invulling, vereist: bool = True
) -> dict | None:
    """The flat case of a filled-in form; None when a field is wrong (its message is set) or
    an input every route reads is missing (with a message when `vereist`: the user asked for an
    answer; without, as when showing a parameter's timeline, the page just gives none)."""
    fouten = invulling.fouten
    if not invulling.datum:
        fouten["datum"] = "Vul de datum van de beslissing in (JJJJ-MM-DD)."
    else:
        try:
            date.fromisoformat(invulling.datum)
        except ValueError:
            fouten["datum"] = f"'{invulling.datum}' is geen datum: gebruik JJJJ-MM-DD."
        else:
            _binnen_bereik(fouten, invulling.datum)
    ontbreekt = [
        naam
        for naam in VEREIST
        if formulier.veld(naam) is not None
        and not {naam, VERVANGERS.get(naam, naam)} & set(invulling.waarden)
    ]
    for naam in ontbreekt if vereist else ():
        fouten.setdefault(
            f"v_{naam}",
            f"{VEREIST[naam]}: elke route leest dit, en zonder waarde is er geen antwoord.",
        )
    invoer = {}
    for veld in formulier.velden:
        tekst = invulling.waarden.get(veld.naam)
        if tekst is None:
            continue
        if veld.eenheid == EENHEDEN["currency-EUR"] and dubbelzinnig_bedrag(tekst):
            fouten.setdefault(f"v_{veld.naam}", f"{veld.naam}: {dubbelzinnig_bedrag(tekst)}")
            continue
        try:
            waarde = _lees_waarde(veld, tekst)
        except ValueError:
            fouten.setdefault(
                f"v_{veld.naam}",
                f"{veld.naam}: ongeldige waarde '{tekst}'; verwacht: {VERWACHT[veld.soort]}.",
            )
            continue
        try:
            controleer_waarde(systeem.variables[veld.naam], waarde)
        except OngeldigeInvoer:
            fouten.setdefault(f"v_{veld.naam}", ongeldig(systeem.variables[veld.naam], waarde))
            continue
        invoer[veld.naam] = waarde.isoformat() if veld.soort == "date" else waarde
    for veld in formulier.geschiedenis:
        waarden = _lees_periodes(systeem, veld, invulling.periodes.get(veld.naam, []), fouten)
        if waarden:
            invoer[veld.naam] = waarden
    if fouten or ontbreekt:
        return None
    geval = {"name": invulling.naam or "geval", "period": invulling.datum, "input": invoer}
    return geval


def _lees_periodes(systeem, veld: Geschiedenisveld, rijen: list, fouten: dict) -> dict:
    waarden = {}
    bezet = []
    for i, rij in enumerate(rijen):
        sleutel = f"h_{veld.naam}_{i}"
        van, tot = rij["van"], rij["tot"] or rij["van"]
        if not _geldige_maand(van) or not _geldige_maand(tot):
            fouten[sleutel] = f"Periode {i + 1}: vul 'van' en 'tot' in als maand (JJJJ-MM)."
            continue
        if tot < van:
            fouten[sleutel] = f"Periode {i + 1}: 'tot' ({tot}) ligt voor 'van' ({van})."
            continue
        if van < EERSTE_MAAND or tot > LAATSTE_MAAND:
            fouten[sleutel] = (
                f"Periode {i + 1}: een geschiedenis kan van {EERSTE_MAAND} tot en met "
                f"{LAATSTE_MAAND} lopen, niet van {van} tot {tot}."
            )
            continue
        if veld.soort == "enum":
            waarde = rij["waarde"]
            try:
                controleer_waarde(systeem.variables[veld.naam], waarde)
            except OngeldigeInvoer:
                fouten[sleutel] = (
                    f"Periode {i + 1}: {ongeldig(systeem.variables[veld.naam], waarde)}"
                )
                continue
        else:
            waarde = True
        overlap = next((b for b in bezet if van <= b[1] and b[0] <= tot), None)
        if overlap:
            fouten[sleutel] = (
                f"Periode {i + 1} ({van} tot {tot}) overlapt met {overlap[0]} tot {overlap[1]}."
            )
            continue
        bezet.append((van, tot))
        waarden[f"month:{van}:{_maanden(van, tot)}"] = waarde
    return waarden


def _als_tekst(waarde) -> str:
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, date):
        return waarde.isoformat()
    return str(waarde)


def _maand_erbij(maand, aantal: int) -> str:
    return str(maand.offset(aantal - 1, "month"))[:7]


def _periodes_uit(veld: Geschiedenisveld, waarden, fouten: dict) -> list:
    """Rows of a monthly input given as `{period: value}`; consecutive equal months merged."""
    if not isinstance(waarden, dict):
        fouten[f"h_{veld.naam}_0"] = (
            f"{veld.naam}: verwacht perioden met een waarde, bijvoorbeeld "
            f"{{month:2020-03:60: ...}}, niet {waarden!r}."
        )
        return []
    maanden = {}
    for sleutel, waarde in waarden.items():
        try:
            periode = periods.period(str(sleutel))
        except ValueError:
            fouten[f"h_{veld.naam}_0"] = f"{veld.naam}: '{sleutel}' is geen periode."
            return []
        if periode.unit not in (periods.MONTH, periods.YEAR):
            fouten[f"h_{veld.naam}_0"] = (
                f"{veld.naam}: '{sleutel}' is geen maand of reeks maanden (month:JJJJ-MM:N)."
            )
            return []
        begin = periode.first_month
        for i in range(periode.size_in_months):
            maanden[str(begin.offset(i, "month"))[:7]] = waarde
    rijen = []
    for maand in sorted(maanden):
        waarde = maanden[maand]
        if veld.soort == "bool" and waarde is False:
            continue
        vorige = rijen[-1] if rijen else None
        if (
            vorige
            and vorige["_waarde"] == waarde
            and _maand_erbij(periods.period(vorige["tot"]), 2) == maand
        ):
            vorige["tot"] = maand
        else:
            rijen.append({"van": maand, "tot": maand, "_waarde": waarde})
    return [
        {
            "van": r["van"],
            "tot": r["tot"],
            "waarde": "" if veld.soort == "bool" else _als_tekst(r["_waarde"]),
        }
        for r in rijen
    ]


def uit_geval(systeem, formulier: Formulier, geval: dict) -> Invulling:
    """The form filled with a flat case (an example or an uploaded file).

    A variable the form does not know, or a value of the wrong kind, is reported; the value is
    still put in its field as text, so the user sees what the file said.
    """
    invulling = Invulling(naam=str(geval.get("name", "") or ""), datum=str(geval.get("period", "")))
    invoer = geval.get("input") or {}
    onbekend = []
    for naam, waarde in invoer.items():
        veld = formulier.veld(naam)
        historie = formulier.geschiedenisveld(naam)
        if veld is not None:
            if isinstance(waarde, dict):
                invulling.fouten[f"v_{naam}"] = (
                    f"{naam}: verwacht één waarde op de datum van het geval, geen reeks perioden."
                )
                continue
            invulling.waarden[naam] = _als_tekst(waarde)
            if veld.soort != "date":
                try:
                    controleer_waarde(systeem.variables[naam], waarde)
                except OngeldigeInvoer:
                    invulling.fouten[f"v_{naam}"] = ongeldig(systeem.variables[naam], waarde)
        elif historie is not None:
            invulling.periodes[naam] = _periodes_uit(historie, waarde, invulling.fouten)
        else:
            onbekend.append(str(naam))
    if onbekend:
        invulling.fouten["bestand"] = (
            "Onbekende invoervariabelen in het geval: "
            + ", ".join(onbekend)
            + ". Het formulier kent alleen de invoervariabelen van het model."
        )
    return invulling


def periode_rijen(invulling: Invulling, veld: Geschiedenisveld, extra: int = 0) -> list:
    """The rows to show for a monthly input: those filled in, plus empty ones to fill."""
    rijen = list(invulling.periodes.get(veld.naam, []))
    leeg = {"van": "", "tot": "", "waarde": ""}
    return rijen + [dict(leeg) for _ in range(LEGE_PERIODES + extra)]
