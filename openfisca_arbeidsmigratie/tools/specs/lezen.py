"""Reading a spec file: YAML checked key by key, every problem an error naming its line.

The format is documented in docs/specs.md. A spec names its systems, one or more dates, a domain
and its properties; an expression is read by `expressie.Expressie`.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from openfisca_arbeidsmigratie.tools.kern import yamlbron
from openfisca_arbeidsmigratie.tools.specs.expressie import (
    DATUM,
    PARAMETER,
    Expressie,
    ExpressieFout,
)

SOORTEN = (
    "altijd",
    "als",
    "ongewijzigd",
    "niemand_verliest",
    "niemand_wint",
    "monotoon",
    "onafhankelijk",
)
SLEUTELS = {"naam", "bron", "systemen", "datum", "domein", "vast", "eigenschappen", "budget"}
EIGENSCHAP_SLEUTELS = {
    "naam",
    "bron",
    *SOORTEN,
    "dan",
    "tussen",
    "behalve",
    "invoer",
    "stijgend",
    "dalend",
}


MAX_DATUMS = 60


def _bladeren(knoop):
    for kind in getattr(knoop, "children", {}).values():
        if hasattr(kind, "children"):
            yield from _bladeren(kind)
        else:
            yield kind


class SpecFout(ValueError):
    """A spec that cannot be read: the file, the line and the problem."""

    def __init__(self, bestand, regel: int | None, melding: str):
        plaats = f"{bestand}:{regel}" if regel else str(bestand)
        super().__init__(f"{plaats}: {melding}")


def lees_yaml(tekst: str, naam: str = "spec") -> tuple[object, dict[tuple, int]]:
    """A spec's data and the line (1-based) of every mapping key and list item by its path in
    the document, read through the project's one YAML loader with the limits of a spec."""
    document = yamlbron.lees_yaml(tekst.encode("utf-8"), soort="specs", naam=naam)
    regels: dict[tuple, int] = {}

    def loop(knoop, pad, boven):
        if isinstance(knoop, dict):
            for sleutel, waarde in knoop.items():
                regel = document.regel(knoop, sleutel) or boven
                regels[(*pad, sleutel)] = regel
                loop(waarde, (*pad, sleutel), regel)
        elif isinstance(knoop, list):
            for nummer, element in enumerate(knoop):
                regel = (document.regel(element) if isinstance(element, dict) else None) or boven
                regels[(*pad, nummer)] = regel
                loop(element, (*pad, nummer), regel)

    loop(document.data, (), 1)
    return document.data, regels


@dataclass
class Eigenschap:
    naam: str
    soort: str
    regel: int
    voorwaarde: Expressie | None = None
    als: Expressie | None = None
    variabelen: list = field(default_factory=list)
    tussen: tuple = ()
    behalve: Expressie | None = None
    invoer: str | None = None
    stijgend: bool = True


@dataclass
class Spec:
    pad: Path
    naam: str
    bron: str
    systemen: dict
    datums: list
    domein: dict
    vast: dict
    eigenschappen: list
    budget: int | None = None


