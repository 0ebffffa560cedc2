"""Every YAML file the project reads, read one way: as data, within limits, keys once each.

    >>> from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml
    >>> gevallen = laad_yaml("geval.yaml", soort="gevallen")

`laad_yaml(bron, soort)` reads a path or a text with PyYAML's safe constructor (no Python tags)
and refuses, before anything is built from it, a file past a limit of its kind (`GRENZEN`): its
size, the number of aliases and the number of nodes once the aliases are expanded (a "billion
laughs" file), the nesting depth, the number of cases and the months a history covers. A key
given twice in one mapping is an error naming both lines (YAML would let the second win), and an
impossible date (`2026-02-30`) is an error naming it. Every refusal is a `YamlFout`: the file,
the line where known and what was wrong, in English (`str`) and in Dutch (`nederlands()`, for
the werkbank). `lees_yaml` also gives the line of every key, for messages about values.
"""

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from openfisca_arbeidsmigratie.model.invoer import EERSTE_JAAR, LAATSTE_JAAR

try:
    from yaml.cyaml import CParser as Ontleder
except ImportError:  # PyYAML built without libyaml: the same checks, slower
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class Ontleder(Reader, Scanner, Parser):
        def __init__(self, stream):
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)


# Every month a history may hold: the years an input may be given for (model.invoer).
MAANDEN_IN_BEREIK = (LAATSTE_JAAR - EERSTE_JAAR + 1) * 12


@dataclass(frozen=True)
class Grenzen:
    """The limits of one kind of file; `gevallen` counts the items of a top-level list."""

    bytes: int = 8 * 1024 * 1024
    aliassen: int = 100
    knopen: int = 2_000_000
    diepte: int = 32
    gevallen: int = 1_000
    maanden: int = MAANDEN_IN_BEREIK


GRENZEN = {
    "gevallen": Grenzen(),
    "wijzigingen": Grenzen(bytes=1024 * 1024, knopen=100_000, diepte=8),
    "specs": Grenzen(),
    "upload": Grenzen(bytes=1024 * 1024, knopen=200_000, gevallen=100),
}

PERIODE = re.compile(r"^(month|year):(\d{4})(?:-\d{1,2}){0,2}(?::(\d+))?$|^(\d{4})(-\d{1,2})?$")


class YamlFout(ValueError):
    """A YAML file refused: `bron` (file), `regel` (line, or None), `tekst` and `tekst_nl`."""

    def __init__(self, bron: str, regel: int | None, tekst: str, tekst_nl: str):
        self.bron, self.regel, self.tekst, self.tekst_nl = bron, regel, tekst, tekst_nl
        super().__init__(str(self))

    def __str__(self) -> str:
        plek = f", line {self.regel}" if self.regel else ""
        return f"{self.bron}{plek}: {self.tekst}"

    def nederlands(self) -> str:
        plek = f", regel {self.regel}" if self.regel else ""
        return f"{self.bron}{plek}: {self.tekst_nl}"


def _getal(n: int) -> str:
    return f"{n:,}"


def _grens(bron, regel, wat: str, wat_nl: str, grens: int, eenheid: str, eenheid_nl: str):
    return YamlFout(
        bron,
        regel,
        f"{wat} exceeds the limit of {_getal(grens)} {eenheid}",
        f"{wat_nl} gaat over de grens van {_getal(grens).replace(',', '.')} {eenheid_nl}",
    )


def _maanden(sleutel: str) -> int:
    """The months a period key of a history covers (`month:2020-03:60` is 60), else 0."""
    gevonden = PERIODE.match(sleutel)
    if gevonden is None:
        return 0
    soort, _, aantal, jaar, maand = gevonden.groups()
    if jaar is not None:
        return 1 if maand else 12
    return int(aantal or 1) * (12 if soort == "year" else 1)


