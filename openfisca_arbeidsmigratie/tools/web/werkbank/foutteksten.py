"""Every error the werkbank shows, in Dutch.

The deeper layers speak English for the command line: OpenFisca, the model's `OngeldigeInvoer`,
the registry's `HervormingsFout` (parameter paths, change files), the YAML reader, the spec reader
and the population validation. Here each error class has its message patterns, said again in
Dutch with the variable, the row, the value and what is accepted kept. A message no pattern
knows is not shown in English: the page says in Dutch what was refused, and the original goes to
the log of the window the werkbank runs in."""

import difflib
import logging
import re
from dataclasses import dataclass

from openfisca_core.errors import ParameterNotFoundError

from openfisca_arbeidsmigratie.model.bereik import BuitenBereik
from openfisca_arbeidsmigratie.model.invoer import EERSTE_JAAR, LAATSTE_JAAR, OngeldigeInvoer
from openfisca_arbeidsmigratie.tools.kern.fouten import GEBRUIKERSFOUTEN
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, _bladeren
from openfisca_arbeidsmigratie.tools.kern.yamlbron import YamlFout
from openfisca_arbeidsmigratie.tools.specs import SpecFout
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import ongeldig

LOG = logging.getLogger(__name__)


class WerkbankFout(ValueError):
    """A request the werkbank itself refuses; its message is Dutch already."""


# What the CLI answers with exit status 2, and a date the parameters do not reach.
REKENFOUTEN = (*GEBRUIKERSFOUTEN, ValueError, ParameterNotFoundError)


@dataclass(frozen=True)
class Vertaling:
    """An English message part (a regular expression) and its Dutch text (groups kept)."""

    patroon: str
    tekst: str


def _v(*paren) -> tuple[Vertaling, ...]:
    return tuple(Vertaling(p, t) for p, t in paren)


