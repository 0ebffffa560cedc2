"""The statute's text beside the rule: articles stored verbatim from the public law corpus
(`wetteksten.yaml`, with the consolidation and commit they were read from), found by the reference
a variable or a parameter cites, and cut to exactly the clause (lid, onderdeel) it names.

A reference finds a text only when the store has that article of that law: a clause the store
does not hold, or a law it does not know, gives nothing rather than a neighbouring text."""

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml

PAD = Path(__file__).with_name("wetteksten.yaml")
# The names the references use for the stored laws (their titles and usual abbreviations).
AFKORTINGEN = {"Wav": "BWBR0007149", "BuWav 2022": "BWBR0046078", "Vw 2000": "BWBR0011823"}
RANGTELWOORDEN = {
    "eerste": "1",
    "tweede": "2",
    "derde": "3",
    "vierde": "4",
    "vijfde": "5",
    "zesde": "6",
    "zevende": "7",
    "achtste": "8",
    "negende": "9",
    "tiende": "10",
}
JCI = re.compile(
    r"jci1\.3:c:(BWBR\d+)&artikel=([0-9][0-9a-z.]*)(?:&lid=(\d+))?(?:&onderdeel=([a-z]))?$"
)
ANKER = re.compile(
    r"wetten\.overheid\.nl/(BWBR\d+)(?:/\d{4}-\d{2}-\d{2})?#Artikel([0-9][0-9a-z.]*)$"
)
TITEL = re.compile(
    r"^(?P<wet>[^,;(]+?), art\. (?P<artikel>[0-9][0-9a-z.]*?)"
    r"(?:, (?P<lid>[a-z]+) lid| \([^)]*\); lid (?P<lidnummer>\d+))?"
    r"(?:, onder (?P<onderdeel>[a-z])\b)?(?=$|[ ,;(:])"
)
LID = re.compile(r"^(\d+) \S")
ONDERDEEL = re.compile(r"^([a-z])\. ")


@dataclass(frozen=True)
class Artikel:
    """One stored article: its law, number, the consolidation it was read from, its text."""

    wet: str
    bwb: str
    artikel: str
    geldig_vanaf: str
    bron: dict
    sha256: str
    tekst: str


@dataclass(frozen=True)
class Bepaling:
    """The text of one cited clause, in readable paragraphs, with where it was taken from."""

    artikel: Artikel
    lid: str | None
    onderdeel: str | None
    alineas: tuple[str, ...]

    @property
    def aanduiding(self) -> str:
        delen = [f"art. {self.artikel.artikel}"]
        if self.lid:
            delen.append(f"lid {self.lid}")
        if self.onderdeel:
            delen.append(f"onder {self.onderdeel}")
        return f"{', '.join(delen)} {self.artikel.wet}"


@functools.cache
def artikelen() -> dict[tuple[str, str], Artikel]:
    """The stored articles by (BWB id, article number)."""
    return {(a["bwb"], a["artikel"]): Artikel(**a) for a in laad_yaml(PAD, "specs")}


def wetten() -> dict[str, str]:
    """The stored laws' names (their titles and abbreviations) to their BWB ids."""
    return {**{a.wet: a.bwb for a in artikelen().values()}, **AFKORTINGEN}


def alineas(tekst: str) -> list[str]:
    """The paragraphs of a corpus text as they read: links shown as their words, the link
    definitions left out, each paragraph on one line."""
    tekst = re.sub(r"^\[ref\d+\]: \S+$", "", tekst, flags=re.M)
    tekst = re.sub(r"\[([^\]]+)\]\[ref\d+\]", r"\1", tekst)
    tekst = re.sub(r"\[([^\]]+)\]\([0-9A-Z]+\)", r"\1", tekst)
    tekst = re.sub(r"\*([^*]+)\*", r"\1", tekst)
    return [" ".join(deel.split()) for deel in re.split(r"\n\s*\n", tekst) if deel.strip()]


def _lid(delen: list[str], lid: str) -> list[str] | None:
    begin = next((i for i, d in enumerate(delen) if (m := LID.match(d)) and m[1] == lid), None)
    if begin is None:
        return None
    einde = next((i for i in range(begin + 1, len(delen)) if LID.match(delen[i])), len(delen))
    return delen[begin:einde]


def _onderdeel(delen: list[str], onderdeel: str) -> list[str] | None:
    begin = next(
        (i for i, d in enumerate(delen) if (m := ONDERDEEL.match(d)) and m[1] == onderdeel), None
    )
    if begin is None:
        return None
    einde = next((i for i in range(begin + 1, len(delen)) if ONDERDEEL.match(delen[i])), len(delen))
    return [delen[0], *delen[begin:einde]]


def bepaling(bwb: str, artikel: str, lid=None, onderdeel=None) -> Bepaling | None:
    """The stored text of exactly this clause: the whole article, one lid, or one onderdeel
    with the opening words of its lid; None when the store does not hold it."""
    gevonden = artikelen().get((bwb, artikel))
    if gevonden is None or (onderdeel and not lid):
        return None
    delen = alineas(gevonden.tekst)
    if lid:
        delen = _lid(delen, lid)
        if delen is not None and onderdeel:
            delen = _onderdeel(delen, onderdeel)
    return None if delen is None else Bepaling(gevonden, lid, onderdeel, tuple(delen))


def uit_verwijzing(href: str) -> Bepaling | None:
    """The text a reference link cites (wetten.overheid.nl, `jci1.3:c:` or `#Artikel`)."""
    gevonden = JCI.search(href) or ANKER.search(href)
    if gevonden is None:
        return None
    return bepaling(*gevonden.groups())


def uit_titel(titel: str) -> Bepaling | None:
    """The text a reference title cites: "Wet arbeid vreemdelingen, art. 8, eerste lid, onder b",
    or "..., art. 2.1 (kennismigranten); lid 5: ..."."""
    gevonden = TITEL.match(titel)
    if gevonden is None or gevonden["wet"].strip() not in wetten():
        return None
    lid = gevonden["lidnummer"] or RANGTELWOORDEN.get(gevonden["lid"] or "")
    if gevonden["lid"] and lid is None:
        return None
    bwb = wetten()[gevonden["wet"].strip()]
    return bepaling(bwb, gevonden["artikel"], lid, gevonden["onderdeel"])