class Lezer:
    """Reads one spec file; `systeem(naam)` returns a tax-benefit system for a registry name."""

    def __init__(self, pad, systeem, domeinlezer, tekst: str | None = None):
        """`tekst`: the spec itself (then `pad` only names it in messages)."""
        self.pad = Path(pad)
        self.systeem = systeem
        self.domeinlezer = domeinlezer
        if tekst is None and not self.pad.is_file():
            raise SpecFout(self.pad, None, "spec file not found")
        tekst = self.pad.read_text(encoding="utf-8") if tekst is None else tekst
        try:
            self.data, self.regels = lees_yaml(tekst, str(self.pad))
        except yamlbron.YamlFout as fout:
            melding = str(fout).removeprefix(f"{self.pad}: ")
            raise SpecFout(self.pad, None, f"not a readable spec: {melding}") from None
        if not isinstance(self.data, dict):
            raise SpecFout(self.pad, 1, "a spec is a mapping with naam, systemen, datum, ...")

    def fout(self, pad: tuple, melding: str) -> SpecFout:
        while pad and pad not in self.regels:
            pad = pad[:-1]
        return SpecFout(self.pad, self.regels.get(pad, 1), melding)

    def lees(self) -> Spec:
        onbekend = sorted(set(map(str, self.data)) - SLEUTELS)
        if onbekend:
            raise self.fout(
                (onbekend[0],), f"unknown key '{onbekend[0]}'; known: {sorted(SLEUTELS)}"
            )
        for sleutel in ("naam", "bron", "systemen", "datum", "eigenschappen"):
            if not self.data.get(sleutel):
                raise self.fout((), f"'{sleutel}' is required")
        systemen = self._systemen()
        self.systemen_gelezen = systemen
        datums = self._datums()
        self.datums = datums
        alle = [s for _, s in systemen.values()]
        domein = self.domeinlezer(self, alle, self.data.get("domein") or {}, ("domein",))
        vast = self.domeinlezer.vast(self, alle, self.data.get("vast") or {}, ("vast",))
        self.bekende_invoer = set(domein) | set(vast)
        self.systemen = systemen
        eigenschappen = self.data["eigenschappen"]
        if not isinstance(eigenschappen, list):
            raise self.fout(("eigenschappen",), "'eigenschappen' is a list of properties")
        budget = self.data.get("budget")
        if budget is not None and (not isinstance(budget, int) or budget < 1):
            raise self.fout(("budget",), "'budget' is a positive whole number of combinations")
        return Spec(
            pad=self.pad,
            naam=str(self.data["naam"]),
            bron=str(self.data["bron"]),
            systemen=systemen,
            datums=datums,
            domein=domein,
            vast=vast,
            eigenschappen=[self._eigenschap(e, i) for i, e in enumerate(eigenschappen)],
            budget=budget,
        )

    def _systemen(self) -> dict:
        data = self.data["systemen"]
        if isinstance(data, list):
            data = {str(naam): naam for naam in data}
        if not isinstance(data, dict):
            raise self.fout(("systemen",), "'systemen' maps a short name to a system")
        uit = {}
        for alias, naam in data.items():
            if not str(alias).isidentifier():
                raise self.fout(("systemen", alias), f"'{alias}' is not a name (letters, _)")
            if not isinstance(naam, str):
                raise self.fout(("systemen", alias), f"'{alias}': a system is a registry name")
            naam = self._relatief(naam)
            try:
                uit[str(alias)] = (naam, self.systeem(naam))
            except ValueError as fout:
                raise self.fout(("systemen", alias), str(fout)) from None
        return uit

    def _relatief(self, naam: str) -> str:
        delen = []
        for deel in naam.split("+"):
            deel = deel.strip()
            if deel.endswith((".yaml", ".yml")) and not Path(deel).is_absolute():
                deel = str(self.pad.parent / deel)
            delen.append(deel)
        return "+".join(delen)

    def _datums(self) -> list[str]:
        data = self.data["datum"]
        if isinstance(data, dict):
            return self._periode(data)
        lijst = data if isinstance(data, list) else [data]
        for nummer, waarde in enumerate(lijst):
            if not isinstance(waarde, date):
                pad = ("datum", nummer) if isinstance(data, list) else ("datum",)
                raise self.fout(pad, f"'{waarde}' is not a date (YYYY-MM-DD)")
        return [w.isoformat() for w in lijst]

    def _periode(self, data: dict) -> list[str]:
        """`{van, tot}`: both ends, and the day before and the day of every change of a
        parameter of the spec's systems within the period."""
        van, tot = data.get("van"), data.get("tot")
        if set(data) != {"van", "tot"} or not isinstance(van, date) or not isinstance(tot, date):
            raise self.fout(("datum",), "a period is {van: YYYY-MM-DD, tot: YYYY-MM-DD}")
        if van > tot:
            raise self.fout(("datum",), "a period's 'van' is after its 'tot'")
        datums = {van, tot}
        for _, systeem in self.systemen_gelezen.values():
            for parameter in _bladeren(systeem.parameters):
                for waarde in getattr(parameter, "values_list", []):
                    dag = date.fromisoformat(waarde.instant_str)
                    if van < dag <= tot:
                        datums |= {dag - timedelta(days=1), dag}
        if len(datums) > MAX_DATUMS:
            raise self.fout(
                ("datum",), f"the period has {len(datums)} dates of change, more than {MAX_DATUMS}"
            )
        return [d.isoformat() for d in sorted(datums)]

    def bekend(self, pad):
        def controleer(naam, alias, kolom):
            if alias is not None and alias not in self.systemen:
                raise ExpressieFout(
                    f"unknown system '{alias}' (the spec's systems: {', '.join(self.systemen)})",
                    kolom,
                )
            if alias is None and naam in self.systemen:
                raise ExpressieFout(f"'{naam}' is a system: write {naam}.variabele", kolom)
            if naam in self.bekende_invoer and alias is None or naam == DATUM and alias is None:
                return
            if naam.startswith(PARAMETER):
                from openfisca_arbeidsmigratie.tools.kern.register import parameter_object

                for _, systeem in self.systemen.values():
                    parameter_object(systeem, naam.removeprefix(PARAMETER))
                return
            systeem = self.systemen[alias or next(iter(self.systemen))][1]
            if naam not in systeem.variables:
                raise ExpressieFout(f"unknown variable or input '{naam}'", kolom)
            if str(systeem.variables[naam].definition_period) not in ("day", "eternity"):
                raise ExpressieFout(f"'{naam}' is not decided on a day", kolom)

        return controleer

    def expressie(self, pad: tuple, tekst) -> Expressie:
        try:
            return Expressie(tekst, self.bekend(pad))
        except ExpressieFout as fout:
            raise self.fout(pad, f"{fout} (in '{tekst}', column {fout.kolom + 1})") from None
        except ValueError as fout:
            raise self.fout(pad, str(fout)) from None

    def _eigenschap(self, data, nummer) -> Eigenschap:
        pad = ("eigenschappen", nummer)
        if not isinstance(data, dict):
            raise self.fout(
                pad, "a property is a mapping with naam and one of " + ", ".join(SOORTEN)
            )
        onbekend = sorted(set(map(str, data)) - EIGENSCHAP_SLEUTELS)
        if onbekend:
            raise self.fout((*pad, onbekend[0]), f"unknown key '{onbekend[0]}'")
        soorten = [s for s in SOORTEN if s in data]
        if len(soorten) != 1:
            raise self.fout(pad, "a property has exactly one of: " + ", ".join(SOORTEN))
        soort = soorten[0]
        if not data.get("naam"):
            raise self.fout(pad, "a property needs a 'naam'")
        eigenschap = Eigenschap(str(data["naam"]), soort, self.regels.get(pad, 1))
        return getattr(self, f"_{soort}")(eigenschap, data, pad)

    def _altijd(self, e, data, pad):
        e.voorwaarde = self.expressie((*pad, "altijd"), data["altijd"])
        return e

    def _als(self, e, data, pad):
        if "dan" not in data:
            raise self.fout(pad, "'als' needs 'dan'")
        e.als = self.expressie((*pad, "als"), data["als"])
        e.voorwaarde = self.expressie((*pad, "dan"), data["dan"])
        return e

    def _tussen(self, e, data, pad):
        tussen = data.get("tussen", list(self.systemen)[:2])
        if (
            not isinstance(tussen, list)
            or len(tussen) != 2
            or any(t not in self.systemen for t in tussen)
        ):
            raise self.fout(
                (*pad, "tussen"), f"'tussen' names two of the spec's systems: {list(self.systemen)}"
            )
        e.tussen = tuple(tussen)

    def _variabelen(self, e, data, pad, sleutel):
        namen = data[sleutel]
        namen = [namen] if isinstance(namen, str) else namen
        if not isinstance(namen, list) or not namen:
            raise self.fout((*pad, sleutel), f"'{sleutel}' lists variables")
        for naam in namen:
            self.expressie((*pad, sleutel), str(naam))
        e.variabelen = [str(n) for n in namen]

    def _ongewijzigd(self, e, data, pad):
        self._tussen(e, data, pad)
        self._variabelen(e, data, pad, "ongewijzigd")
        if "behalve" in data:
            e.behalve = self.expressie((*pad, "behalve"), data["behalve"])
        return e

    def _niemand_verliest(self, e, data, pad):
        self._tussen(e, data, pad)
        e.voorwaarde = self.expressie((*pad, e.soort), data[e.soort])
        if any(v.systeem for v in e.voorwaarde.verwijzingen):
            raise self.fout(
                (*pad, e.soort), "name no system here: it is read under each of 'tussen'"
            )
        return e

    _niemand_wint = _niemand_verliest

    def _monotoon(self, e, data, pad):
        invoer = data["monotoon"]
        if invoer not in self.domeinlezer.getallen(self):
            raise self.fout(
                (*pad, "monotoon"),
                f"'{invoer}' is not a numeric input of the domain "
                f"({', '.join(self.domeinlezer.getallen(self)) or 'none'})",
            )
        richtingen = [r for r in ("stijgend", "dalend") if r in data]
        if len(richtingen) != 1:
            raise self.fout(pad, "'monotoon' needs one of 'stijgend' or 'dalend' (the outcome)")
        e.invoer = invoer
        e.stijgend = richtingen[0] == "stijgend"
        e.voorwaarde = self.expressie((*pad, richtingen[0]), data[richtingen[0]])
        return e

    def _onafhankelijk(self, e, data, pad):
        self._variabelen(e, data, pad, "onafhankelijk")
        return e
