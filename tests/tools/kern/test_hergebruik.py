"""Reforms reuse current law's values in a chunk: the results equal a full recomputation."""

import numpy as np
import pytest
from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.motor import Opname, opname
from openfisca_arbeidsmigratie.tools.bevolking.doorgang import (
    Opdracht,
    Parameterwaarde,
    systemen_van,
)
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import (
    RESULTATEN,
    Werkgevers,
    bereken_blok,
    modelinvoer,
    simuleer,
)
from openfisca_arbeidsmigratie.tools.bevolking.schema import maandkolom, werkgeverkolommen
from openfisca_arbeidsmigratie.tools.kern.hergebruik import Verschil
from openfisca_arbeidsmigratie.tools.kern.register import (
    beschikbare_hervormingen,
    beschikbare_interpretaties,
    pas_toe,
)

DATUM = "2026-06-15"
ALLE = [*beschikbare_hervormingen(), *beschikbare_interpretaties()]


@pytest.fixture(scope="module")
def invoer(systeem):
    personen, werkgevers = genereer(systeem, 2_000, zaad=11, datum=DATUM)
    assert sum(1 for naam in personen.column_names if maandkolom(naam)) >= 24
    return modelinvoer(systeem, personen, Werkgevers(werkgevers, werkgeverkolommen(systeem)))


@pytest.fixture(scope="module")
def variabelen(systeem, invoer):
    """Every variable per day that current law computes or reads for the results."""
    simulatie = simuleer(systeem, invoer, DATUM, opnemen=True)
    for naam in RESULTATEN:
        simulatie.calculate(naam, DATUM)
    namen = opname(simulatie).namen()
    return sorted(n for n in namen if systeem.variables[n].definition_period == DAY)


def _vergelijk(systeem, hervormd, naam, invoer, variabelen):
    herberekend = {}
    samen = bereken_blok(
        {"huidig": systeem, naam: hervormd}, invoer, DATUM, variabelen, herberekend
    )
    alleen = bereken_blok({naam: hervormd}, invoer, DATUM, variabelen)
    for variabele in variabelen:
        np.testing.assert_array_equal(samen[naam][variabele], alleen[naam][variabele], variabele)
    return herberekend[naam]


@pytest.mark.parametrize("naam", ALLE)
def test_hergebruik_gelijk_aan_volledige_herberekening(systeem, invoer, variabelen, naam):
    """Every bundled reform and interpretation variant: the same values, fewer computed."""
    zelf, gelezen = _vergelijk(systeem, pas_toe(systeem, naam), naam, invoer, variabelen)
    assert 0 < zelf < gelezen / 2, (naam, zelf, gelezen)


def test_hergebruik_combinatie_en_parameterwaarde(systeem, invoer, variabelen):
    combinatie = "brede_welvaartstoets+kennismigrant_uitleenverbod"
    _vergelijk(systeem, pas_toe(systeem, combinatie), combinatie, invoer, variabelen)
    waarde = Parameterwaarde("kennismigrant.salariscriterium.jonger_dan_dertig", "2026-01-01", 4000)
    hervormd = systemen_van(systeem, Opdracht(DATUM, (waarde,), huidig_recht=False))[waarde.naam]
    zelf, _ = _vergelijk(systeem, hervormd, waarde.naam, invoer, variabelen)
    assert zelf > 0


def test_geschiedenis_anders_alles_opnieuw(systeem):
    """The monthly history is read without a formula call: changing it recomputes everything."""

    class andere_afwezigheid(Reform):
        def apply(self):
            basis = type(self.get_variable("buiten_nederland"))
            self.update_variable(type("buiten_nederland", (basis,), {}))

    gelezen = Opname()
    gelezen.variabelen["toelatingsroute"] = {"leeftijd"}
    alles = {"toelatingsroute", "leeftijd"}
    assert Verschil(systeem, andere_afwezigheid(systeem)).herberekenen(gelezen) == alles
    assert (
        Verschil(systeem, pas_toe(systeem, "kennismigrant_uitleenverbod")).herberekenen(gelezen)
        == set()
    )


def test_parameter_gelezen_per_blok(systeem):
    """A read that the chunk made decides: a node read whole, a missing name, an unread one."""
    waarde = Parameterwaarde("kennismigrant.salariscriterium.jonger_dan_dertig", "2026-01-01", 4000)
    hervormd = systemen_van(systeem, Opdracht(DATUM, (waarde,), huidig_recht=False))[waarde.naam]
    verschil = Verschil(systeem, hervormd)
    for gelezen, anders in (
        ("kennismigrant.salariscriterium.jonger_dan_dertig", True),
        ("kennismigrant.salariscriterium", True),
        ("kennismigrant.salariscriterium.jonger_dan_dertig.geen_kind", True),
        ("kennismigrant.salariscriterium.dertig_jaar_en_ouder", False),
        ("wav", False),
        ("", True),
    ):
        record = Opname()
        record.variabelen["norm"] = {"leeftijd"}
        record.parameters["norm"] = {gelezen}
        assert (verschil.herberekenen(record) == {"norm"}) is anders, gelezen