class GrensLader(Composer, Ontleder, SafeConstructor, Resolver):
    """PyYAML's safe loader on libyaml's parser, composing with limits and keys checked.

    Also a `Loader` for code that calls `yaml.load` itself (openfisca-core's test runner): the
    limits of case files apply, and the file is named by its stream's `name`.
    """

    grenzen = GRENZEN["gevallen"]

    def __init__(self, stream, bron: str | None = None, grenzen: Grenzen | None = None):
        Ontleder.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.bron = bron or str(getattr(stream, "name", "YAML"))
        self.grenzen = grenzen or self.grenzen
        self.diepte = self.aliassen = self.knopen = 0
        self.regels: dict[int, dict] = {}

    def fout(self, knoop, tekst: str, tekst_nl: str) -> YamlFout:
        regel = knoop.start_mark.line + 1 if knoop is not None and knoop.start_mark else None
        return YamlFout(self.bron, regel, tekst, tekst_nl)

    def compose_node(self, parent, index):
        self._tel_geval(parent, index)
        if self.check_event(AliasEvent):
            self.aliassen += 1
            regel = self.peek_event().start_mark.line + 1
            if self.aliassen > self.grenzen.aliassen:
                raise _grens(
                    self.bron, regel, "the file's number of aliases (*name)",
                    "het aantal aliassen (*naam)", self.grenzen.aliassen, "aliases", "aliassen",
                )  # fmt: skip
            knoop = super().compose_node(parent, index)
            self._tel(getattr(knoop, "omvang", 1), regel)
            return knoop
        self.diepte += 1
        if self.diepte > self.grenzen.diepte:
            regel = self.peek_event().start_mark.line + 1
            raise _grens(
                self.bron, regel, "the nesting depth", "de nestingsdiepte",
                self.grenzen.diepte, "levels", "niveaus",
            )  # fmt: skip
        voor = self.knopen
        knoop = super().compose_node(parent, index)
        self.diepte -= 1
        if isinstance(knoop, ScalarNode):
            self._tel(1, knoop.start_mark.line + 1)
        else:
            knoop.omvang = self.knopen - voor + 1
            self._tel(1, knoop.start_mark.line + 1)
        if isinstance(knoop, MappingNode):
            self._controleer_geschiedenis(knoop)
        return knoop

    def _tel(self, aantal: int, regel: int) -> None:
        self.knopen += aantal
        if self.knopen > self.grenzen.knopen:
            raise _grens(
                self.bron, regel, "the number of values once aliases are expanded",
                "het aantal waarden met de aliassen uitgeschreven",
                self.grenzen.knopen, "values", "waarden",
            )  # fmt: skip

    def _controleer_geschiedenis(self, knoop: MappingNode) -> None:
        maanden = sum(
            _maanden(sleutel.value) for sleutel, _ in knoop.value if isinstance(sleutel, ScalarNode)
        )
        if maanden > self.grenzen.maanden:
            raise _grens(
                self.bron, knoop.start_mark.line + 1,
                f"a history of {_getal(maanden)} months",
                f"een geschiedenis van {_getal(maanden).replace(',', '.')} maanden",
                self.grenzen.maanden, f"months (the years {EERSTE_JAAR} to {LAATSTE_JAAR})",
                f"maanden (de jaren {EERSTE_JAAR} tot en met {LAATSTE_JAAR})",
            )  # fmt: skip

    def _tel_geval(self, parent, index) -> None:
        """Refuse the first item of a top-level list past the limit of cases, as it comes."""
        if self.diepte == 1 and isinstance(parent, SequenceNode) and index >= self.grenzen.gevallen:
            raise _grens(
                self.bron, self.peek_event().start_mark.line + 1,
                f"a list of more than {_getal(self.grenzen.gevallen)} cases",
                f"een lijst van meer dan {_getal(self.grenzen.gevallen).replace(',', '.')} "
                "gevallen",
                self.grenzen.gevallen, "cases", "gevallen",
            )  # fmt: skip

    def construct_yaml_map(self, knoop):
        data = {}
        yield data
        regels = {}
        for sleutelknoop, _ in knoop.value:
            if sleutelknoop.tag == "tag:yaml.org,2002:merge":
                continue
            sleutel = self.construct_object(sleutelknoop, deep=True)
            regel = sleutelknoop.start_mark.line + 1
            try:
                eerder = regels.get(sleutel)
            except TypeError:
                raise self.fout(
                    sleutelknoop, f"a key must be a plain value, not {sleutel!r}",
                    f"een sleutel moet een enkele waarde zijn, niet {sleutel!r}",
                ) from None  # fmt: skip
            if eerder is not None:
                raise self.fout(
                    sleutelknoop, f"key {sleutel!s} given twice, on lines {eerder} and {regel}",
                    f"sleutel {sleutel!s} staat er twee keer, op regel {eerder} en {regel}",
                )  # fmt: skip
            regels[sleutel] = regel
        data.update(self.construct_mapping(knoop))
        self.regels[id(data)] = regels

    def construct_yaml_timestamp(self, knoop):
        try:
            return super().construct_yaml_timestamp(knoop)
        except ValueError as fout:
            raise self.fout(
                knoop, f"'{knoop.value}' is not a date ({fout})",
                f"'{knoop.value}' is geen bestaande datum",
            ) from None  # fmt: skip


