"""What the workbench computes, through the same package functions as the CLI.

The systems are current law, the chosen reforms (`tools.register.pas_toe`) and a parameter change
(`tools.register.wijzigingshervorming`); a case is computed with `tools.gevallen.bereken_geval`,
explained with `tools.uitleg.leg_uit`, a parameter's history read with `tools.tijdlijn.tijdlijn`,
and the population run through the one population loop of `arbeidsmigratie bevolking`
(`tools.bevolking.doorgang.doorloop`, in this process) over the generator's sample.
"""

import threading
import uuid
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, urlparse

from openfisca_arbeidsmigratie.model.hervorming import INTERPRETATIE, STATUS_LABELS, WET
from openfisca_arbeidsmigratie.model.landen import NEDERLANDSE_NAMEN
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import InProces, Opdracht, doorloop
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import RESULTATEN
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import Telling
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, tabelkolommen
from openfisca_arbeidsmigratie.tools.geval.uitleg import Stap, leg_uit
from openfisca_arbeidsmigratie.tools.geval.vergelijking import STANDAARD_VARIABELEN
from openfisca_arbeidsmigratie.tools.kern import register
from openfisca_arbeidsmigratie.tools.kern.aannames import (
    bereken_met_aannames,
    enkel,
    geldt,
    ontbrekend_per_systeem,
)
from openfisca_arbeidsmigratie.tools.kern.register import (
    HUIDIG_RECHT,
    HUIDIG_RECHT_LABEL,
    beschikbare_hervormingen,
    pas_toe,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import nederlands

# The werkbank shows current law under its Dutch label; its identifier is HUIDIG_RECHT.
TITEL_HUIDIG_RECHT = HUIDIG_RECHT_LABEL["nl"]
WIJZIGING = "wijziging"
MAX_STEEKPROEF = 1_000_000
BLOK = 5_000
NIET_VAN_TOEPASSING = "— (niet van toepassing)"


def beslissingsvariabelen(systeem) -> list[str]:
    """The decision, the conditions that decide it and the permanent-residence outcomes."""
    namen = list(dict.fromkeys([*STANDAARD_VARIABELEN, *RESULTATEN]))
    return [naam for naam in namen if naam in systeem.variables]


@dataclass
class Hervormingskeuze:
    naam: str
    titel: str
    beschrijving: str
    status: str = ""


def hervormingsgroepen() -> dict[str, list[Hervormingskeuze]]:
    """The bundled reforms, and the interpretation variants (status `interpretatie`) as a group of
    their own, whether the registry lists them with the reforms or on their own."""
    groepen = {"hervormingen": [], "interpretaties": []}
    gebundeld = dict(beschikbare_hervormingen())
    interpretaties = getattr(register, "beschikbare_interpretaties", None)
    if interpretaties is not None:
        gebundeld.update(interpretaties())
    for naam, klasse in sorted(gebundeld.items()):
        doc = (klasse.__doc__ or "").strip().split("\n\n")[0]
        keuze = Hervormingskeuze(
            naam,
            getattr(klasse, "name", None) or naam,
            getattr(klasse, "beschrijving", None) or " ".join(doc.split()),
            STATUS_LABELS[klasse.status]["nl"],
        )
        variant = klasse.status == INTERPRETATIE
        groepen["interpretaties" if variant else "hervormingen"].append(keuze)
    return groepen


class Systemen:
    """Current law and the reform systems, built once each (a parameter change is cheap)."""

    def __init__(self, basis):
        self.basis = basis
        self._hervormd = {}
        self.slot = threading.Lock()

    def voor(self, hervormingen: list[str], wijziging) -> dict:
        """{column title: system}: current law, each reform, then the what-if."""
        systemen = {TITEL_HUIDIG_RECHT: self.basis}
        for naam in hervormingen:
            if naam not in self._hervormd:
                self._hervormd[naam] = pas_toe(self.basis, naam)
            systemen[naam] = self._hervormd[naam]
        if wijziging is not None:  # a `wat_als.Wijzigingen`
            systemen[wijziging.titel()] = wijziging.hervorming()(self.basis)
        return systemen


@dataclass
class Beslissingen:
    """Rows are variables, columns the systems; `verschilt` marks a row that differs.

    A value is None where the variable does not apply in that column's system (a proposal's
    points under current law); `aannames` holds per column the inputs its decision read at their
    default, `extra_invoer` the inputs its decision reads that current law's does not.
    """

    kolommen: list[str]
    rijen: list[dict]
    aannames: list = field(default_factory=list)
    extra_invoer: list = field(default_factory=list)

    def gewijzigd(self) -> list[dict]:
        return [rij for rij in self.rijen if any(rij["verschilt"])]

    def extra_aannames(self, kolom: int) -> list:
        """The assumptions of a column that current law's decision does not make."""
        return [a for a in self.aannames[kolom] if a not in self.aannames[0]]

    def als_dict(self, geval) -> dict:
        return {
            "case": geval,
            "systems": self.kolommen,
            "status": [
                WET if kolom == TITEL_HUIDIG_RECHT else register.status(kolom)
                for kolom in self.kolommen
            ],
            "variables": [
                {"variable": r["naam"], "label": r["label"], "values": r["waarden"]}
                for r in self.rijen
            ],
            "assumptions": {
                kolom: [a.als_dict() for a in lijst]
                for kolom, lijst in zip(self.kolommen, self.aannames, strict=True)
            },
        }


def _gewoon(waarde):
    """A plain Python value (a numpy string or number from the model is not)."""
    if isinstance(waarde, str):
        return str(waarde)
    return waarde.item() if hasattr(waarde, "item") else waarde


def beslis(systemen: dict, geval: dict, variabelen: list[str]) -> Beslissingen:
    sporen = [bereken_met_aannames(s, geval, variabelen) for s in systemen.values()]
    uitkomsten = [{naam: _gewoon(w) for naam, w in enkel(spoor).items()} for spoor in sporen]
    basis = next(iter(systemen.values()))
    rijen = []
    for naam in variabelen:
        geldig = [geldt(s, naam, sp) for s, sp in zip(systemen.values(), sporen, strict=True)]
        if not any(geldig):
            continue
        waarden = [u[naam] if g else None for u, g in zip(uitkomsten, geldig, strict=True)]
        rijen.append(
            {
                "naam": naam,
                "label": basis.variables[naam].label or naam,
                "waarden": waarden,
                "verschilt": [str(w) != str(waarden[0]) for w in waarden],
            }
        )
    return Beslissingen(
        list(systemen),
        rijen,
        aannames=[spoor.aannames for spoor in sporen],
        extra_invoer=[sorted(spoor.invoer - sporen[0].invoer) for spoor in sporen],
    )


def toon_waarde(systeem, naam: str, waarde) -> str:
    """A value as the law says it: an enum member's label, ja/nee, euros in Dutch notation."""
    if waarde is None:
        return NIET_VAN_TOEPASSING
    definitie = systeem.variables.get(naam)
    if naam == "nationaliteit" and str(waarde) in NEDERLANDSE_NAMEN:
        return NEDERLANDSE_NAMEN[str(waarde)]
    if definitie is not None and getattr(definitie, "possible_values", None) is not None:
        lid = definitie.possible_values.__members__.get(str(waarde))
        return str(lid.value) if lid is not None else str(waarde)
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, float):
        tekst = f"{waarde:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        if definitie is not None and getattr(definitie, "unit", None) == "currency-EUR":
            return f"€ {tekst}"
        return tekst.removesuffix(",00")
    return str(waarde)