# Places and the words around values, in every layer's messages.
PLAATSEN = _v(
    (r", line (\d+)", r", regel \1"),
    (r"\(line (\d+), column (\d+)\)", r"(regel \1, kolom \2)"),
    (r"\bcolumn '([^']*)'", r"kolom '\1'"),
    (r"\brows? (\d+)", r"rij \1"),
    (r"\(and (\d+) more\)", r"(en nog \1)"),
    (r"; accepted: ", "; toegestaan: "),
)
# What a value is or should be: the reasons and the accepted kinds of the model, the parameter
# checks and the population validation.
SOORTEN = _v(
    (r"\bunknown member\b", "geen van de keuzes"),
    (r"\bnot a finite number\b", "geen eindig getal"),
    (r"\bnot a whole number\b", "geen geheel getal"),
    (r"\bnegative\b", "negatief"),
    (r"\boutside the years the model accepts\b", "buiten de jaren waarmee het model rekent"),
    (r"\bit gives (\w+) (-?\d+) on (\d{4}-\d{2}-\d{2})", r"dat geeft \1 \2 op \3"),
    (
        r"\ba value that gives (\w+) a whole number from (\d+) to (\d+) \(year\)",
        r"een waarde die \1 van \2 tot en met \3 jaar geeft",
    ),
    (r"\bbelow the minimum\b", "onder het minimum"),
    (r"\babove the maximum\b", "boven het maximum"),
    (r"\bnot a list\b", "geen lijst"),
    (r"\ba boolean is not a number\b", "ja/nee is geen getal"),
    (r"\ba number is not read as a date\b", "een getal is geen datum"),
    (r"\bunknown codes \[([^\]]*)\]", r"onbekende codes \1"),
    (r"\bempty cells\b", "lege cellen"),
    (r"\bunknown value\b", "onbekende waarde"),
    (r"\boutside the accepted range\b", "buiten het toegestane bereik"),
    (r"\bnot of the column's type\b", "niet van het type van de kolom"),
    (r"\ba decimal comma or thousands separators\?", "een decimale komma of duizendtallen?"),
    (r"\bunknown columns: ", "onbekende kolommen: "),
    (r"\bmissing required columns: ", "verplichte kolommen ontbreken: "),
    (r"\bone of (\d+) codes such as ", r"een van \1 codes, zoals "),
    (r"\bone of:? ", "een van: "),
    (r"\btrue or false\b", "true of false"),
    (r"\bany finite number\b", "elk eindig getal"),
    (r"\ba finite number >= 0\b", "een eindig getal >= 0"),
    (r"\ba finite factor >= 0\b", "een eindige factor >= 0"),
    (r"\ba finite number\b", "een eindig getal"),
    (r"\ba share from 0 to 1\b", "een aandeel van 0 tot 1"),
    (r"\ba date as YYYY-MM-DD\b", "een datum als JJJJ-MM-DD"),
    (r"\ba list of calendar months \(1 to 12\)", "een lijst maanden (1 tot en met 12)"),
    (r"\ba list of (\w+) codes\b", r"een lijst \1-codes"),
    (r"\ban age from (\S+) to (\S+)", r"een leeftijd van \1 tot en met \2"),
    (
        r"\ba whole number of (\w+?)s? from (\S+) to (\S+)",
        r"een geheel aantal \1 van \2 tot en met \3",
    ),
    (r"\ba whole number of points\b", "een geheel aantal punten"),
    (r"\ba whole number from (\S+) to (\S+)", r"een geheel getal van \1 tot en met \2"),
    (r"\ba number from (\S+) to (\S+)", r"een getal van \1 tot en met \2"),
    (r"\ban amount from (\S+) to (\S+)", r"een bedrag van \1 tot en met \2"),
    (r"\((?:currency-EUR|EUR)\)", "(€)"),
    (r"\(years?\)", "(jaar)"),
    (r"\(months?\)", "(maanden)"),
    (r"\(weeks?\)", "(weken)"),
    (r"\(hours?\)", "(uur)"),
    (r"\ba whole number\b", "een geheel getal"),
    (r"\ba number\b", "een getal"),
)
# The registry: reforms by name, parameter paths, parameter-change files.
HERVORMINGEN = _v(
    (
        r"^unknown reform '([^']*)'.*$",
        r"Onbekende hervorming '\1'; kies er een uit de lijst op de pagina.",
    ),
    (r"^parameter file not found: (.*)$", r"Parameterwijzigingsbestand niet gevonden: \1."),
    (
        r"unknown parameter path '([^']*)'\. Valid paths include: (.*)$",
        r"onbekende parameter '\1'; bestaande paden zijn onder meer: \2.",
    ),
    (
        r"'([^']*)' is a scale \(brackets\), not one value; it cannot be set here",
        r"'\1' is een schaal (schijven), geen enkele waarde; die kan hier niet worden gewijzigd.",
    ),
    (
        r"'([^']*)' is a group of parameters, not one value; use one of: (.*)$",
        r"'\1' is een groep parameters, geen enkele waarde; kies een van: \2.",
    ),
    (r"'([^']*)' is not a date \([^)]*\)+$", r"'\1' is geen datum (JJJJ-MM-DD)."),
    (
        r"the date (\S+) is given twice, on lines (\d+) and (\d+)",
        r"de datum \1 staat er twee keer in, op regel \2 en \3.",
    ),
    (r"the date (\S+) is given twice", r"de datum \1 staat er twee keer in."),
    (
        r"the date (\S+) is outside the years the model accepts; accepted: a date in the years "
        r"(\d{4}) to (\d{4})$",
        r"de datum \1 ligt buiten de jaren waarmee het model rekent; toegestaan: een datum in de "
        r"jaren \2 tot en met \3.",
    ),
    (
        r"expected a mapping of parameter paths to dated values, e\.g\. (.*)$",
        r"verwacht parameterpaden met hun waarden per datum, bijvoorbeeld \1.",
    ),
    (
        r"'([^']*)' must map dates \(YYYY-MM-DD\) to values, got (.*)$",
        r"'\1' moet datums (JJJJ-MM-DD) met hun waarde geven, niet \2.",
    ),
    (
        r"(\S+) on (\d{4}-\d{2}-\d{2}): (.+) is not accepted(?: \(([^)]*)\))?",
        r"\1 per \2: \3 kan niet (\4)",
    ),
    (r" \(\)", ""),
)
# PyYAML's and libyaml's problems with a file that is not YAML.
YAML = _v(
    (r"did not find expected node content", "hier ontbreekt een waarde"),
    (
        r"mapping values are not allowed (?:in this context|here)",
        "een dubbele punt mag hier niet (zet tekst met ': ' tussen aanhalingstekens)",
    ),
    (
        r"found character '?.?'? ?that cannot start any token",
        "een teken waarmee geen waarde kan beginnen (een tab, @, % of `)",
    ),
    (r"did not find expected ',' or '\]'", "een lijst zonder ',' of ']'"),
    (r"did not find expected ',' or '\}'", "een mapping zonder ',' of '}'"),
    (r"found undefined alias '?([^']*)'?", r"onbekende alias '\1'"),
    (r"found unknown escape character.*", "een onbekend escapeteken na een backslash"),
    (r"did not find expected '-' indicator", "hier verwachtte de lezer een regel met '-'"),
    (r"did not find expected key", "hier verwachtte de lezer een sleutel (klopt de inspringing?)"),
    (r"could not find expected ':'", "hier ontbreekt een dubbele punt"),
    (r"but found another document", "het bestand bevat meer dan één document (---)"),
    (r"expected a single document in the stream", "het bestand bevat meer dan één document"),
    (r"could not determine a constructor for the tag '([^']*)'", r"onbekende tag '\1'"),
    (
        r"found unexpected end of stream",
        "het bestand houdt op midden in een waarde (een aanhalingsteken niet gesloten?)",
    ),
    (r"found unexpected document indicator", "een '---' of '...' midden in een waarde"),
    (r"found unhashable key", "een sleutel moet een enkele waarde zijn"),
)
# The spec reader and its expressions (the property typed in the Specificaties panel).
SPECS = _v(
    (r"\(in '(.*)', column (\d+)\)$", r"(in '\1', kolom \2)"),
    (r"^property '(.*)': ", r"eigenschap '\1': "),
    (r"unknown variable or input '(\w+)'", r"onbekende variabele of invoer '\1'"),
    (
        r"unknown system '(\w+)' \(the spec's systems: ([^)]*)\)",
        r"onbekend systeem '\1' (kies: \2)",
    ),
    (r"'(\w+)' is a system: write \1\.variabele", r"'\1' is een systeem: schrijf \1.variabele"),
    (r"'(\w+)' is not decided on a day", r"'\1' wordt niet op een dag beslist"),
    (r"not an expression: '(.)' was never closed", r"geen uitdrukking: '\1' wordt niet gesloten"),
    (r"not an expression: unmatched '(.)'", r"geen uitdrukking: '\1' zonder begin"),
    (
        r"not an expression: unterminated string literal.*?(?= \(in |$)",
        "geen uitdrukking: een tekst zonder sluitend aanhalingsteken",
    ),
    (r"not an expression: .*?(?= \(in |$)", "geen uitdrukking: ongeldige schrijfwijze"),
    (r"an expression must be text, got (.*)", r"een uitdrukking is tekst, niet \1"),
    (
        r"write a variable under a system as systeem\.variabele",
        "schrijf een variabele onder een systeem: systeem.variabele (huidig.x of hervormd.x)",
    ),
    (r"constant (.+) is not a number or text", r"constante \1 is geen getal of tekst"),
    (r"a list may hold only constants", "een lijst bevat alleen constanten"),
    (r"parameter takes one dotted path: ", "parameter neemt één pad met punten: "),
    (
        r"the only functions are abs\(\.\.\.\) and parameter\('pad'\)",
        "de enige functies zijn abs(...) en parameter('pad')",
    ),
    (r"abs takes one argument", "abs neemt één argument"),
    (r"'in' and 'not in' take a list: ", "'in' en 'not in' nemen een lijst: "),
    (r"unknown comparison", "onbekende vergelijking"),
    (
        r"'(\w+)' is not part of the spec grammar",
        r"'\1' hoort niet bij de taal van de specificaties",
    ),
    (r"'(.*)' is not a condition \(true or false\)", r"'\1' is geen voorwaarde (waar of onwaar)"),
    (r"(.+) is not a member of (\w+) \((.*)\)", r"\1 is geen keuze van \2 (\3)"),
    (r"text (.+) compared with a number", r"tekst \1 vergeleken met een getal"),
    (
        r"text (.+) must be compared with a category",
        r"tekst \1 kan alleen met een categorie worden vergeleken",
    ),
    (r"a category is compared with a number", "een categorie vergeleken met een getal"),
    (r"categories compare only with == and !=", "categorieën vergelijkt u alleen met == en !="),
    (r"a category is not a number", "een categorie is geen getal"),
    (r"a date is compared with a number", "een datum vergeleken met een getal"),
    (r"parameter '([\w.]+)' is a list, not a number", r"parameter '\1' is een lijst, geen getal"),
    (r"'and', 'or' and 'not' take conditions", "'and', 'or' en 'not' nemen voorwaarden"),
    (r"\be\.g\. ", "bijvoorbeeld "),
)
# The population validation: the head of its list of problems.
BEVOLKING = _v(
    (
        r"^(.*?): (\d+) problem\(s\), nothing was computed \([^)]*\):",
        r"\1: \2 probleem/problemen, niets berekend (rijnummers zoals een rekenblad ze toont: "
        r"de kopregel is rij 1):",
    ),
)
# English words that mean a message was not (wholly) translated. Quoted values and names are
# left out of the check.
ENGELS = re.compile(
    r"\b(the|is not|are|accepted|expected|must|unknown|invalid|found|did not|not|and|with|"
    r"given|got|only|file|line|row|column|value|number|whole|should|cannot|which|more|"
    r"than|from|to|an|of the|problem|nothing|was|computed|missing|required|at position)\b",
)


