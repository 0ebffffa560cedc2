"""The residence-history walk is shared by what it reads: the history and its arguments."""

from collections import OrderedDict

import numpy as np
import pytest
from openfisca_core import periods
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model import maandreeks, verblijfsgeschiedenis
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.motor import lege_simulatie

DATUM = "2026-06-15"
MAANDEN = 130


class LangerWeg(Reform):
    """Main residence moves abroad only after 12 consecutive months outside the Netherlands."""

    def apply(self):
        def wijzig(parameters):
            parameters.verblijf.onbepaalde_tijd.hoofdverblijf_verplaatst_maanden_buiten.update(
                start=periods.instant("2013-01-01"), value=12
            )
            return parameters

        self.modify_parameters(modifier_function=wijzig)


def simulatie(systeem, doel="arbeid_kennismigrant", weg_vanaf=10, weg_maanden=8):
    sim = lege_simulatie(systeem, 2)
    maand = periods.period(DATUM).first_month
    for k in range(MAANDEN):
        vorige = maand.offset(-1 - k)
        sim.set_input("verblijfsdoel", vorige, np.array([doel, "studie"]))
        weg = weg_vanaf <= k < weg_vanaf + weg_maanden
        sim.set_input("buiten_nederland", vorige, np.array([weg, False]))
    return sim


@pytest.fixture
def wandelingen(monkeypatch):
    teller = []
    echt = verblijfsgeschiedenis.tel_verblijf

    def tel(*argumenten):
        teller.append(1)
        return echt(*argumenten)

    monkeypatch.setattr(verblijfsgeschiedenis, "tel_verblijf", tel)
    monkeypatch.setattr(maandreeks, "_wandelingen", OrderedDict())
    return teller


def test_zelfde_geschiedenis_en_argumenten_delen_de_wandeling(systeem, wandelingen):
    eerste = simulatie(systeem).calculate("verblijfsduur_maanden_vvo", DATUM)
    assert len(wandelingen) == 1
    simulatie(systeem).calculate("rechtmatig_verblijf_maanden", DATUM)
    tweede = simulatie(systeem).calculate("verblijfsduur_maanden_vvo", DATUM)
    assert len(wandelingen) == 1
    np.testing.assert_array_equal(eerste, tweede)


def test_andere_parameter_andere_wandeling(systeem, wandelingen):
    huidig = simulatie(systeem).calculate("verblijfsduur_maanden_vvo", DATUM)
    hervormd = simulatie(LangerWeg(systeem)).calculate("verblijfsduur_maanden_vvo", DATUM)
    assert len(wandelingen) == 2
    assert huidig[0] == 10
    assert hervormd[0] > huidig[0]


def test_andere_geschiedenis_andere_wandeling(systeem, wandelingen):
    kort = simulatie(systeem, weg_maanden=8).calculate("verblijfsduur_maanden_vvo", DATUM)
    lang = simulatie(systeem, weg_maanden=3).calculate("verblijfsduur_maanden_vvo", DATUM)
    assert len(wandelingen) == 2
    assert kort[0] != lang[0]


def test_wandeling_met_verborgen_invoer_geweigerd(systeem):
    verborgen = Verblijfsdoel.studie.index

    def wandeling(doelen, buiten):
        return doelen[0] == verborgen

    with pytest.raises(TypeError, match="verborgen"):
        maandreeks.gedeelde_wandeling(
            simulatie(systeem).persons, periods.period(DATUM), 3, wandeling
        )


def _eerste_maand(doelen, buiten):
    return doelen[0] == Verblijfsdoel.studie.index


def test_gedeelde_uitkomst_alleen_lezen(systeem):
    uitkomst = maandreeks.gedeelde_wandeling(
        simulatie(systeem).persons, periods.period(DATUM), 3, _eerste_maand
    )
    np.testing.assert_array_equal(uitkomst, [False, True])
    with pytest.raises(ValueError, match="read-only"):
        uitkomst[0] = True


def test_maandreeks_geeft_dezelfde_wandeling(systeem, wandelingen):
    verwacht = simulatie(systeem).calculate("verblijfsduur_maanden_vvo", DATUM)
    maand = periods.period(DATUM).first_month
    maanden = [str(maand.offset(-1 - k)) for k in range(MAANDEN)]
    doelen = np.tile(
        np.array([Verblijfsdoel.arbeid_kennismigrant.index, Verblijfsdoel.studie.index], np.int16),
        (MAANDEN, 1),
    )
    buiten = np.zeros((MAANDEN, 2), dtype=bool)
    buiten[10:18, 0] = True
    reeks = maandreeks.Maandreeks(maanden, doelen, buiten)
    for _ in range(2):
        zonder_invoer = lege_simulatie(systeem, 2)
        maandreeks.koppel_maandreeks(zonder_invoer.persons, reeks)
        gekregen = zonder_invoer.calculate("verblijfsduur_maanden_vvo", DATUM)
        np.testing.assert_array_equal(gekregen, verwacht)
    # One walk over the inputs, one over the series, shared by both simulations of the series.
    assert len(wandelingen) == 2
    with pytest.raises(ValueError, match="read-only"):
        doelen[0, 0] = Verblijfsdoel.geen.index


class VerblijfsdoelBerekend(Reform):
    """Test reform: the purpose of residence computed (every month as knowledge migrant)."""

    def apply(self):
        basis = self.variables["verblijfsdoel"]

        class verblijfsdoel(type(basis)):
            def formula(persoon, period):
                return np.full(persoon.count, Verblijfsdoel.arbeid_kennismigrant)

        self.update_variable(verblijfsdoel)


def test_berekend_verblijfsdoel_wordt_gelezen(systeem):
    """Months without an input are read from the simulation when the purpose has a formula."""
    zonder_invoer = lege_simulatie(VerblijfsdoelBerekend(systeem), 2)
    maanden = zonder_invoer.calculate("verblijfsduur_maanden_vvo", DATUM)
    assert (maanden > 0).all()
    assert (lege_simulatie(systeem, 2).calculate("verblijfsduur_maanden_vvo", DATUM) == 0).all()