GrensLader.add_constructor("tag:yaml.org,2002:map", GrensLader.construct_yaml_map)
GrensLader.add_constructor("tag:yaml.org,2002:timestamp", GrensLader.construct_yaml_timestamp)


@dataclass
class Document:
    """The data of a YAML file and the line of each key: `regel(mapping, key)`."""

    data: object
    bron: str
    regels: dict

    def regel(self, mapping, sleutel=None) -> int | None:
        regels = self.regels.get(id(mapping), {})
        if sleutel is None:
            return min(regels.values(), default=None)
        return regels.get(sleutel)


def _tekst(bron, naam: str, grenzen: Grenzen) -> str:
    if not isinstance(bron, bytes | bytearray):
        pad = Path(bron)
        if not pad.is_file():
            raise YamlFout(naam, None, "file not found", "bestand niet gevonden")
        grootte = pad.stat().st_size
        inhoud = b"" if grootte > grenzen.bytes else pad.read_bytes()
    else:
        inhoud = bytes(bron)
        grootte = len(inhoud)
    if grootte > grenzen.bytes:
        raise _grens(
            naam, None, f"the file's size ({_getal(grootte)} bytes)",
            f"de grootte van het bestand ({_getal(grootte).replace(',', '.')} bytes)",
            grenzen.bytes, "bytes", "bytes",
        )  # fmt: skip
    try:
        return inhoud.decode("utf-8")
    except UnicodeDecodeError as fout:
        raise YamlFout(
            naam, None, f"not UTF-8 text (byte {fout.start})",
            f"geen tekst in UTF-8 (byte {fout.start}); verwacht een YAML-bestand",
        ) from None  # fmt: skip


def lees_yaml(bron, soort: str = "gevallen", naam: str | None = None, grenzen=None) -> Document:
    """A YAML file as a `Document`, within the limits of `soort`.

    `bron` is a path (`str` or `Path`) or the file's content (`bytes`; `str` content with
    `yaml_tekst`). `soort` is one of `GRENZEN` (`gevallen`, `wijzigingen`, `specs`, `upload`);
    `grenzen` overrides single limits (`{"bytes": ...}`). `naam` names the file in messages.
    """
    if soort not in GRENZEN:
        raise ValueError(f"unknown kind of YAML file '{soort}'; known: {', '.join(GRENZEN)}")
    eigen = replace(GRENZEN[soort], **(grenzen or {}))
    naam = naam or ("YAML" if isinstance(bron, bytes | bytearray) else str(bron))
    lader = GrensLader(_tekst(bron, naam, eigen), naam, eigen)
    try:
        return Document(lader.get_single_data(), naam, lader.regels)
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None) or getattr(fout, "context_mark", None)
        probleem = getattr(fout, "problem", None) or str(fout).split("\n")[0]
        if "nesting depth" in probleem:  # libyaml's own limit, met while scanning ahead
            raise _grens(
                naam,
                None,
                "the nesting depth",
                "de nestingsdiepte",
                eigen.diepte,
                "levels",
                "niveaus",
            ) from None
        regel, kolom = (plek.line + 1, plek.column + 1) if plek else (None, None)
        waar = f" (line {regel}, column {kolom})" if plek else ""
        waar_nl = f" (regel {regel}, kolom {kolom})" if plek else ""
        raise YamlFout(
            naam,
            None,
            f"not plain YAML{waar}: {probleem}",
            f"geen geldige YAML{waar_nl}: {probleem}",
        ) from None
    finally:
        lader.dispose()


def laad_yaml(bron, soort: str = "gevallen", naam: str | None = None, grenzen=None):
    """The data of a YAML file (a path, or its content as bytes) within the limits of `soort`."""
    return lees_yaml(bron, soort, naam, grenzen).data


def yaml_tekst(tekst: str, soort: str = "gevallen", naam: str = "YAML", grenzen=None):
    """The data of YAML given as text, within the limits of `soort`."""
    return laad_yaml(tekst.encode("utf-8"), soort, naam, grenzen)