def leg_geval_uit(systeem, geval, variabele: str):
    return uitgeklapt(leg_uit(systeem, geval, variabele, geval["period"]))


def uitgeklapt(uitleg: Stap) -> Stap:
    """The full explanation with each "see above" step opened where it recurs.

    The tracer explains a condition once, where it was first computed, which may be deep in
    another branch (the salary criterion under the TWV's BuWav exemption): in a tree that is read
    by opening branches, the branch of the decision would end in a bare "see above". Such a step
    gets the explanation given where it was first computed (with the same value); steps inside
    that copy stay as the tracer gave them, so the tree grows by at most one copy per recurrence.
    """
    eerste = {}

    def verzamel(s: Stap):
        if s.soort != "see above":
            eerste.setdefault((s.variabele, repr(s.waarde)), s)
        for kind in s.stappen:
            verzamel(kind)

    verzamel(uitleg)

    def open_(s: Stap) -> Stap:
        if s.soort == "see above":
            return eerste.get((s.variabele, repr(s.waarde)), s)
        return replace(s, stappen=[open_(k) for k in s.stappen])

    return open_(uitleg)


def bronnen(systeem) -> dict[str, str]:
    """{href: title} of every source the parameters cite: names for the variables' links."""
    titels = {}

    def bezoek(knoop):
        for bron in _referenties(knoop.metadata):
            titels.setdefault(bron["href"], bron["title"])
        for kind in getattr(knoop, "children", {}).values():
            bezoek(kind)
        for waarde in getattr(knoop, "values_list", []):
            for bron in _referenties(waarde.metadata):
                titels.setdefault(bron["href"], bron["title"])

    bezoek(systeem.parameters)
    return titels


def _referenties(metadata) -> list[dict]:
    bron = (metadata or {}).get("reference") or []
    if isinstance(bron, dict):
        bron = [bron]
    return [b for b in bron if isinstance(b, dict) and b.get("href") and b.get("title")]


