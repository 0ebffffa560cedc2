"""Side by side: one case under current law and under reforms, variable by variable."""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bereik import controleer_datum
from openfisca_arbeidsmigratie.tools.doorgetrokken import als_regels, per_systeem, samengevoegd
from openfisca_arbeidsmigratie.tools.gevallen import bereken_per_id
from openfisca_arbeidsmigratie.tools.register import HUIDIG_RECHT, is_interpretatie, pas_toe
from openfisca_arbeidsmigratie.tools.tabel import tekst_tabel

INTERPRETATIE_LABEL = "[interpretation]"
INTERPRETATIE_UITLEG = (
    f"{INTERPRETATIE_LABEL}: an interpretation variant, another reading of current law where the "
    "sources disagree (not a proposal)"
)

# The decision and the conditions that decide it, in the order of the law.
STANDAARD_VARIABELEN = [
    "toelatingsroute",
    "vrij_verkeer_werknemer",
    "onderdaan_derde_land",
    "arbeid_vrij_toegestaan",
    "arbeid_vrij_na_verblijf_met_arbeid",
    "twv_vereist",
    "arbeidsmarkttoets_vereist",
    "arbeidsmarkttoets_voldaan",
    "loon_voldoet_aan_minimumloon",
    "twv_toekenbaar",
    "twv_maximale_geldigheid_maanden",
    "twv_maximale_geldigheid_weken",
    "kennismigrant_salariscriterium_categorie",
    "kennismigrant_salarisnorm",
    "kennismigrant_voldoet_salariscriterium",
    "erkend_referent_vereist",
    "erkend_referent_zonder_weigeringsgrond",
    "kennismigrant_toelaatbaar",
    "blauwe_kaart_salarisnorm",
    "blauwe_kaart_toelaatbaar",
    "brede_welvaart_punten_werk",
    "brede_welvaart_punten_totaal",
    "brede_welvaartstoets_toelaatbaar",
    "geen_verblijfsvergunning_asiel",
    "vvo_regulier_toelaatbaar",
    "eu_langdurig_ingezetene_toelaatbaar",
]


class GevalFout(ValueError):
    """A case file that cannot be read or a case without a date."""


@dataclass
class Vergelijking:
    """Rows are variables, columns current law and each reform."""

    geval: str
    datum: str
    kolommen: list[str]
    rijen: dict[str, list] = field(default_factory=dict)
    doorgetrokken: list[str] = field(default_factory=list)

    def gewijzigd(self) -> list[str]:
        """The variables whose value differs from current law in at least one column."""
        return [naam for naam, waarden in self.rijen.items() if len(set(map(str, waarden))) > 1]

    def tekst(self) -> str:
        gewijzigd = set(self.gewijzigd())
        rijen = [
            [("* " if naam in gewijzigd else "  ") + naam, *waarden]
            for naam, waarden in self.rijen.items()
        ]
        kop = f"{self.geval} ({self.datum})"
        tabel = tekst_tabel(["variable", *self.kolommen], rijen)
        voet = f"* differs from current law ({len(gewijzigd)} variables)"
        if any(kolom.endswith(INTERPRETATIE_LABEL) for kolom in self.kolommen):
            voet += f"\n{INTERPRETATIE_UITLEG}"
        tekst = f"{kop}\n\n{tabel}\n\n{voet}"
        if self.doorgetrokken:
            tekst += "\n\n" + "\n".join(als_regels(self.doorgetrokken))
        return tekst


def lees_gevallen(bestand) -> list[dict]:
    """The cases of a YAML file: one case or a list, each with `period` (or `datum`) and `input`."""
    bestand = Path(bestand)
    if not bestand.is_file():
        raise GevalFout(f"case file not found: {bestand}")
    with bestand.open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    gevallen = data if isinstance(data, list) else [data]
    for nummer, geval in enumerate(gevallen, 1):
        if not isinstance(geval, dict) or not isinstance(geval.get("input", {}), dict):
            raise GevalFout(f"{bestand}: case {nummer} must be a mapping with an 'input' mapping")
    return gevallen


def vergelijk(situatie, reforms=(), variabelen=None, datum=None, systeem=None) -> Vergelijking:
    """Compute `variabelen` for one case under current law and under each reform.

    `situatie` is a flat case (`{"period": ..., "input": {...}}`, as in a YAML test, or the path
    of such a file); `datum` overrides its date. Each entry of `reforms` is a short reform name,
    a parameter-change file (`*.yaml`), or several joined by `+` to apply in sequence; a column
    that applies an interpretation variant is labelled `[interpretation]`.
    """
    if isinstance(situatie, str | Path):
        situatie = lees_gevallen(situatie)[0]
    datum = str(datum or situatie.get("period") or "")
    if not datum:
        raise GevalFout("the case has no date: give 'period' in the case or a date (--datum)")
    try:
        date.fromisoformat(datum)
    except ValueError:
        raise GevalFout(f"invalid date '{datum}': expected a day as YYYY-MM-DD") from None
    geval = {**situatie, "period": datum}
    basis = systeem or CountryTaxBenefitSystem()
    controleer_datum(datum)
    namen = list(variabelen or STANDAARD_VARIABELEN)
    onbekend = [naam for naam in namen if naam not in basis.variables]
    if onbekend:
        raise GevalFout(f"unknown variables: {', '.join(onbekend)}")
    systemen = [(HUIDIG_RECHT, basis)] + [(naam, pas_toe(basis, naam)) for naam in reforms]
    uitkomsten = [bereken_per_id(s, geval, namen) for _, s in systemen]
    rijen = {}
    for naam in namen:
        per_id = uitkomsten[0][naam]
        for id_ in per_id:
            rij = naam if len(per_id) == 1 else f"{naam} [{id_}]"
            rijen[rij] = [uitkomst[naam][id_] for uitkomst in uitkomsten]
    return Vergelijking(
        geval=str(situatie.get("name", "case")),
        datum=datum,
        kolommen=[
            f"{naam} {INTERPRETATIE_LABEL}" if is_interpretatie(naam) else naam
            for naam, _ in systemen
        ],
        rijen=rijen,
        doorgetrokken=samengevoegd(per_systeem(dict(systemen), datum)),
    )
