"""The Flask application: one page, one form, server-rendered; a little JavaScript for the
population panel's progress. Every input is checked before it reaches the model; a wrong value
is answered with the page (status 400) and the message next to its field."""

import csv
import io
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from urllib.parse import urlencode

import yaml
from flask import Flask, Response, abort, jsonify, render_template, request, url_for
from openfisca_core.errors import ParameterNotFoundError

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bereik import BuitenBereik
from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.model.invoer import EERSTE_JAAR, LAATSTE_JAAR
from openfisca_arbeidsmigratie.model.landen import NEDERLANDSE_NAMEN
from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import HUIDIG
from openfisca_arbeidsmigratie.tools.geval.tijdlijn import tijdlijn
from openfisca_arbeidsmigratie.tools.kern.aannames import is_voorstel
from openfisca_arbeidsmigratie.tools.kern.actualiteit import meldingen
from openfisca_arbeidsmigratie.tools.kern.fouten import GEBRUIKERSFOUTEN
from openfisca_arbeidsmigratie.tools.kern.register import (
    COMBINATIE,
    HervormingsFout,
    parameter_object,
    status_label,
)
from openfisca_arbeidsmigratie.tools.kern.yamlbron import YamlFout, laad_yaml
from openfisca_arbeidsmigratie.tools.specs import SpecFout
from openfisca_arbeidsmigratie.tools.web.werkbank import catalogus, csrf, grafiek
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import (
    GROEPERINGEN,
    HUIDIG_RECHT,
    MAX_STEEKPROEF,
    Bevolkingstaak,
    Systemen,
    Taken,
    beslis,
    beslissingsvariabelen,
    bronnen,
    hervormingsgroepen,
    leg_geval_uit,
    linktekst,
    toon_waarde,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.bestandsnaam import content_disposition, stam
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import (
    Invulling,
    lees_invulling,
    maak_formulier,
    naar_geval,
    periode_rijen,
    uit_geval,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.route_as import (
    ASSEN,
    ROUTEKLEUREN,
    route_as,
    routelabel,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.specificaties import (
    bundelspecs_van,
    eigen_eigenschap,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.waarom import gunstig, waarom
from openfisca_arbeidsmigratie.tools.web.werkbank.wat_als import (
    RIJEN,
    achtervoegsel,
    lees_wijzigingen,
    parameterfout,
    wijzigbare_parameters,
)

MAX_BESTAND = 1024 * 1024
# The `confidence` codes of the parameters' metadata, in the page's language.
ZEKERHEID = {
    "confirmed": "bevestigd",
    "likely": "waarschijnlijk",
    "uncertain": "onzeker",
    "illustrative": "illustratief",
}
STANDAARD_STEEKPROEF = 10_000
MAX_GROEPEN = 15
STANDAARD_ZAAD = 2026
# What the CLI answers with exit status 2, and a date the parameters do not reach.
REKENFOUTEN = (*GEBRUIKERSFOUTEN, ValueError, ParameterNotFoundError)


def _rekenfout(fouten: dict, fout: Exception):
    if isinstance(fout, ParameterNotFoundError):
        fouten["datum"] = (
            "Het model kent de regels op deze datum niet (een parameter heeft er nog geen "
            f"waarde): {fout}"
        )
    elif isinstance(fout, BuitenBereik):
        vanaf = re.search(r"from (\d{4}-\d{2}-\d{2})", str(fout))
        fouten["datum"] = (
            f"Het model beslist over data vanaf {vanaf.group(1) if vanaf else '2004-01-01'} (de "
            "vroegste regel die het kent); kies een latere datum."
        )
    elif "outside the years" in str(fout):
        fouten["datum"] = (
            f"Het model rekent met de jaren {EERSTE_JAAR} tot en met {LAATSTE_JAAR}; kies een "
            "datum daartussen."
        )
    else:
        fouten["berekening"] = str(fout)


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

    @property
    def fouten(self):
        return self.invulling.fouten


def _lees_bestand(bestand) -> tuple[dict | None, str]:
    """The first case of an uploaded YAML file (read within the limits of uploads, as data
    only), or a message saying why not."""
    naam = bestand.filename or "bestand"
    inhoud = bestand.read(MAX_BESTAND + 1)
    try:
        data = laad_yaml(inhoud, "upload", naam, {"bytes": MAX_BESTAND})
    except YamlFout as fout:
        return None, f"{fout.nederlands()}."
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


def cijfers(tekst: str) -> bool:
    """Whether `tekst` is a whole number in ASCII digits (`str.isdigit` also takes ², ٣)."""
    return tekst.isascii() and tekst.isdigit()


def _lees_tegenvoorbeeld(tekst: str) -> tuple[dict | None, str]:
    """A counterexample of the Specificaties panel (a flat case in YAML) to load into the form."""
    try:
        geval = laad_yaml(tekst.encode("utf-8"), soort="upload")
    except YamlFout:
        geval = None
    if not isinstance(geval, dict) or not isinstance(geval.get("input"), dict):
        return None, "Het tegenvoorbeeld is geen geval met 'period' en 'input'."
    return geval, ""


def _geheel(tekst: str, minimum: int, maximum: int, veld: str, fouten: dict, standaard: int):
    tekst = tekst.strip().replace(".", "").replace("_", "")
    if not tekst:
        return standaard
    if not cijfers(tekst) or not minimum <= int(tekst) <= maximum:
        fouten[veld] = f"Verwacht een geheel getal van {minimum:,} tot {maximum:,}.".replace(
            ",", "."
        )
        return standaard
    return int(tekst)


class Werkbank:
    def __init__(self, systeem=None):
        self.systeem = systeem or CountryTaxBenefitSystem()
        self.formulier = maak_formulier(self.systeem)
        self.systemen = Systemen(self.systeem)
        self.taken = Taken()
        self.voorbeelden = laad_voorbeelden()
        self.groepen = hervormingsgroepen()
        self.titels = {k.naam: k.titel for g in self.groepen.values() for k in g}
        self.hervormingsnamen = set(self.titels)
        self.parameters = wijzigbare_parameters(self.systeem)
        self.bronnen = bronnen(self.systeem)
        self.variabelen = beslissingsvariabelen(self.systeem)
        self.voorstelvariabelen = {
            naam for naam in self.variabelen if is_voorstel(self.systeem.variables[naam])
        }
        self.catalogus_variabelen = catalogus.variabelen(self.systeem)
        self.catalogus_parameters = catalogus.parameters(self.systeem)

    def toestand(self, gegevens, bestanden=None) -> Toestand:
        actie = gegevens.get("actie", "bereken")
        invulling = lees_invulling(self.formulier, gegevens)
        toestand = Toestand(invulling)
        if actie == "voorbeeld":
            nummer = gegevens.get("voorbeeld", "")
            if cijfers(nummer) and int(nummer) < len(self.voorbeelden):
                voorbeeld = self.voorbeelden[int(nummer)]
                toestand.invulling = uit_geval(
                    self.systeem,
                    self.formulier,
                    {**voorbeeld, "name": voorbeeld.get("naam") or voorbeeld["name"]},
                )
            else:
                toestand.fouten["voorbeeld"] = "Kies een voorbeeld uit de lijst."
        elif actie == "bestand":
            bestand = (bestanden or {}).get("bestand")
            if bestand is None or not bestand.filename:
                toestand.fouten["bestand"] = "Kies eerst een YAML-bestand met een geval."
            else:
                geval, melding = _lees_bestand(bestand)
                if geval is None:
                    toestand.fouten["bestand"] = melding
                else:
                    toestand.invulling = uit_geval(self.systeem, self.formulier, geval)
                    if melding:
                        toestand.meldingen.append(melding)
        elif actie == "tegenvoorbeeld":
            geval, melding = _lees_tegenvoorbeeld(gegevens.get("tegenvoorbeeld", ""))
            if geval is None:
                toestand.fouten["tegenvoorbeeld"] = melding
            else:
                toestand.invulling = uit_geval(self.systeem, self.formulier, geval)
        elif actie.startswith("periode_erbij:"):
            naam = actie.split(":", 1)[1]
            if self.formulier.geschiedenisveld(naam) is not None:
                toestand.extra_rijen[naam] = 1
        fouten = toestand.fouten
        for naam in gegevens.getlist("hervorming") if hasattr(gegevens, "getlist") else []:
            if naam in self.hervormingsnamen:
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
        toestand.wijziging_rijen = [
            {
                deel: gegevens.get(f"wijziging_{deel}{achtervoegsel(rij)}", "").strip()
                for deel in ("parameter", "waarde", "vanaf")
            }
            for rij in range(RIJEN)
        ]
        toestand.wijziging_tekst = toestand.wijziging_rijen[0]
        toestand.steekproef_tekst = gegevens.get("steekproef", "").strip() or str(
            STANDAARD_STEEKPROEF
        )
        toestand.zaad_tekst = gegevens.get("zaad", "").strip() or str(STANDAARD_ZAAD)
        toestand.steekproef = _geheel(
            toestand.steekproef_tekst, 100, MAX_STEEKPROEF, "steekproef", fouten, 0
        )
        toestand.zaad = _geheel(toestand.zaad_tekst, 0, 2**32 - 1, "zaad", fouten, 0)
        variabele = gegevens.get("uitleg_variabele", "toelatingsroute")
        if variabele in self.variabelen:
            toestand.uitleg_variabele = variabele
        else:
            fouten["uitleg_variabele"] = f"Onbekende beslissing '{variabele}'."
        toestand.tijdlijn_parameter = gegevens.get("tijdlijn_parameter", "").strip()
        toestand.eigenschap = gegevens.get("eigenschap", "").strip()
        vraagt_antwoord = actie in ("bereken", "bevolking", "route_as", "specificaties")
        toestand.geval = naar_geval(
            self.systeem, self.formulier, toestand.invulling, vereist=vraagt_antwoord
        )
        for rij in toestand.wijziging_rijen:
            if rij["parameter"] or rij["waarde"]:
                rij["vanaf"] = rij["vanaf"] or (toestand.geval or {}).get("period", "")
        toestand.wijziging = lees_wijzigingen(self.systeem, toestand.wijziging_rijen, fouten)
        return toestand

    def systemen_van(self, toestand: Toestand) -> dict:
        """Current law, each chosen reform (or all of them applied in sequence), the what-if."""
        hervormingen = toestand.hervormingen
        if toestand.combineren and len(hervormingen) > 1:
            hervormingen = [COMBINATIE.join(hervormingen)]
        return self.systemen.voor(hervormingen, toestand.wijziging)

    def titel(self, kolom: str) -> str:
        """A column's title: the reform's own name (joined with + for a combination) and its
        status, so that no reform's result reads as current law."""
        if kolom == HUIDIG_RECHT:
            return kolom
        naam = " + ".join(self.titels.get(deel, deel) for deel in kolom.split(COMBINATIE))
        return f"{naam} [{status_label(kolom, 'nl')}]"

    def beslissingen(self, toestand: Toestand):
        with self.systemen.slot:
            return beslis(self.systemen_van(toestand), toestand.geval, self.variabelen)

    def uitleg(self, toestand: Toestand, kolom: int):
        systemen = self.systemen_van(toestand)
        titels = list(systemen)
        if not 0 <= kolom < len(titels):
            raise ValueError(f"onbekende kolom {kolom}")
        systeem = systemen[titels[kolom]]
        with self.systemen.slot:
            stap = leg_geval_uit(systeem, toestand.geval, toestand.uitleg_variabele)
        return titels[kolom], waarom(
            stap, systeem, lambda naam, w: toon_waarde(systeem, naam, w), toestand.uitleg_volledig
        )

    def route_assen(self, toestand: Toestand) -> list[str]:
        """The route against the wage and against age under each system, as charts."""
        systemen = {self.titel(k): s for k, s in self.systemen_van(toestand).items()}
        grafieken = []
        with self.systemen.slot:
            for variabele in ASSEN:
                assen = route_as(systemen, toestand.geval, variabele)
                grafieken.append(
                    grafiek.routebanden(
                        f"Route tegen {assen.label.split(' (')[0].lower()} voor dit geval",
                        assen.label,
                        assen.waarden,
                        assen.routes,
                        assen.criteria,
                        routelabel,
                        ROUTEKLEUREN,
                    )
                )
        return grafieken

    def actualiteit(self, datum: str) -> list[str]:
        """Where current law may be stale on the decision date, in Dutch (README "Keeping the law
        current")."""
        return [m.tekst_nl() for m in meldingen(self.systeem, datum)]

    def parameterstand(self, pad: str, datum: str):
        """(label, value on the date, since) of a parameter, for the what-if's hint."""
        parameter = parameter_object(self.systeem, pad)
        geldend = next((w for w in parameter.values_list if w.instant_str <= datum), None)
        label = parameter.metadata.get("label") or parameter.description or pad
        if geldend is None:
            return label, None, None
        return label, geldend.value, geldend.instant_str

    def tijdlijn(self, pad: str, hervormingen=()):
        """The history of a parameter of current law, or of a chosen reform's own parameters."""
        systemen = list(self.systemen.voor(list(hervormingen), None).values())
        eerste_fout = None
        for systeem in systemen:
            try:
                waarden = tijdlijn(systeem, pad)
            except HervormingsFout as fout:
                eerste_fout = eerste_fout or fout
                continue
            getallen = [
                (w.datum, w.waarde)
                for w in waarden
                if isinstance(w.waarde, int | float) and not isinstance(w.waarde, bool)
            ]
            enkel = len({w.parameter for w in waarden}) == 1
            titel = f"Tijdlijn van {pad}"
            return waarden, grafiek.trapgrafiek(titel, getallen) if enkel and getallen else ""
        raise eerste_fout

    def bevolkingsoverzicht(self, taak: Bevolkingstaak) -> dict:
        telling = taak.telling
        sleutels = [HUIDIG, *taak.kolommen[1:]]
        tellingen = {s: telling.per_route(s) for s in sleutels}
        per_route_toegelaten = {s: telling.toegelaten_per_route(s) for s in sleutels}
        rijen = []
        for route in ROUTES:
            aantallen = [tellingen[s][route] for s in sleutels]
            if any(aantallen):
                rijen.append(
                    {
                        "code": route,
                        "label": Toelatingsroute[route].value,
                        "aantallen": aantallen,
                    }
                )
        toegelaten = [sum(per_route_toegelaten[s].values()) for s in sleutels]
        vergelijkingen = []
        for i, sleutel in enumerate(sleutels[1:], 1):
            winst, verlies = telling.winst_en_verlies(sleutel)
            verschil = toegelaten[i] - toegelaten[0]
            vergelijkingen.append(
                {
                    "titel": taak.kolommen[i],
                    "aantal": toegelaten[i],
                    "verschil": verschil,
                    "procent": 100 * verschil / toegelaten[0] if toegelaten[0] else 0.0,
                    "winst": winst,
                    "verlies": verlies,
                }
            )
        routes = [r for r in ROUTES if any(per_route_toegelaten[s][r] for s in sleutels)]
        svg = grafiek.staafdiagram(
            f"Toegelaten arbeidsmigranten per route, steekproef van {getal(telling.aantal)} "
            "personen",
            routes,
            {
                self.titel(titel): [per_route_toegelaten[s][r] for r in routes]
                for titel, s in zip(taak.kolommen, sleutels, strict=True)
            },
        )
        groepen = self.groepsoverzicht(taak, sleutels)
        return {
            "taak": taak,
            "groepen": groepen,
            "ontbrekend": [
                (taak.kolommen[i], telling.ontbrekend.get(s, []))
                for i, s in enumerate(sleutels)
                if telling.ontbrekend.get(s)
            ],
            "kolommen": taak.kolommen,
            "rijen": rijen,
            "toegelaten": toegelaten,
            "vergelijkingen": vergelijkingen,
            "svg": svg,
        }

    def groepsoverzicht(self, taak: Bevolkingstaak, sleutels: list) -> dict | None:
        """Admitted labour migrants per group under each system: the largest groups, a chart."""
        if not taak.per:
            return None
        namen = sorted(
            {groep for _, groep in taak.groepen},
            key=lambda g: (-taak.groepen[(HUIDIG, g)], g),
        )
        if taak.per == "leeftijdsgroep":
            namen.sort(key=lambda g: int(g.split("-")[0].rstrip("+")))
        namen = namen[:MAX_GROEPEN]
        label = (lambda g: NEDERLANDSE_NAMEN.get(g, g)) if taak.per == "nationaliteit" else str
        rijen = [
            {"groep": label(g), "aantallen": [taak.groepen[(s, g)] for s in sleutels]}
            for g in namen
        ]
        svg = grafiek.staafdiagram(
            f"Toegelaten arbeidsmigranten per {GROEPERINGEN[taak.per].lower()}",
            [r["groep"] for r in rijen],
            {
                self.titel(k): [r["aantallen"][i] for r in rijen]
                for i, k in enumerate(taak.kolommen)
            },
        )
        return {"titel": GROEPERINGEN[taak.per], "rijen": rijen, "svg": svg}

    def start_bevolking(self, toestand: Toestand, wachten=False) -> Bevolkingstaak:
        systemen = self.systemen_van(toestand)
        taak = Bevolkingstaak(
            aantal=toestand.steekproef,
            datum=toestand.geval["period"],
            zaad=toestand.zaad,
            kolommen=list(systemen),
            per=toestand.per,
        )
        return self.taken.start(taak, systemen, self.systemen.slot, wachten=wachten)


# What a shared link leaves out: the action buttons, the file upload and the example choice.
NIET_GEDEELD = {"actie", "bestand", "voorbeeld", "uitleg_kolom"}


def deel_url(toestand: Toestand, gegevens) -> str:
    """A link that restores the page: every filled-in field of the form, as a query string."""
    if toestand.geval is None or toestand.fouten:
        return ""
    paren = gegevens.items(multi=True) if hasattr(gegevens, "items") else []
    velden = [(k, v) for k, v in paren if v and k not in NIET_GEDEELD and isinstance(v, str)]
    velden.append(("actie", "bereken"))
    return url_for("begin") + "?" + urlencode(velden)


def getal(waarde) -> str:
    """A whole number with Dutch thousands separators: 4.823."""
    return f"{waarde:,}".replace(",", ".")


def procent(waarde: float) -> str:
    """A signed percentage with a Dutch decimal comma: -1,5%."""
    return f"{waarde:+.1f}%".replace(".", ",")


def _csv(kop: list, rijen: list) -> str:
    uit = io.StringIO()
    schrijver = csv.writer(uit, lineterminator="\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    return uit.getvalue()


def _download(inhoud: str, bestandsnaam: str, soort: str) -> Response:
    return Response(
        inhoud, mimetype=soort, headers={"Content-Disposition": content_disposition(bestandsnaam)}
    )


def specificaties(werkbank: Werkbank, toestand: Toestand) -> dict:
    """The bundled specs of the chosen reforms and the typed property, checked."""
    with werkbank.systemen.slot:
        systemen = werkbank.systemen_van(toestand)
        uit = {"specificaties": bundelspecs_van(toestand.hervormingen, systemen)}
        if toestand.eigenschap:
            try:
                uit["eigen"] = eigen_eigenschap(toestand.eigenschap, toestand.geval, systemen)
            except SpecFout as fout:
                melding = str(fout).split(": ", 1)[-1]
                toestand.fouten["eigenschap"] = f"De eigenschap is niet te lezen: {melding}"
    return uit


def _json(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def maak_app(systeem=None) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 2 * MAX_BESTAND
    csrf.beveilig(app)
    werkbank = Werkbank(systeem)
    app.extensions["werkbank"] = werkbank
    app.add_template_filter(getal)
    app.add_template_filter(procent)

    @app.context_processor
    def hulp():
        return {
            "toon": toon_waarde,
            "gunstig": gunstig,
            "werkbank_groeperingen": GROEPERINGEN,
            "linktekst": lambda href: linktekst(href, werkbank.bronnen),
            "periode_rijen": periode_rijen,
            "werkbank": werkbank,
            "titel": werkbank.titel,
            "zekerheid": lambda code: ZEKERHEID.get(code or "confirmed", code),
            "HUIDIG_RECHT": HUIDIG_RECHT,
        }

    def pagina(toestand: Toestand, actie: str, gegevens):
        context = {"t": toestand, "actie": actie, "deel_url": deel_url(toestand, gegevens)}
        if toestand.geval is not None and not toestand.fouten:
            try:
                context["beslissingen"] = werkbank.beslissingen(toestand)
                context["actualiteit"] = werkbank.actualiteit(toestand.geval["period"])
                kolom = gegevens.get("uitleg_kolom")
                if kolom is not None:
                    if not cijfers(kolom):
                        raise ValueError(f"onbekende kolom '{kolom}'")
                    context["uitleg_titel"], context["uitleg"] = werkbank.uitleg(
                        toestand, int(kolom)
                    )
                if actie == "route_as":
                    context["route_assen"] = werkbank.route_assen(toestand)
                if actie == "specificaties":
                    context.update(specificaties(werkbank, toestand))
                if actie == "bevolking":
                    taak = werkbank.start_bevolking(toestand, wachten=True)
                    if taak.status == "klaar":
                        context["bevolking"] = werkbank.bevolkingsoverzicht(taak)
                    else:
                        toestand.meldingen.append(f"Bevolking: {taak.fout or taak.status}")
            except REKENFOUTEN as fout:
                _rekenfout(toestand.fouten, fout)
        pad = toestand.wijziging_tekst.get("parameter")
        if pad and "wijziging_parameter" not in toestand.fouten and toestand.geval is not None:
            context["wijziging_stand"] = werkbank.parameterstand(pad, toestand.geval["period"])
        if toestand.tijdlijn_parameter:
            try:
                context["tijdlijn"], context["tijdlijn_svg"] = werkbank.tijdlijn(
                    toestand.tijdlijn_parameter, toestand.hervormingen
                )
            except HervormingsFout as fout:
                toestand.fouten["tijdlijn_parameter"] = parameterfout(
                    werkbank.systeem, toestand.tijdlijn_parameter, fout
                )
        status = 400 if toestand.fouten else 200
        return render_template("werkbank.html", **context), status

    @app.get("/")
    def begin():
        if request.args:  # a shared link: the case, its reforms and what-if, computed again
            toestand = werkbank.toestand(request.args)
            return pagina(toestand, request.args.get("actie", "bereken"), request.args)
        invulling = Invulling(datum=date.today().isoformat())
        toestand = Toestand(invulling)
        return render_template("werkbank.html", t=toestand, actie="")

    @app.get("/catalogus")
    def catalogus():
        return render_template(
            "catalogus.html",
            variabelen=werkbank.catalogus_variabelen,
            parameters=werkbank.catalogus_parameters,
        )

    @app.post("/")
    def verwerk():
        toestand = werkbank.toestand(request.form, request.files)
        return pagina(toestand, request.form.get("actie", "bereken"), request.form)

    @app.post("/download/<naam>")
    def download(naam):
        toestand = werkbank.toestand(request.form, request.files)
        if toestand.geval is None or toestand.fouten:
            return pagina(toestand, "bereken", request.form)
        try:
            return _downloads(werkbank, toestand, naam, request.form)
        except REKENFOUTEN as fout:
            _rekenfout(toestand.fouten, fout)
            return pagina(toestand, "bereken", request.form)

    @app.post("/bevolking/start")
    def bevolking_start():
        toestand = werkbank.toestand(request.form)
        if toestand.geval is None or toestand.fouten:
            return jsonify({"fouten": toestand.fouten}), 400
        try:
            werkbank.beslissingen(toestand)
            taak = werkbank.start_bevolking(toestand)
        except REKENFOUTEN as fout:
            fouten = {}
            _rekenfout(fouten, fout)
            return jsonify({"fouten": fouten}), 400
        return jsonify({"id": taak.id, "totaal": taak.aantal})

    def taak_of_404(taak_id):
        taak = werkbank.taken.get(taak_id)
        if taak is None:
            abort(404)
        return taak

    @app.get("/bevolking/<taak_id>")
    def bevolking_stand(taak_id):
        taak = taak_of_404(taak_id)
        antwoord = {
            "status": taak.status,
            "gedaan": taak.gedaan,
            "fase": taak.fase,
            "totaal": taak.aantal,
            "fout": taak.fout,
        }
        if taak.status == "klaar":
            antwoord["html"] = render_template(
                "bevolking.html", b=werkbank.bevolkingsoverzicht(taak)
            )
        return jsonify(antwoord)

    @app.post("/bevolking/<taak_id>/annuleer")
    def bevolking_annuleer(taak_id):
        return jsonify({"status": werkbank.taken.annuleer(taak_of_404(taak_id))})

    @app.get("/bevolking/<taak_id>/aggregaat.<soort>")
    def bevolking_download(taak_id, soort):
        taak = taak_of_404(taak_id)
        if taak.status != "klaar" or soort not in ("csv", "json"):
            abort(404)
        namen = {HUIDIG: HUIDIG_RECHT, **{k: k for k in taak.kolommen[1:]}}
        tabel = taak.telling.routetabel().to_pylist()
        for rij in tabel:
            rij["systeem"] = namen.get(rij["systeem"], rij["systeem"])
        if soort == "json":
            overzicht = werkbank.bevolkingsoverzicht(taak)
            data = {
                "population": f"synthetic, {taak.aantal} persons, seed {taak.zaad}",
                "date": taak.datum,
                "routes": tabel,
                "admitted_labour_migrants": dict(
                    zip(taak.kolommen, overzicht["toegelaten"], strict=True)
                ),
            }
            return _download(_json(data), "bevolking.json", "application/json")
        kop = list(tabel[0]) if tabel else ["systeem", "toelatingsroute", "aantal", "aandeel"]
        return _download(_csv(kop, [list(r.values()) for r in tabel]), "bevolking.csv", "text/csv")

    @app.errorhandler(404)
    def niet_gevonden(_fout):
        return render_template(
            "fout.html", titel="Niet gevonden", tekst="Deze pagina bestaat niet."
        ), 404

    @app.errorhandler(405)
    def niet_toegestaan(_fout):
        return render_template(
            "fout.html", titel="Niet toegestaan", tekst="Gebruik het formulier op de beginpagina."
        ), 405

    @app.errorhandler(413)
    def te_groot(_fout):
        return render_template(
            "fout.html",
            titel="Te groot",
            tekst=f"Een bestand mag hoogstens {MAX_BESTAND // 1024} kB zijn.",
        ), 413

    @app.errorhandler(500)
    def interne_fout(_fout):
        return render_template(
            "fout.html",
            titel="Interne fout",
            tekst="Dit is een fout in de werkbank, niet in uw invoer; de melding staat in het "
            "venster waarin de werkbank draait.",
        ), 500

    @app.errorhandler(400)
    def slecht_verzoek(_fout):
        return render_template(
            "fout.html", titel="Ongeldig verzoek", tekst="Het formulier kon niet worden gelezen."
        ), 400

    return app


def _downloads(werkbank: Werkbank, toestand: Toestand, naam: str, gegevens) -> Response:
    geval = toestand.geval
    bestandsnaam = stam(geval["name"])
    if naam == "geval.yaml":
        beslissingen = werkbank.beslissingen(toestand)
        eerste = beslissingen.rijen[0]
        test = {**geval, "output": {eerste["naam"]: eerste["waarden"][0]}}
        kop = (
            "# Een geval uit de werkbank arbeidsmigratie, als YAML-test: `output` is de\n"
            "# beslissing onder huidig recht. Voer de test uit met:\n"
            f"#   arbeidsmigratie test {bestandsnaam}.yaml\n"
        )
        tekst = kop + yaml.safe_dump([test], allow_unicode=True, sort_keys=False)
        return _download(tekst, f"{bestandsnaam}.yaml", "application/x-yaml")
    if naam == "wijziging.yaml":
        if toestand.wijziging is None:
            raise ValueError("er is geen parameterwijziging ingevuld")
        kop = "# A parameter-change file: arbeidsmigratie vergelijk CASE.yaml --parameters FILE\n"
        tekst = kop + yaml.safe_dump(toestand.wijziging.als_bestand(), sort_keys=False)
        return _download(tekst, "wijziging.yaml", "application/x-yaml")
    if naam in ("beslissing.csv", "beslissing.json"):
        beslissingen = werkbank.beslissingen(toestand)
        if naam.endswith(".json"):
            return _download(
                _json(beslissingen.als_dict(geval)),
                f"{bestandsnaam}_beslissing.json",
                "application/json",
            )
        rijen = [[r["naam"], r["label"], *r["waarden"]] for r in beslissingen.rijen]
        return _download(
            _csv(["variabele", "label", *beslissingen.kolommen], rijen),
            f"{bestandsnaam}_beslissing.csv",
            "text/csv",
        )
    if naam == "uitleg.json":
        kolom = gegevens.get("uitleg_kolom", "0")
        if not cijfers(kolom):
            raise ValueError(f"onbekende kolom '{kolom}'")
        titel, stap = werkbank.uitleg(toestand, int(kolom))
        data = {"case": geval, "system": titel, **stap.als_dict()}
        return _download(_json(data), f"{bestandsnaam}_uitleg.json", "application/json")
    if naam in ("tijdlijn.csv", "tijdlijn.json"):
        if not toestand.tijdlijn_parameter:
            raise ValueError("er is geen parameter voor de tijdlijn gekozen")
        waarden, _ = werkbank.tijdlijn(toestand.tijdlijn_parameter, toestand.hervormingen)
        if naam.endswith(".json"):
            data = [asdict(w) for w in waarden]
            return _download(_json(data), "tijdlijn.json", "application/json")
        rijen = [
            [
                w.parameter,
                w.datum,
                w.waarde,
                w.zekerheid or "",
                "; ".join(f"{b['title']} <{b['href']}>" for b in w.bron),
            ]
            for w in waarden
        ]
        return _download(
            _csv(["parameter", "vanaf", "waarde", "zekerheid", "bron"], rijen),
            "tijdlijn.csv",
            "text/csv",
        )
    abort(404)
