"""Every parameter and every variable carries its legal metadata."""

from pathlib import Path

import pytest
import yaml
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.kern.actualiteit import GEEN, LAATSTE_WAARDE, lees_datum
from openfisca_arbeidsmigratie.tools.kern.parameterwaarden import LIJST_EENHEDEN


def bladeren(knoop):
    for kind in knoop.children.values():
        if isinstance(kind, ParameterNode):
            yield from bladeren(kind)
        else:
            yield kind


def parameters_van(systeem):
    return list(bladeren(systeem.parameters))


def heeft_bron(metadata) -> bool:
    verwijzingen = metadata.get("reference") or []
    if isinstance(verwijzingen, dict | str):
        verwijzingen = [verwijzingen]
    return bool(verwijzingen) and all(
        isinstance(v, dict) and str(v.get("href", "")).startswith("http") and v.get("title")
        for v in verwijzingen
    )


def test_elke_parameter_heeft_metadata(systeem):
    problemen = []
    for parameter in parameters_van(systeem):
        if not parameter.description:
            problemen.append(f"{parameter.name}: no description")
        for sleutel in ("label", "unit"):
            if not parameter.metadata.get(sleutel):
                problemen.append(f"{parameter.name}: no metadata.{sleutel}")
        if not heeft_bron(parameter.metadata):
            problemen.append(f"{parameter.name}: no reference with title and href")
    assert not problemen, "\n".join(problemen)


def yaml_waarden(pad: Path):
    """Per leaf in a parameter file: (name, unit, {date: raw value entry})."""
    with pad.open(encoding="utf-8") as bestand:
        data = yaml.safe_load(bestand)

    def loop(knoop, naam):
        if isinstance(knoop, dict) and "values" in knoop:
            yield naam, knoop.get("metadata", {}).get("unit"), knoop["values"]
        elif isinstance(knoop, dict):
            for sleutel, kind in knoop.items():
                if sleutel not in ("description", "metadata", "documentation"):
                    yield from loop(kind, f"{naam}.{sleutel}")

    yield from loop(data, str(pad))


def test_elk_bedrag_heeft_per_datum_een_bron():
    problemen = []
    for pad in sorted(regelmap("parameters").rglob("*.yaml")):
        for naam, eenheid, waarden in yaml_waarden(pad):
            if eenheid != "currency-EUR":
                continue
            for datum, waarde in waarden.items():
                if not (isinstance(waarde, dict) and heeft_bron(waarde.get("metadata", {}))):
                    problemen.append(f"{naam} {datum}: no source of its own")
    assert not problemen, "\n".join(problemen)


def test_schalen_hebben_een_bron_per_bedrag(systeem):
    schalen = [p for p in parameters_van(systeem) if isinstance(p, ParameterScale)]
    assert schalen
    for schaal in schalen:
        for schijf in schaal.brackets:
            for waarde in schijf.amount.values_list:
                assert heeft_bron(waarde.metadata), f"{schaal.name}: {waarde.instant_str}"


def test_lijsten_noemen_bestaande_leden(systeem):
    problemen = []
    for parameter in parameters_van(systeem):
        leden = LIJST_EENHEDEN.get(parameter.metadata.get("unit"))
        if leden is None or not isinstance(parameter, Parameter):
            continue
        for waarde in parameter.values_list:
            for lid in waarde.value or []:
                if not isinstance(lid, str) or lid not in leden.__members__:
                    problemen.append(f"{parameter.name} {waarde.instant_str}: {lid!r}")
    assert not problemen, "\n".join(problemen)


def test_elke_variabele_heeft_metadata(systeem):
    problemen = []
    for naam, variabele in systeem.variables.items():
        if not variabele.label:
            problemen.append(f"{naam}: no label")
        if not variabele.reference or not all(r.startswith("http") for r in variabele.reference):
            problemen.append(f"{naam}: no reference URL")
        if variabele.value_type is float and not variabele.unit:
            problemen.append(f"{naam}: no unit")
    assert not problemen, "\n".join(problemen)


@pytest.mark.parametrize("map_", ["parameters", "variables", "reforms"])
def test_regelmappen_gevonden(map_):
    assert regelmap(map_).is_dir()


