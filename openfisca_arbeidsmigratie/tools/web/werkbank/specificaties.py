"""The workbench's "Specificaties" panel: the bundled specs of the chosen reforms with their
results, one property a drafter types for the current what-if, and counterexamples as cases that
load into the form."""

from dataclasses import dataclass, field
from datetime import date

import yaml

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.kern.register import COMBINATIE, HUIDIG_RECHT
from openfisca_arbeidsmigratie.tools.specs import ACHTERVOEGSEL
from openfisca_arbeidsmigratie.tools.specs.domein import Domeinlezer
from openfisca_arbeidsmigratie.tools.specs.lezen import Lezer
from openfisca_arbeidsmigratie.tools.specs.uitvoer import _invoer
from openfisca_arbeidsmigratie.tools.specs.zoeken import controleer_spec

BUDGET = 20_000
# The inputs a typed property is checked over; the case's other inputs stay as they are.
VARIEREND = {"bruto_maandloon": {"van": 0, "tot": 15000}, "leeftijd": {"van": 18, "tot": 70}}
OORDEEL = {
    "proved": "bewezen voor elke waarde van het domein",
    "checked": "geldt op alle combinaties van het rooster (gecontroleerd, niet bewezen)",
    "sampled": "geldt op alle gezochte gevallen (steekproef)",
}


@dataclass
class Resultaat:
    naam: str
    bron: str
    oordeel: str
    aantal: int
    eigenschappen: list = field(default_factory=list)  # (naam, geldt)
    tegenvoorbeelden: list = field(default_factory=list)  # (eigenschap, YAML of the case)


def _systemen(beschikbaar: dict):
    def systeem(naam: str):
        if naam not in beschikbaar:
            raise ValueError(f"onbekend systeem '{naam}'")
        return beschikbaar[naam]

    return systeem


def _resultaat(spec) -> Resultaat:
    verslag = controleer_spec(spec, BUDGET)
    mislukt = {tv.eigenschap.naam for tv in verslag.mislukt}
    oordeel = "geldt niet: tegenvoorbeeld gevonden" if mislukt else OORDEEL[verslag.oordeel]
    return Resultaat(
        spec.naam,
        spec.bron,
        oordeel,
        verslag.aantal,
        [(e.naam, e.naam not in mislukt) for e in spec.eigenschappen],
        [
            (
                tv.eigenschap.naam,
                yaml.safe_dump(
                    {
                        "name": f"Tegenvoorbeeld: {tv.eigenschap.naam}",
                        "period": tv.datum,
                        "input": _invoer(tv),
                    },
                    allow_unicode=True,
                    sort_keys=False,
                ),
            )
            for tv in verslag.mislukt
        ],
    )


def bundelspecs_van(hervormingen: list[str], systemen: dict) -> list[Resultaat]:
    """The bundled spec of each chosen reform (each part of a combination), checked."""
    uit = []
    beschikbaar = {**systemen, HUIDIG_RECHT: next(iter(systemen.values()))}
    for kolom in hervormingen:
        for deel in kolom.split(COMBINATIE):
            pad = regelmap("reforms") / f"{deel}{ACHTERVOEGSEL}"
            if not pad.is_file():
                continue
            if deel not in beschikbaar:
                from openfisca_arbeidsmigratie.tools.kern.register import pas_toe

                beschikbaar[deel] = pas_toe(beschikbaar[HUIDIG_RECHT], deel)
            uit.append(_resultaat(Lezer(pad, _systemen(beschikbaar), Domeinlezer()).lees()))
    return uit


def eigen_eigenschap(tekst: str, geval: dict, systemen: dict) -> Resultaat:
    """One typed property, over the current case with wage and age varied, under current law
    (`huidig`) and the first other column (`hervormd`, a reform or the what-if)."""
    kolommen = list(systemen)
    systemen = {**systemen, HUIDIG_RECHT: systemen[kolommen[0]]}
    namen = {"huidig": HUIDIG_RECHT}
    if len(kolommen) > 1:
        namen["hervormd"] = kolommen[1]
    vast = {
        naam: waarde
        for naam, waarde in (geval.get("input") or {}).items()
        if naam not in VARIEREND and not isinstance(waarde, dict)
    }
    spec = {
        "naam": "Eigen eigenschap",
        "bron": "ingetypt in de werkbank",
        "systemen": namen,
        "datum": date.fromisoformat(str(geval["period"])),
        "domein": VARIEREND,
        "vast": vast,
        "eigenschappen": [{"naam": tekst, "altijd": tekst}],
    }
    tekst_yaml = yaml.safe_dump(spec, allow_unicode=True, sort_keys=False)
    lezer = Lezer("eigenschap", _systemen(systemen), Domeinlezer(), tekst=tekst_yaml)
    return _resultaat(lezer.lees())