def linktekst(href: str, titels: dict) -> str:
    """The title a parameter gives this link, else the law's BWB id and article from the URL."""
    if href in titels:
        return titels[href]
    adres = urlparse(href)
    if adres.netloc.endswith("wetten.overheid.nl"):
        artikel = parse_qs(adres.query).get("artikel", [""])[0]
        bwb = adres.path.rsplit(":", 1)[-1].split("/")[0]
        return f"{bwb}, artikel {artikel}" if artikel else bwb
    return adres.netloc + adres.path


# --- the population panel ---------------------------------------------------------------------


@dataclass
class Bevolkingstaak:
    """One population run in a thread: progress, cancellation and the counts when done."""

    aantal: int
    datum: str
    zaad: int
    kolommen: list
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    gedaan: int = 0
    status: str = "bezig"  # "bezig", "klaar", "geannuleerd" or "fout"
    fase: str = "genereren"  # "genereren", then "rekenen" (checked and computed in one read)
    fout: str = ""
    telling: Telling | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    per: str = ""  # a grouping of GROEPERINGEN, or none


# The groupings of the population panel (`groeperingen.GROEPERINGEN`): a column of the persons
# table, age bands, or the route each system admits a person by.
GROEPERINGEN = {
    "nationaliteit": "Nationaliteit",
    "leeftijdsgroep": "Leeftijdsgroep",
    "sector": "Sector",
    "toelatingsroute": "Toelatingsroute",
}
GEWICHT = "gewicht"
"""The weight column of a population table, when it has one (else each person counts once)."""


class Geannuleerd(Exception):
    """A population run stopped by its user (`Taken.annuleer`)."""


def bevolkingsopdracht(taak: Bevolkingstaak, benoemd: dict, personen, werkgevers) -> Opdracht:
    """The run of the panel: current law and each system, counted per route and per group."""
    return Opdracht(
        taak.datum,
        tuple(naam for naam in benoemd if naam != HUIDIG_RECHT),
        gewicht=GEWICHT if GEWICHT in personen.column_names else None,
        per_persoon=False,
        werkgevers=werkgevers,
        groeperingen=tuple(GROEPERINGEN),
    )


def reken_bevolking(taak: Bevolkingstaak, systemen: dict, slot: threading.Lock):
    """The population loop of `arbeidsmigratie bevolking` (`doorgang.doorloop`) in this process,
    holding the werkbank's lock per chunk, with progress and a stop."""
    try:
        basis = systemen[TITEL_HUIDIG_RECHT]
        benoemd = {
            HUIDIG_RECHT: basis,
            **{k: s for k, s in systemen.items() if k != TITEL_HUIDIG_RECHT},
        }
        taak.fase = "genereren"
        personen, werkgevers = genereer(basis, taak.aantal, taak.zaad, taak.datum)
        if taak.stop.is_set():
            return
        taak.fase = "rekenen"
        bron = Bron(f"steekproef van {taak.aantal} personen", tabel=personen)
        opdracht = bevolkingsopdracht(taak, benoemd, personen, werkgevers)

        def bij_deel(deel, _schoon):
            taak.gedaan += deel.aantal
            if taak.stop.is_set():
                raise Geannuleerd

        telling = doorloop(basis, opdracht, bron, BLOK, InProces(slot), bij_deel, benoemd)
        kolommen = tabelkolommen(bron, werkgevers, None)
        telling.ontbrekend = ontbrekend_per_systeem(benoemd, kolommen, taak.datum)
        taak.telling = telling
        taak.status = "klaar"
    except Geannuleerd:
        return
    except Exception as fout:  # shown in the panel instead of dying with the thread
        taak.fout = nederlands(fout, systemen.get(TITEL_HUIDIG_RECHT))
        taak.status = "fout"


class Taken:
    """The population runs of this server; a new run stops the one before it."""

    BEWAARD = 8

    def __init__(self):
        self._taken = {}
        self._slot = threading.Lock()

    def start(self, taak: Bevolkingstaak, systemen: dict, rekenslot, wachten=False):
        with self._slot:
            for oud in self._taken.values():
                self.annuleer(oud)
            self._taken[taak.id] = taak
            while len(self._taken) > self.BEWAARD:
                self._taken.pop(next(iter(self._taken)))
        draad = threading.Thread(
            target=reken_bevolking, args=(taak, systemen, rekenslot), daemon=True
        )
        draad.start()
        if wachten:
            draad.join()
        return taak

    def annuleer(self, taak: Bevolkingstaak):
        """Stop a run: it answers as cancelled at once and stops at its next check."""
        taak.stop.set()
        if taak.status == "bezig":
            taak.status = "geannuleerd"
        return taak.status

    def get(self, taak_id: str):
        return self._taken.get(taak_id)