# The amounts the law re-fixes at a rhythm, and the rules that end on a date (docs/drafting.md,
# "Keeping the law current"): each declares it in metadata.actualisatie.
GEINDEXEERD = {
    "wav.minimumloon.uurloon": ["01-01", "07-01"],
    "kennismigrant.salariscriterium.dertig_jaar_en_ouder": ["01-01"],
    "kennismigrant.salariscriterium.jonger_dan_dertig": ["01-01"],
    "kennismigrant.salariscriterium.verlaagd": ["01-01"],
    "blauwe_kaart.salariscriterium": ["01-01"],
    "blauwe_kaart.salariscriterium_recent_afgestudeerd": ["01-01"],
}
TIJDELIJK = {"wav.tijdelijke_bescherming.bescherming_van_kracht"}
ACTUALISATIE_SLEUTELS = {"cadans", "einddatum", "bron_te_controleren", "laatst_gecontroleerd"}


def _dag(tekst) -> bool:
    try:
        return isinstance(tekst, str) and bool(lees_datum(tekst))
    except ValueError:
        return False


def _dag_van_het_jaar(tekst) -> bool:
    return isinstance(tekst, str) and len(tekst) == 5 and _dag(f"2001-{tekst}")


def actualisatie_fouten(parameter) -> list[str]:
    """What is wrong with the metadata.actualisatie of one parameter."""
    gegevens = parameter.metadata.get("actualisatie")
    if not isinstance(gegevens, dict):
        return ["no metadata.actualisatie (cadans: geen, or a cadence or an end date)"]
    fouten = [f"unknown key {k}" for k in set(gegevens) - ACTUALISATIE_SLEUTELS]
    cadans = gegevens.get("cadans")
    if cadans != GEEN and not (
        isinstance(cadans, list) and cadans and all(map(_dag_van_het_jaar, cadans))
    ):
        fouten.append(f"cadans {cadans!r}: give 'geen' or a list of days as \"MM-DD\"")
    einde = gegevens.get("einddatum")
    if einde not in (None, LAATSTE_WAARDE):
        fouten.append(f"einddatum {einde!r}: the only form is {LAATSTE_WAARDE}")
    bron = {"reference": gegevens.get("bron_te_controleren")}
    if (cadans != GEEN or einde) and not heeft_bron(bron):
        fouten.append("a cadence or an end date needs bron_te_controleren with title and href")
    gecontroleerd = gegevens.get("laatst_gecontroleerd")
    if gecontroleerd is not None and not _dag(gecontroleerd):
        fouten.append(f'laatst_gecontroleerd {gecontroleerd!r}: give a day as "YYYY-MM-DD"')
    if (cadans != GEEN or einde) and not isinstance(parameter, Parameter):
        fouten.append("a cadence or an end date only on a parameter with dated values")
    return fouten


def test_elke_parameter_noemt_cadans_of_einddatum(systeem):
    problemen = [
        f"{p.name}: {fout}" for p in parameters_van(systeem) for fout in actualisatie_fouten(p)
    ]
    assert not problemen, "\n".join(problemen)


def _cadans(parameter):
    cadans = parameter.metadata.get("actualisatie", {}).get("cadans")
    return None if cadans == GEEN else cadans


def test_elke_geindexeerde_parameter_heeft_zijn_cadans(systeem):
    gedeclareerd = {p.name: _cadans(p) for p in parameters_van(systeem) if _cadans(p)}
    assert gedeclareerd == GEINDEXEERD


def _maand(instant: str) -> int:
    return int(instant[:4]) * 12 + int(instant[5:7])


def test_een_bedrag_met_een_ritme_is_als_geindexeerd_gedeclareerd(systeem):
    """An amount whose last two figures are 6 or 12 months apart on the 1st is indexed."""
    problemen = []
    for parameter in parameters_van(systeem):
        waarden = getattr(parameter, "values_list", [])
        if parameter.metadata.get("unit") != "currency-EUR" or len(waarden) < 2:
            continue
        laatste, vorige = waarden[0].instant_str, waarden[1].instant_str
        ritme = _maand(laatste) - _maand(vorige) in (6, 12) and laatste.endswith("-01")
        if ritme and waarden[0].value is not None and not _cadans(parameter):
            problemen.append(f"{parameter.name}: figures {vorige}, {laatste} but no cadans")
    assert not problemen, "\n".join(problemen)


def test_elke_tijdelijke_regel_heeft_zijn_einddatum(systeem):
    met_einde = {
        p.name
        for p in parameters_van(systeem)
        if p.metadata.get("actualisatie", {}).get("einddatum") == LAATSTE_WAARDE
    }
    assert met_einde == TIJDELIJK
