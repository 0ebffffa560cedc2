"""Waarom, readable at a glance: each condition opens with the comparison that decides it, is
coloured by what it means for the person, and is explained once.

The comparison is read from the traced explanation (`tools.uitleg`), not written per rule: a
yes/no condition that compares two amounts (two computed values, or a value and a parameter)
gets one line, "Bruto maandloon € 5.800 < Salariscriterium kennismigrant per maand € 5.942 (30
jaar en ouder; Besluit ..., art. 2.1; sinds 1-1-2026)", with the relation the values actually
have, the categories the compared amount was chosen by, and the source and start date of the
parameter it comes from.
"""

import re
from dataclasses import replace

from openfisca_arbeidsmigratie.tools.geval.uitleg import Stap, beslissend
from openfisca_arbeidsmigratie.tools.kern import wetteksten as wet
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, parameter_object

EENHEDEN = {"month": "maanden", "week": "weken", "year": "jaar", "hour": "uur", "punten": "punten"}
# A "ja" on these conditions is bad news for the person (a refusal ground, a duty, a breach):
# recognised by the words the variables' names use for them, unless the name negates them
# (`erkend_referent_zonder_weigeringsgrond`: a "ja" there is good news).
# A clause below the article: "tweede lid", "lid 5", "onder b" (not "zonder", "geconsolideerd").
LID_OF_ONDERDEEL = re.compile(r"\b(?:[a-z]+ lid|lid \d+|onder [a-z])\b")
NADELIG = (
    "weigeringsgrond",
    "bezwaar",
    "_vereist",
    "overtreden",
    "beboetbaar",
    "gesanctioneerd",
    "buiten_nederland",
)


def gunstig(stap: Stap) -> bool | None:
    """Whether the step's value is good news for the person; None for a value that is not yes/no."""
    if not isinstance(stap.waarde, bool):
        return None
    ontkend = "zonder_" in stap.variabele or stap.variabele.startswith("geen_")
    if any(woord in stap.variabele for woord in NADELIG) and not ontkend:
        return not stap.waarde
    return stap.waarde


def _kort(label: str) -> str:
    return label.split(",")[0].split(" (")[0].strip()


def _datum(iso: str | None) -> str:
    if not iso:
        return ""
    jaar, maand, dag = iso.split("-")
    return f"{int(dag)}-{int(maand)}-{jaar}"


def _getal(waarde, eenheid: str | None) -> str:
    tekst = f"{waarde:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    tekst = tekst.removesuffix(",00")
    if eenheid == "currency-EUR":
        return f"€ {tekst}"
    return f"{tekst} {EENHEDEN[eenheid]}" if eenheid in EENHEDEN else tekst


def _is_getal(waarde) -> bool:
    return isinstance(waarde, int | float) and not isinstance(waarde, bool)


def _eerste_parameter(stap: Stap):
    for p in stap.parameters:
        if _is_getal(p.waarde):
            return p
    for kind in stap.stappen:
        gevonden = _eerste_parameter(kind)
        if gevonden is not None:
            return gevonden
    return None


def wettitels(systeem, naam: str) -> list[str]:
    """The titles of the law a parameter cites (its own reference, not a value's source)."""
    try:
        bronnen = parameter_object(systeem, naam).metadata.get("reference") or []
    except (HervormingsFout, ValueError):
        return []
    if isinstance(bronnen, dict):
        bronnen = [bronnen]
    return [b["title"] for b in bronnen if isinstance(b, dict) and b.get("title")]


def _context(stap: Stap | None, parameter, toon, systeem) -> str:
    delen = []
    if stap is not None:
        delen += [toon(k.variabele, k.waarde) for k in stap.stappen if isinstance(k.waarde, str)]
    if parameter is not None:
        delen += [titel.split(";")[0] for titel in wettitels(systeem, parameter.naam)[:1]]
        if parameter.sinds:
            delen.append(f"sinds {_datum(parameter.sinds)}")
    return f" ({'; '.join(delen)})" if delen else ""


def _teken(a, b) -> str:
    return "<" if a < b else (">" if a > b else "=")


