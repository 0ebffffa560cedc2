"""Every parameter and every variable carries its legal metadata."""

from pathlib import Path

import pytest
import yaml
from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from openfisca_arbeidsmigratie.model.enums import (
    DiplomaVerlaagdCriterium,
    KennismigrantFunctie,
    Toelatingsroute,
    TwvCategorie,
    Verblijfsdoel,
    Verblijfsvergunning,
)
from openfisca_arbeidsmigratie.model.landen import Land
from openfisca_arbeidsmigratie.model.regelmap import regelmap

LIJST_EENHEDEN = {
    "iso-3166-1-alpha-2": Land,
    "verblijfsvergunning": Verblijfsvergunning,
    "verblijfsdoel": Verblijfsdoel,
    "twv-categorie": TwvCategorie,
    "kennismigrant-functie": KennismigrantFunctie,
    "diploma-verlaagd-criterium": DiplomaVerlaagdCriterium,
    "toelatingsroute": Toelatingsroute,
}


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