def engels(tekst: str) -> bool:
    """Whether a message still has English words outside its quoted values."""
    zonder = re.sub(r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]|\{[^}]*\}", "", tekst)
    return bool(ENGELS.search(zonder))


def _vertaal(tekst: str, *tabellen) -> str:
    for tabel in tabellen:
        for vertaling in tabel:
            tekst = re.sub(vertaling.patroon, vertaling.tekst, tekst)
    return tekst


# An input refused for what it gives (`model.invoer.weiger_buiten_bereik`: a date of birth that
# gives no age on the decision date).
AFGELEID = re.compile(
    r"^[\w.]+: invalid value ('[^']*')(?: at position (\d+))? \((it gives [^)]*)\); "
    r"accepted: (.*)$"
)


def _ongeldige_invoer(fout: OngeldigeInvoer, systeem) -> str:
    gevonden = re.match(
        r"^([\w.]+): invalid value (.+?)(?: at position (\d+))?(?: \((.*)\))?;", str(fout)
    )
    if gevonden is None or systeem is None or gevonden.group(1) not in systeem.variables:
        return _vertaal(str(fout), PLAATSEN, SOORTEN).replace(
            ": invalid value", ": ongeldige waarde"
        )
    naam, waarde, positie, reden = gevonden.groups()
    afgeleid = re.match(AFGELEID, str(fout))
    if afgeleid is not None:
        waarde, positie, reden, toegelaten = afgeleid.groups()
        plek = f" (positie {positie})" if positie is not None else ""
        return (
            f"{naam}: ongeldige waarde {waarde}{plek} ({_vertaal(reden, SOORTEN)}); "
            f"toegestaan: {_vertaal(toegelaten, SOORTEN)}"
        )
    tekst = ongeldig(systeem.variables[naam], waarde.strip("'"))
    if reden and "YAML" not in reden:
        tekst = tekst.replace("; toegestaan", f" ({_vertaal(reden, SOORTEN)}); toegestaan", 1)
    return tekst if positie is None else f"{tekst} (positie {positie})"


