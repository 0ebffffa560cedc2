"""The mutation score's report: the shares killed, and every survivor with its reviewed judgement.

The judgements live in a reviewed YAML file (`docs/mutatie_overlevenden.yaml`): a list of
`{mutant: <key>, soort: ontbrekende_yaml_test | ontbrekende_spec | equivalent, reden: <one line>}`,
keyed by `Mutant.sleutel` (file and change, no line number). The report merges them in; a survivor
without one is flagged as not yet judged, and a judgement whose mutant no longer survives is named
so it can be removed.
"""

import re
from pathlib import Path

from openfisca_arbeidsmigratie.tools.kern.yamlbron import YamlFout, laad_yaml

SOORTEN = {
    "ontbrekende_yaml_test": "(a) missing YAML test",
    "ontbrekende_spec": "(b) missing spec",
    "equivalent": "(c) equivalent mutant",
}
NIET_BEOORDEELD = "NOT YET JUDGED"
BEGIN, EIND = "<!-- mutatie:begin -->", "<!-- mutatie:eind -->"


class OordeelFout(ValueError):
    """A judgements file that cannot be read or breaks the format above."""


def lees_oordelen(pad: Path | None) -> dict[str, dict]:
    """{mutant key: {soort, reden}} from the judgements file (none when `pad` does not exist)."""
    if pad is None or not Path(pad).exists():
        return {}
    try:
        data = laad_yaml(Path(pad), soort="specs")
    except YamlFout as fout:
        raise OordeelFout(f"{pad}: {fout}") from None
    if data is None:
        return {}
    if not isinstance(data, list):
        raise OordeelFout(f"{pad}: expected a list of {{mutant, soort, reden}}")
    oordelen = {}
    for nummer, item in enumerate(data, 1):
        if not isinstance(item, dict) or set(item) != {"mutant", "soort", "reden"}:
            raise OordeelFout(f"{pad}: entry {nummer} must have exactly mutant, soort and reden")
        if item["soort"] not in SOORTEN:
            raise OordeelFout(
                f"{pad}: entry {nummer}: soort '{item['soort']}' is not one of {', '.join(SOORTEN)}"
            )
        if not str(item["reden"]).strip():
            raise OordeelFout(f"{pad}: entry {nummer}: reden is empty")
        if item["mutant"] in oordelen:
            raise OordeelFout(f"{pad}: entry {nummer}: mutant judged twice: {item['mutant']}")
        oordelen[str(item["mutant"])] = {"soort": item["soort"], "reden": str(item["reden"])}
    return oordelen


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|")


def _aandeel(deel: int, geheel: int) -> str:
    return f"{deel} of {geheel} ({deel / max(geheel, 1):.1%})"


def verslag(uitslagen, uitgezonderd, zaad: int, oordelen: dict | None = None, tijd=None) -> str:
    """The score as Markdown: killed by YAML alone, by YAML plus the specs, and the survivors."""
    oordelen = oordelen or {}
    n = len(uitslagen)
    yaml_alleen = sum(u.yaml for u in uitslagen)
    overleven = [u for u in uitslagen if not u.yaml and not u.specs]
    soorten = {m.soort for m in (u.mutant for u in uitslagen)}
    per_soort = ", ".join(
        f"{sum(u.mutant.soort == s for u in uitslagen)} {s}" for s in sorted(soorten)
    )
    regels = [
        f"{n} mutants (seed {zaad}; {per_soort}). Killed by the YAML suite alone: "
        f"{_aandeel(yaml_alleen, n)}. Killed by the YAML suite plus the specs: "
        f"{_aandeel(n - len(overleven), n)}.",
        "",
        "The specs were checked only on the mutants the YAML suite let live: a mutant the YAML "
        "suite kills is killed by the YAML suite plus the specs too. Specs failing on the "
        f"unmutated rules, left out: {', '.join(uitgezonderd) or 'none'}."
        + (f" Wall time of the run: {tijd}." if tijd else ""),
        "",
        f"Survivors of the YAML suite alone: {n - yaml_alleen}; of those the specs killed "
        f"{n - yaml_alleen - len(overleven)}.",
        "",
        "| survivor of the YAML suite | specs | judgement | reason |",
        "|---|---|---|---|",
    ]
    for u in uitslagen:
        if u.yaml:
            continue
        oordeel = oordelen.get(u.mutant.sleutel)
        if u.specs:
            soort, reden = "killed by the specs", ""
        elif oordeel is None:
            soort, reden = f"**{NIET_BEOORDEELD}**", ""
        else:
            soort, reden = SOORTEN[oordeel["soort"]], oordeel["reden"]
        herhaling = re.search(r" \(#\d+\)$", u.mutant.sleutel)  # the same change again
        beschrijving = u.mutant.beschrijving + (herhaling.group() if herhaling else "")
        regels.append(
            f"| `{_cel(u.mutant.bestand)}`: {_cel(beschrijving)} "
            f"| {_cel(', '.join(u.specs)) or 'survives'} | {soort} | {_cel(reden)} |"
        )
    return "\n".join(regels + _samenvatting(overleven, oordelen, uitslagen))


def _samenvatting(overleven, oordelen: dict, uitslagen) -> list[str]:
    tellingen = {s: 0 for s in SOORTEN}
    nieuw = []
    for u in overleven:
        oordeel = oordelen.get(u.mutant.sleutel)
        if oordeel is None:
            nieuw.append(u.mutant.sleutel)
        else:
            tellingen[oordeel["soort"]] += 1
    regels = [
        "",
        f"Survivors of the YAML suite plus the specs: {len(overleven)}: "
        + ", ".join(f"{SOORTEN[s]} {k}" for s, k in tellingen.items())
        + f", {NIET_BEOORDEELD.lower()} {len(nieuw)}.",
    ]
    if nieuw:
        regels += ["", f"{NIET_BEOORDEELD} (add to the judgements file):"]
        regels += [f"- `{_cel(sleutel)}`" for sleutel in nieuw]
    levend = {u.mutant.sleutel for u in overleven}
    gekozen = {u.mutant.sleutel for u in uitslagen}
    verouderd = [s for s in oordelen if s in gekozen and s not in levend]
    if verouderd:
        regels += ["", "Judged as survivors but now killed (remove from the judgements file):"]
        regels += [f"- `{_cel(sleutel)}`" for sleutel in verouderd]
    return regels


def schrijf_tussen_markers(pad: Path, tekst: str) -> None:
    """Replace the block between the mutatie markers of `pad`, written whole (via a temporary
    file beside it) or not at all."""
    inhoud = pad.read_text(encoding="utf-8")
    if BEGIN not in inhoud or EIND not in inhoud:
        raise OordeelFout(f"{pad} has no {BEGIN} ... {EIND} block")
    nieuw = re.sub(
        re.escape(BEGIN) + ".*?" + re.escape(EIND),
        lambda _: f"{BEGIN}\n{tekst}\n{EIND}",
        inhoud,
        flags=re.S,
    )
    tijdelijk = pad.with_name(pad.name + ".tmp")
    tijdelijk.write_text(nieuw, encoding="utf-8")
    tijdelijk.replace(pad)
