"""The page state: everything the form says, read and checked, before any of it reaches the
model. A wrong value leaves a Dutch message under its field's name in `Toestand.fouten`."""

from dataclasses import dataclass, field

from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, wijzigingen_uit
from openfisca_arbeidsmigratie.tools.kern.yamlbron import YamlFout, laad_yaml
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import GROEPERINGEN, MAX_STEEKPROEF
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import (
    Invulling,
    lees_invulling,
    naar_geval,
    uit_geval,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import nederlands
from openfisca_arbeidsmigratie.tools.web.werkbank.wat_als import (
    RIJEN,
    achtervoegsel,
    als_tekst,
    lees_wijzigingen,
)

MAX_BESTAND = 1024 * 1024
STANDAARD_STEEKPROEF = 10_000
STANDAARD_ZAAD = 2026
# The actions that ask for an answer: the case must then be complete.
VRAGEN_ANTWOORD = ("bereken", "bevolking", "route_as", "specificaties")


@dataclass
class Toestand:
    """Everything the form says, read and checked."""

    invulling: Invulling
    geval: dict | None = None
    hervormingen: list = field(default_factory=list)
    wijziging: object = None
    wijziging_tekst: dict = field(default_factory=dict)
    wijziging_rijen: list = field(default_factory=lambda: [{} for _ in range(RIJEN)])
    steekproef: int = STANDAARD_STEEKPROEF
    zaad: int = STANDAARD_ZAAD
    steekproef_tekst: str = str(STANDAARD_STEEKPROEF)
    zaad_tekst: str = str(STANDAARD_ZAAD)
    combineren: bool = False
    uitleg_variabele: str = "toelatingsroute"
    uitleg_volledig: bool = False
    alleen_verschillen: bool = False
    per: str = ""
    tijdlijn_parameter: str = ""
    eigenschap: str = ""
    meldingen: list = field(default_factory=list)
    extra_rijen: dict = field(default_factory=dict)
    wijziging_geladen: bool = False

    @property
    def fouten(self):
        return self.invulling.fouten


def cijfers(tekst: str) -> bool:
    """Whether `tekst` is a whole number in ASCII digits (`str.isdigit` also takes ², ٣)."""
    return tekst.isascii() and tekst.isdigit()


def lees_bestand(bestand) -> tuple[dict | None, str]:
    """The first case of an uploaded YAML file (read within the limits of uploads, as data
    only), or a message saying why not."""
    naam = bestand.filename or "bestand"
    inhoud = bestand.read(MAX_BESTAND + 1)
    try:
        data = laad_yaml(inhoud, "upload", naam, {"bytes": MAX_BESTAND})
    except YamlFout as fout:
        return None, nederlands(fout)
    gevallen = data if isinstance(data, list) else [data]
    if not gevallen:
        return None, f"{naam}: het bestand bevat geen geval."
    for nummer, geval in enumerate(gevallen, 1):
        if not isinstance(geval, dict) or not isinstance(geval.get("input", {}), dict):
            return None, (
                f"{naam}: geval {nummer} moet een mapping zijn met 'period' (de datum) en een "
                "mapping 'input', zoals een YAML-test van OpenFisca."
            )
    return gevallen[0], (
        f"{naam}: het bestand bevat {len(gevallen)} gevallen; het eerste is geladen."
        if len(gevallen) > 1
        else ""
    )


def lees_tegenvoorbeeld(tekst: str) -> tuple[dict | None, str]:
    """A counterexample of the Specificaties panel (a flat case in YAML) to load into the form."""
    try:
        geval = laad_yaml(tekst.encode("utf-8"), soort="upload")
    except YamlFout:
        geval = None
    if not isinstance(geval, dict) or not isinstance(geval.get("input"), dict):
        return None, "Het tegenvoorbeeld is geen geval met 'period' en 'input'."
    return geval, ""


def geheel(tekst: str, minimum: int, maximum: int, veld: str, fouten: dict, standaard: int):
    tekst = tekst.strip().replace(".", "").replace("_", "")
    if not tekst:
        return standaard
    if not cijfers(tekst) or not minimum <= int(tekst) <= maximum:
        fouten[veld] = f"Verwacht een geheel getal van {minimum:,} tot {maximum:,}.".replace(
            ",", "."
        )
        return standaard
    return int(tekst)


def lees_toestand(werkbank, gegevens, bestanden=None) -> Toestand:
    """The page state of a submitted form (or a shared link's query string)."""
    actie = gegevens.get("actie", "bereken")
    toestand = Toestand(lees_invulling(werkbank.formulier, gegevens))
    _laad(werkbank, toestand, actie, gegevens, bestanden or {})
    _lees_keuzes(werkbank, toestand, gegevens)
    _lees_steekproef(toestand, gegevens)
    _lees_uitlegvariabele(werkbank, toestand, gegevens)
    toestand.geval = naar_geval(
        werkbank.systeem,
        werkbank.formulier,
        toestand.invulling,
        vereist=actie in VRAGEN_ANTWOORD,
    )
    _lees_wijziging(werkbank, toestand)
    return toestand


def _laad(werkbank, toestand: Toestand, actie: str, gegevens, bestanden) -> None:
    """What the action loads into the form: an example, an uploaded case, a counterexample."""
    if actie == "voorbeeld":
        nummer = gegevens.get("voorbeeld", "")
        if cijfers(nummer) and int(nummer) < len(werkbank.voorbeelden):
            voorbeeld = werkbank.voorbeelden[int(nummer)]
            toestand.invulling = uit_geval(
                werkbank.systeem,
                werkbank.formulier,
                {**voorbeeld, "name": voorbeeld.get("naam") or voorbeeld["name"]},
            )
        else:
            toestand.fouten["voorbeeld"] = "Kies een voorbeeld uit de lijst."
    elif actie == "bestand":
        _laad_bestand(werkbank, toestand, bestanden.get("bestand"))
    elif actie == "wijzigingsbestand":
        _laad_wijzigingsbestand(toestand, bestanden.get("wijzigingsbestand"))
    elif actie == "tegenvoorbeeld":
        geval, melding = lees_tegenvoorbeeld(gegevens.get("tegenvoorbeeld", ""))
        if geval is None:
            toestand.fouten["tegenvoorbeeld"] = melding
        else:
            toestand.invulling = uit_geval(werkbank.systeem, werkbank.formulier, geval)
    elif actie.startswith("periode_erbij:"):
        naam = actie.split(":", 1)[1]
        if werkbank.formulier.geschiedenisveld(naam) is not None:
            toestand.extra_rijen[naam] = 1


def _laad_bestand(werkbank, toestand: Toestand, bestand) -> None:
    if bestand is None or not bestand.filename:
        toestand.fouten["bestand"] = "Kies eerst een YAML-bestand met een geval."
        return
    geval, melding = lees_bestand(bestand)
    if geval is None:
        toestand.fouten["bestand"] = melding
        return
    toestand.invulling = uit_geval(werkbank.systeem, werkbank.formulier, geval)
    if melding:
        toestand.meldingen.append(melding)


def lees_wijzigingsbestand(bestand) -> tuple[list[dict] | None, str]:
    """The rows of the what-if from an uploaded parameter-change file (as `--parameters` of the
    CLI reads, and as the werkbank saves it), or a Dutch message saying why not."""
    naam = bestand.filename or "bestand"
    try:
        data = laad_yaml(bestand.read(MAX_BESTAND + 1), "wijzigingen", naam, {"bytes": MAX_BESTAND})
        wijzigingen = wijzigingen_uit(data, naam)
    except (YamlFout, HervormingsFout) as fout:
        return None, nederlands(fout)
    rijen = [
        {"parameter": pad, "waarde": als_tekst(waarde), "vanaf": datum}
        for pad, waarden in wijzigingen.items()
        for datum, waarde in sorted(waarden.items())
    ]
    if len(rijen) > RIJEN:
        return None, (
            f"{naam}: het bestand zet {len(rijen)} waarden; de werkbank toont er hoogstens "
            f"{RIJEN}. Gebruik het bestand met arbeidsmigratie vergelijk --parameters."
        )
    return rijen + [{"parameter": "", "waarde": "", "vanaf": ""}] * (RIJEN - len(rijen)), ""


def _laad_wijzigingsbestand(toestand: Toestand, bestand) -> None:
    if bestand is None or not bestand.filename:
        toestand.fouten["wijzigingsbestand"] = "Kies eerst een parameterwijzigingsbestand (YAML)."
        return
    rijen, melding = lees_wijzigingsbestand(bestand)
    if rijen is None:
        toestand.fouten["wijzigingsbestand"] = melding
        return
    toestand.wijziging_rijen = [dict(rij) for rij in rijen]
    toestand.wijziging_geladen = True


def _lees_keuzes(werkbank, toestand: Toestand, gegevens) -> None:
    """The reforms, the switches, the breakdown, the explained decision, the what-if rows."""
    fouten = toestand.fouten
    for naam in gegevens.getlist("hervorming") if hasattr(gegevens, "getlist") else []:
        if naam in werkbank.hervormingsnamen:
            toestand.hervormingen.append(naam)
        else:
            fouten["hervormingen"] = f"Onbekende hervorming '{naam}'."
    toestand.combineren = gegevens.get("combineren") == "ja"
    toestand.uitleg_volledig = gegevens.get("uitleg_volledig") == "ja"
    toestand.alleen_verschillen = gegevens.get("alleen_verschillen") == "ja"
    per = gegevens.get("per", "")
    if per and per not in GROEPERINGEN:
        fouten["per"] = f"Onbekende uitsplitsing '{per}'; kies er een uit de lijst."
    else:
        toestand.per = per
    if not toestand.wijziging_geladen:
        toestand.wijziging_rijen = [
            {
                deel: gegevens.get(f"wijziging_{deel}{achtervoegsel(rij)}", "").strip()
                for deel in ("parameter", "waarde", "vanaf")
            }
            for rij in range(RIJEN)
        ]
    toestand.wijziging_tekst = toestand.wijziging_rijen[0]
    toestand.tijdlijn_parameter = gegevens.get("tijdlijn_parameter", "").strip()
    toestand.eigenschap = gegevens.get("eigenschap", "").strip()


def _lees_steekproef(toestand: Toestand, gegevens) -> None:
    """The population sample's size and seed."""
    fouten = toestand.fouten
    toestand.steekproef_tekst = gegevens.get("steekproef", "").strip() or str(STANDAARD_STEEKPROEF)
    toestand.zaad_tekst = gegevens.get("zaad", "").strip() or str(STANDAARD_ZAAD)
    toestand.steekproef = geheel(
        toestand.steekproef_tekst, 100, MAX_STEEKPROEF, "steekproef", fouten, 0
    )
    toestand.zaad = geheel(toestand.zaad_tekst, 0, 2**32 - 1, "zaad", fouten, 0)


def _lees_uitlegvariabele(werkbank, toestand: Toestand, gegevens) -> None:
    variabele = gegevens.get("uitleg_variabele", "toelatingsroute")
    if variabele in werkbank.variabelen:
        toestand.uitleg_variabele = variabele
    else:
        toestand.fouten["uitleg_variabele"] = f"Onbekende beslissing '{variabele}'."


def _lees_wijziging(werkbank, toestand: Toestand) -> None:
    """The what-if rows, each dated on the case's date unless given a date of its own."""
    for rij in toestand.wijziging_rijen:
        if rij["parameter"] or rij["waarde"]:
            rij["vanaf"] = rij["vanaf"] or (toestand.geval or {}).get("period", "")
    toestand.wijziging = lees_wijzigingen(
        werkbank.systeem, toestand.wijziging_rijen, toestand.fouten
    )