def _parameter_niet_gevonden(fout: ParameterNotFoundError) -> str:
    gevonden = re.search(
        r"parameter '([^']*)'(?: requested by variable '([^']*)')? was not found in the (\S+)",
        str(fout),
    )
    if gevonden is None:
        return "Het model kent de regels op deze datum niet: een parameter heeft er geen waarde."
    parameter, variabele, datum = gevonden.groups()
    door = f" (gevraagd door {variabele})" if variabele else ""
    return (
        f"Het model kent de regels op deze datum niet: parameter '{parameter}'{door} heeft op "
        f"{datum} nog geen waarde."
    )


def _spec(fout: SpecFout, systeem) -> str:
    melding = str(fout).split(": ", 1)[-1]
    tekst = _vertaal(melding, SPECS, HERVORMINGEN, PLAATSEN, SOORTEN)
    onbekend = re.search(r"onbekende variabele of invoer '(\w+)'", tekst)
    if onbekend and systeem is not None:
        namen = difflib.get_close_matches(onbekend.group(1), list(systeem.variables), n=4)
        if namen:
            tekst += f"; bedoelt u: {', '.join(namen)}?"
    return tekst


def nederlands(fout: Exception, systeem=None) -> str:
    """The Dutch message of an error raised anywhere below the werkbank; `systeem` gives the
    accepted values and the nearest names."""
    if isinstance(fout, WerkbankFout):
        tekst = str(fout)
    elif isinstance(fout, OngeldigeInvoer):
        tekst = _ongeldige_invoer(fout, systeem)
    elif isinstance(fout, ParameterNotFoundError):
        tekst = _parameter_niet_gevonden(fout)
    elif isinstance(fout, YamlFout):
        tekst = _vertaal(fout.nederlands(), YAML) + "."
    elif isinstance(fout, SpecFout):
        tekst = _spec(fout, systeem)
    elif isinstance(fout, HervormingsFout):
        tekst = _vertaal(str(fout), HERVORMINGEN, PLAATSEN, SOORTEN)
    elif type(fout).__name__ == "ValidatieFout":
        tekst = _vertaal(str(fout), BEVOLKING, PLAATSEN, SOORTEN)
    else:
        tekst = _vertaal(str(fout), PLAATSEN, SOORTEN)
    if engels(tekst):
        LOG.warning("Melding zonder vertaling (%s): %s", type(fout).__name__, fout)
        return (
            "Het model weigert deze invoer; de melding (in het Engels) staat in het venster "
            "waarin de werkbank draait."
        )
    return tekst


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


