"""Side by side: one case under current law and under reforms, variable by variable."""

import re
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.bereik import controleer_datum
from openfisca_arbeidsmigratie.tools.kern.aannames import (
    aannames_tekst,
    bereken_met_aannames,
    geldt,
)
from openfisca_arbeidsmigratie.tools.kern.actualiteit import als_regels, per_systeem, samengevoegd
from openfisca_arbeidsmigratie.tools.kern.beslissing import catalogus
from openfisca_arbeidsmigratie.tools.kern.gevallen import GevalFout
from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT, status
from openfisca_arbeidsmigratie.tools.kern.register import systemen as bouw_systemen
from openfisca_arbeidsmigratie.tools.kern.tabel import tekst_tabel
from openfisca_arbeidsmigratie.tools.kern.yamlbron import lees_yaml

ISO_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INTERPRETATIE_LABEL = "[interpretation]"
INTERPRETATIE_UITLEG = (
    f"{INTERPRETATIE_LABEL}: an interpretation variant, another reading of current law where the "
    "sources disagree (not a proposal)"
)
# A proposal's variable in a column whose system does not read it (current law has no points).
NIET_VAN_TOEPASSING = "-"
VOORSTEL_LABEL = "[proposal, not law]"
VOORSTEL_UITLEG = (
    f"{VOORSTEL_LABEL}: a policy reform or what-if; no enacted law implements it, its start date "
    "is illustrative"
)
WET_LABEL = "[law]"
WET_UITLEG = f"{WET_LABEL}: enacted law that the model's current law does not yet apply"
# The status of a reform (register.status) as shown beside its name, and the line explaining it.
STATUS_KOLOM = {
    "voorstel": (VOORSTEL_LABEL, VOORSTEL_UITLEG),
    "interpretatie": (INTERPRETATIE_LABEL, INTERPRETATIE_UITLEG),
    "wet": (WET_LABEL, WET_UITLEG),
}


def met_status(naam: str) -> str:
    """A reform's name with its status: `brede_welvaartstoets [proposal, not law]`."""
    return f"{naam} {STATUS_KOLOM[status(naam)][0]}"


def statusuitleg(namen) -> list[str]:
    """The lines explaining the statuses of the reforms named, in a fixed order."""
    aanwezig = {status(naam) for naam in namen}
    return [uitleg for s, (_, uitleg) in STATUS_KOLOM.items() if s in aanwezig]


# The decision and the conditions that decide it, from the catalogue of the decision.
STANDAARD_VARIABELEN = catalogus().vergelijkingsrijen()


@dataclass
class Vergelijking:
    """Rows are variables, columns current law and each reform."""

    geval: str
    datum: str
    kolommen: list[str]
    rijen: dict[str, list] = field(default_factory=dict)
    actualiteit: list[str] = field(default_factory=list)
    aannames: list[list] = field(default_factory=list)

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
        labels = {label: uitleg for label, uitleg in STATUS_KOLOM.values()}
        for label, uitleg in labels.items():
            if any(kolom.endswith(label) for kolom in self.kolommen):
                voet += f"\n{uitleg}"
        tekst = f"{kop}\n\n{tabel}\n\n{voet}"
        if self.aannames:
            tekst += "\n\n" + self.aannames_tekst()
        if self.actualiteit:
            tekst += "\n\n" + "\n".join(als_regels(self.actualiteit))
        return tekst

    def aannames_tekst(self) -> str:
        """Per column, the inputs its decision read at their default; after the first column
        only those the first does not have."""
        regels = ["Not given, default used (assumptions):"]
        eerste = self.aannames[0]
        for i, (kolom, lijst) in enumerate(zip(self.kolommen, self.aannames, strict=True)):
            if i and set(lijst) >= set(eerste):
                extra = [a for a in lijst if a not in eerste]
                inhoud = f"as {self.kolommen[0]}" + (
                    f", and {aannames_tekst(extra)}" if extra else ""
                )
            else:
                inhoud = aannames_tekst(lijst)
            regels += textwrap.wrap(
                f"{kolom}: {inhoud}", width=100, initial_indent="  ", subsequent_indent="    "
            )
        return "\n".join(regels)


def lees_gevallen(bestand) -> list[dict]:
    """The cases of a YAML file: one case or a list, each with `period` (or `datum`) and `input`."""
    bestand = Path(bestand)
    if not bestand.is_file():
        raise GevalFout(f"case file not found: {bestand}")
    document = lees_yaml(bestand, "gevallen")
    data = document.data
    gevallen = data if isinstance(data, list) else [data]
    for nummer, geval in enumerate(gevallen, 1):
        if not isinstance(geval, dict) or not isinstance(geval.get("input", {}), dict):
            raise GevalFout(f"{bestand}: case {nummer} must be a mapping with an 'input' mapping")
        if geval.get("period") is not None:
            plek = f"{bestand}, line {document.regel(geval, 'period')}: case {nummer}"
            geval["period"] = gevalsdatum(geval["period"], plek)
    return gevallen


def gevalsdatum(waarde, plek: str) -> str:
    """A case's `period` as YYYY-MM-DD: a YAML date or the same quoted; else `GevalFout`."""
    if isinstance(waarde, date) and not isinstance(waarde, datetime):
        return waarde.isoformat()
    try:
        if isinstance(waarde, str) and ISO_DATUM.match(waarde.strip()):
            return date.fromisoformat(waarde.strip()).isoformat()
        raise ValueError("expected a day as YYYY-MM-DD")
    except ValueError as fout:
        raise GevalFout(f"{plek}: period {waarde!r} is not a date ({fout})") from None


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
    systemen = list(bouw_systemen(basis, reforms).items())
    sporen = [bereken_met_aannames(s, geval, namen) for _, s in systemen]
    rijen = {}
    for naam in namen:
        toepasselijk = [
            geldt(s, naam, spoor) for (_, s), spoor in zip(systemen, sporen, strict=True)
        ]
        if not any(toepasselijk):
            continue
        per_id = sporen[0].waarden[naam]
        for id_ in per_id:
            rij = naam if len(per_id) == 1 else f"{naam} [{id_}]"
            rijen[rij] = [
                spoor.waarden[naam][id_] if van_toepassing else NIET_VAN_TOEPASSING
                for spoor, van_toepassing in zip(sporen, toepasselijk, strict=True)
            ]
    return Vergelijking(
        geval=str(situatie.get("name", "case")),
        datum=datum,
        kolommen=[HUIDIG_RECHT, *(met_status(naam) for naam, _ in systemen[1:])],
        rijen=rijen,
        aannames=[spoor.aannames for spoor in sporen],
        actualiteit=samengevoegd(per_systeem(dict(systemen), datum)),
    )