def vergelijkingszin(stap: Stap, systeem, toon) -> str | None:
    """The deciding comparison of a yes/no condition, or None when it compares no amounts."""
    if not isinstance(stap.waarde, bool):
        return None
    getallen = [k for k in stap.stappen if _is_getal(k.waarde)]
    if not getallen:
        return None
    links = getallen[0]
    eenheid = getattr(systeem.variables.get(links.variabele), "unit", None)
    links_tekst = f"{_kort(links.label)} {_getal(links.waarde, eenheid)}"
    if len(getallen) > 1:
        rechts = getallen[1]
        parameter = _eerste_parameter(rechts)
        return (
            f"{links_tekst} {_teken(links.waarde, rechts.waarde)} {_kort(rechts.label)} "
            f"{_getal(rechts.waarde, eenheid)}{_context(rechts, parameter, toon, systeem)}"
        )
    parameter = next((p for p in stap.parameters if _is_getal(p.waarde)), None)
    if parameter is None:
        return None
    return (
        f"{links_tekst} {_teken(links.waarde, parameter.waarde)} "
        f"{_getal(parameter.waarde, eenheid)}{_context(None, parameter, toon, systeem)}"
    )


def bepaling(stap: Stap, systeem) -> str | None:
    """The clause (article, lid, onderdeel) as the step's own parameters cite it, if they do."""
    for p in stap.parameters:
        for titel in wettitels(systeem, p.naam):
            if "art." in titel and LID_OF_ONDERDEEL.search(titel):
                return titel
    return None


def wetteksten(stap: Stap) -> list:
    """The statute's text of each clause the step cites, where the store holds exactly that
    clause: the clause its parameters cite (lid, onderdeel), then each article its variable cites
    (an article already shown by one of its clauses is not repeated whole)."""
    gevonden = [wet.uit_titel(stap.bepaling)] if stap.bepaling else []
    gevonden += [wet.uit_verwijzing(href) for href in stap.verwijzing or []]
    uit, gezien = [], set()
    for tekst in filter(None, gevonden):
        artikel = (tekst.artikel.bwb, tekst.artikel.artikel)
        if artikel in gezien:
            continue
        gezien.add(artikel)
        uit.append(tekst)
    return uit


def met_zinnen(stap: Stap, systeem, toon) -> Stap:
    """The tree with each step's deciding comparison and clause (read from the full tree)."""
    return replace(
        stap,
        vergelijking=vergelijkingszin(stap, systeem, toon),
        bepaling=bepaling(stap, systeem),
        stappen=[met_zinnen(k, systeem, toon) for k in stap.stappen],
    )


def eenmalig(stap: Stap) -> Stap:
    """Each condition explained once: where it recurs, a one-line reference to the first place
    (in reading order) instead of the same explanation again."""
    gezien = set()

    def loop(s: Stap) -> Stap:
        if s.variabele in gezien:
            return replace(s, soort="see above", parameters=[], stappen=[])
        gezien.add(s.variabele)
        return replace(s, stappen=[loop(k) for k in s.stappen])

    return loop(stap)


def met_bedragparameters(kort: Stap, volledig: Stap) -> Stap:
    """The short tree with each amount's parameters back (their dated values and sources): the
    short explanation leaves them out where a condition is followed further."""
    eerste = {}

    def verzamel(s: Stap):
        if s.soort != "see above":
            eerste.setdefault(s.variabele, s)
        for kind in s.stappen:
            verzamel(kind)

    verzamel(volledig)

    def terug(s: Stap) -> Stap:
        bron = eerste.get(s.variabele)
        bedrag = _is_getal(s.waarde) and not s.parameters and bron is not None
        parameters = bron.parameters if bedrag else s.parameters
        return replace(s, parameters=parameters, stappen=[terug(k) for k in s.stappen])

    return terug(kort)


def waarom(volledig_uitgeklapt: Stap, systeem, toon, volledig: bool = False) -> Stap:
    """The Waarom tree of the werkbank: comparisons and clauses, the deciding conditions only
    (unless `volledig`), each once."""
    boom = met_zinnen(volledig_uitgeklapt, systeem, toon)
    if volledig:
        return eenmalig(boom)
    return eenmalig(met_bedragparameters(beslissend(boom), boom))