def _veld(fout: OngeldigeInvoer) -> str:
    """The input an `OngeldigeInvoer` names (its message starts with it)."""
    return str(fout).split(":", 1)[0]


def rekenfout(fouten: dict, fout: Exception, systeem=None):
    """Puts the message of a refused computation into `fouten`, under the field it concerns."""
    if isinstance(fout, ParameterNotFoundError):
        fouten["datum"] = _parameter_niet_gevonden(fout)
    elif isinstance(fout, BuitenBereik):
        vanaf = re.search(r"from (\d{4}-\d{2}-\d{2})", str(fout))
        fouten["datum"] = (
            f"Het model beslist over data vanaf {vanaf.group(1) if vanaf else '2004-01-01'} (de "
            "vroegste regel die het kent); kies een latere datum."
        )
    elif (
        isinstance(fout, OngeldigeInvoer)
        and systeem is not None
        and _veld(fout) in systeem.variables
    ):
        fouten[f"v_{_veld(fout)}"] = nederlands(fout, systeem)
    elif "outside the years" in str(fout):
        fouten["datum"] = (
            f"Het model rekent met de jaren {EERSTE_JAAR} tot en met {LAATSTE_JAAR}; kies een "
            "datum daartussen."
        )
    else:
        fouten["berekening"] = nederlands(fout, systeem)
