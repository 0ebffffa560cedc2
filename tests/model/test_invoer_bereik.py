"""Input ranges: stated on every numeric input variable, enforced on the value as given (no
narrowing to 32 bits after the check) through YAML and situations, the Python API and reforms."""

import numpy as np
import pytest
from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulations import SimulationBuilder

from openfisca_arbeidsmigratie.model.invoer import Invoer, OngeldigeInvoer, PuntenInvoer, bereik
from openfisca_arbeidsmigratie.tools.kern.register import pas_toe

D = "2026-02-02"


def numerieke_invoer(systeem):
    return {
        naam: variabele
        for naam, variabele in systeem.variables.items()
        if isinstance(variabele, Invoer) and variabele.value_type in (int, float)
    }


def test_elke_numerieke_invoer_heeft_een_bereik(systeem):
    """Except the proposed points test's scores (`PuntenInvoer`): any finite number, negative
    included, by design."""
    for naam, variabele in numerieke_invoer(systeem).items():
        if isinstance(variabele, PuntenInvoer):
            assert variabele.minimum is None and variabele.maximum is None, naam
            assert variabele.unit == "punten", naam
            continue
        assert variabele.minimum is not None and variabele.maximum is not None, naam
        assert variabele.minimum < variabele.maximum < 2**31, naam
        assert variabele.unit, naam


def simulatie(systeem, **invoer):
    situatie = {"personen": {"p": {k: {D: v} for k, v in invoer.items()}}}
    return SimulationBuilder().build_from_entities(systeem, situatie)


@pytest.mark.parametrize(
    "naam, waarde, verwacht",
    [
        ("leeftijd", 4294967325, "above the maximum"),
        ("leeftijd", 29.99, "not a whole number"),
        ("leeftijd", 131, "from 0 to 130"),
        ("leeftijd", -1, "negative"),
        ("bruto_maandloon", 1e39, "above the maximum"),
        ("bruto_maandloon", float("inf"), "not a finite number"),
        ("arbeidsuren_per_week", 169, "from 0 to 168"),
        ("boetes_afgelopen_vier_jaar", 2.5, "not a whole number"),
        ("leeftijd", 2**70, "above the maximum"),
        ("bruto_maandloon", -(2**70), "negative"),
        ("leeftijd", 10**400, r"\.\.\. \(401 characters\)"),
        ("twv_maximale_geldigheid_maanden", 2**70, "above the maximum"),
        ("twv_maximale_geldigheid_maanden", 1.5, "not a whole number"),
    ],
)
def test_situatie_buiten_bereik(systeem, naam, waarde, verwacht):
    """Through a situation (Web API, YAML tests): the builder wraps the error with its place."""
    if naam == "boetes_afgelopen_vier_jaar":
        situatie = {
            "personen": {"p": {}},
            "werkgevers": {"w": {"werknemers": ["p"], naam: {D: waarde}}},
        }
        with pytest.raises(SituationParsingError, match=verwacht):
            SimulationBuilder().build_from_entities(systeem, situatie)
        return
    with pytest.raises(SituationParsingError, match=verwacht):
        simulatie(systeem, **{naam: waarde})


def test_heel_getal_als_float_mag(systeem):
    assert simulatie(systeem, leeftijd=29.0).calculate("leeftijd", D).tolist() == [29]


@pytest.mark.parametrize(
    "waarden, verwacht",
    [
        (np.array([30, 4294967325], dtype=np.int64), "position 1"),
        (np.array([29.99]), "not a whole number"),
        (np.array([2**64 - 1], dtype=np.uint64), "above the maximum"),
    ],
)
def test_python_api_set_input(systeem, waarden, verwacht):
    leeg = {"personen": {f"p{i}": {} for i in range(len(waarden))}}
    sim = SimulationBuilder().build_from_entities(systeem, leeg)
    with pytest.raises(OngeldigeInvoer, match=verwacht):
        sim.set_input("leeftijd", periods.period(D), waarden)


def test_python_api_geen_wrap(systeem):
    sim = SimulationBuilder().build_from_entities(systeem, {"personen": {"p": {}}})
    sim.set_input("leeftijd", periods.period(D), np.array([130]))
    assert sim.calculate("leeftijd", D).tolist() == [130]


def test_invoer_buiten_de_jaren(systeem):
    situatie = {"personen": {"p": {"verblijfsdoel": {"1850-01": "arbeid_regulier"}}}}
    with pytest.raises(SituationParsingError, match="outside the years 1900 to 2100"):
        SimulationBuilder().build_from_entities(systeem, situatie)


def test_hervorming_houdt_het_bereik(systeem):
    for naam in ("kennismigrant_jongerennorm_afgeschaft", "brede_welvaartstoets"):
        hervormd = pas_toe(systeem, naam)
        for variabele, oud in numerieke_invoer(systeem).items():
            assert bereik(hervormd.variables[variabele]) == bereik(oud), (naam, variabele)
