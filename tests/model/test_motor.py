"""Pins the openfisca-core behaviour that model/motor.py relies on; an engine upgrade that changes
it fails here. Also checks that no other module touches a private engine attribute."""

import re
from pathlib import Path

import dpath
import numpy as np
import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.model import motor
from openfisca_arbeidsmigratie.model.entities import Persoon

DATUM = "2026-06-15"
WORTEL = Path(__file__).resolve().parents[2]


def _gevraagd(situatie):
    """How the Web API finds the requested computations (openfisca_web_api/handlers.py)."""
    return list(dpath.search(situatie, "*/*/*/*", afilter=lambda t: t is None, yielded=True))


SITUATIE_LEGE_ID = {"personen": {"": {"toelatingsroute": {DATUM: None}}}}


def test_lege_sleutel_in_situatie(systeem):
    motor.sta_lege_sleutels_toe()
    assert _gevraagd(SITUATIE_LEGE_ID) == [(f"personen//toelatingsroute/{DATUM}", None)]
    fout = SituationParsingError(["personen", "", "leeftijd"], "bad id", code=400)
    assert fout.error == {"personen": {"": {"leeftijd": "bad id"}}}


def test_lege_sleutel_zonder_optie_faalt():
    """The option is still needed: without it dpath refuses the empty key."""
    dpath.options.ALLOW_EMPTY_STRING_KEYS = False
    try:
        with pytest.raises(dpath.exceptions.InvalidKeyName):
            _gevraagd(SITUATIE_LEGE_ID)
    finally:
        motor.sta_lege_sleutels_toe()


def test_sla_op_bewaart_zoals_holder(systeem):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=2)
    holder = simulatie.persons.get_holder("leeftijd")
    motor.sla_op(holder, _dag(), np.array([31, 45]))
    np.testing.assert_array_equal(holder.get_array(_dag()), [31, 45])
    with pytest.raises(ValueError, match="length"):
        motor.sla_op(holder, _dag(), np.array([1, 2, 3]))


def test_holder_roept_set_input_van_de_variabele(systeem):
    """Our validation (model/invoer.py) is a variable `set_input`: the holder must call it."""
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=1)
    with pytest.raises(SituationParsingError, match="leeftijd"):
        simulatie.set_input("leeftijd", DATUM, np.array([-1]))


def _dag():
    from openfisca_core import periods

    return periods.period(DATUM)


class _TweeArgumenten(Variable):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "test: formula without parameters"

    def formula(persoon, period):
        return persoon("leeftijd", period) + 1


class _DrieArgumenten(Variable):
    value_type = float
    entity = Persoon
    definition_period = DAY
    label = "test: formula with parameters"

    def formula(persoon, period, parameters):
        return persoon("leeftijd", period) * 0 + parameters(period).wav.minimumloon.uurloon


class _Proef(Reform):
    def apply(self):
        self.add_variable(_TweeArgumenten)
        self.add_variable(_DrieArgumenten)


@pytest.mark.parametrize("naam", ["_TweeArgumenten", "_DrieArgumenten"])
def test_roep_formule_zoals_de_motor(systeem, naam):
    hervormd = _Proef(systeem)
    simulatie = SimulationBuilder().build_default_simulation(hervormd, count=2)
    simulatie.set_input("leeftijd", DATUM, np.array([20, 40]))
    motorwaarde = simulatie.calculate(naam, DATUM)
    variabele = hervormd.variables[naam]
    eigen = motor.roep_formule(
        variabele.get_formula(DATUM),
        simulatie.persons,
        _dag(),
        hervormd.get_parameters_at_instant,
    )
    np.testing.assert_array_equal(motorwaarde, np.asarray(eigen, dtype=motorwaarde.dtype))


def test_lege_simulatie_gelijk_aan_standaard(systeem):
    eigen = motor.lege_simulatie(systeem, 3)
    standaard = SimulationBuilder().build_default_simulation(systeem, count=3)
    assert set(eigen.populations) == set(standaard.populations)
    for naam, populatie in standaard.populations.items():
        nieuw = eigen.populations[naam]
        assert nieuw.count == populatie.count == 3
        np.testing.assert_array_equal(nieuw.ids, populatie.ids)
        if hasattr(populatie, "members_entity_id"):
            np.testing.assert_array_equal(nieuw.members_entity_id, populatie.members_entity_id)
            np.testing.assert_array_equal(nieuw.members_role, populatie.members_role)
    for simulatie in (eigen, standaard):
        simulatie.set_input("leeftijd", DATUM, np.array([25, 35, 45]))
    for variabele in ("toelatingsroute", "erkend_referent_weigeringsgrond"):
        np.testing.assert_array_equal(
            eigen.calculate(variabele, DATUM), standaard.calculate(variabele, DATUM)
        )


def test_rekenboom(systeem):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=1)
    simulatie.trace = True
    simulatie.calculate("kennismigrant_salarisnorm", DATUM)
    wortel = motor.rekenboom(simulatie)
    assert wortel.name == "kennismigrant_salarisnorm"
    assert str(wortel.period) == DATUM
    assert len(wortel.value) == 1
    kinderen = {kind.name for kind in wortel.children}
    assert "kennismigrant_salariscriterium_categorie" in kinderen

    def parameters(knoop):
        yield from knoop.parameters
        for kind in knoop.children:
            yield from parameters(kind)

    gelezen = {p.name: p.value for p in parameters(wortel)}
    assert gelezen["kennismigrant.salariscriterium.dertig_jaar_en_ouder"] == 5942


def test_rekenbomen_een_per_gevraagde_variabele(systeem):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=1)
    simulatie.trace = True
    simulatie.calculate("kennismigrant_salarisnorm", DATUM)
    simulatie.calculate("toelatingsroute", DATUM)
    bomen = motor.rekenbomen(simulatie)
    assert [boom.name for boom in bomen] == ["kennismigrant_salarisnorm", "toelatingsroute"]
    assert all(hasattr(boom, "children") for boom in bomen)


def test_hugepageschakelaar_van_numpy():
    """numpy's huge-page switch is where `hugepageschakelaar` looks; it returns the old setting."""
    schakelaar = motor.hugepageschakelaar()
    assert schakelaar is not None
    vorige = schakelaar(False)
    try:
        assert schakelaar(True) is False
        assert schakelaar(vorige) is True
    finally:
        schakelaar(vorige)


PRIVE = [
    re.compile(r"(?<!self)(?<!cls)(?<!\bos)\._[A-Za-z]\w*"),
    re.compile(r"from openfisca_core[\w.]* import .*\b_[A-Za-z]"),
    re.compile(r"\b_Build\w*"),
    re.compile(r"\bdpath\b"),
    re.compile(r"\.tracer\b"),
    re.compile(r"__dict__|(?<![\w.])setattr\("),
]


def test_geen_prive_motorgebruik_buiten_motor():
    """Private engine attributes, engine state and dpath only in model/motor.py."""
    gevonden = []
    for map_ in ("openfisca_arbeidsmigratie", "variables", "reforms", "benchmarks", "tests"):
        for bestand in sorted((WORTEL / map_).rglob("*.py")):
            if bestand.name in ("motor.py", "test_motor.py"):
                continue
            for nummer, regel in enumerate(bestand.read_text(encoding="utf-8").splitlines(), 1):
                if any(patroon.search(regel) for patroon in PRIVE):
                    gevonden.append(f"{bestand.relative_to(WORTEL)}:{nummer}: {regel.strip()}")
    assert not gevonden, "\n".join(gevonden)


def test_grep_laat_os_exit_door():
    assert not any(patroon.search("    os._exit(status)") for patroon in PRIVE)


def test_grep_vindt_prive_gebruik():
    for regel in (
        "    return holder._set(period, array)",
        "from openfisca_core.simulations._build_default_simulation import _BuildDefaultSimulation",
        "dpath.options.ALLOW_EMPTY_STRING_KEYS = True",
        "return stap(simulatie.tracer.trees[0])",
        "opslag = populatie.__dict__.setdefault('x', {})",
        "setattr(simulatie, NAAM, opslag)",
    ):
        assert any(patroon.search(regel) for patroon in PRIVE), regel


def test_motor_vraagt_de_formule_per_periode(systeem):
    """model/bereik.py checks the date in `Variabele.get_formula`: the engine must ask a variable
    for its formula with the period of every computation that has no input."""
    gevraagd = []

    class _Telbasis(Variable):
        def get_formula(self, period=None):
            gevraagd.append(str(period))
            return super().get_formula(period)

    class _Teller(_Telbasis):
        value_type = int
        entity = Persoon
        definition_period = DAY
        label = "test: records the periods its formula is asked for"

        def formula(persoon, period):
            return persoon("leeftijd", period)

    class _MetTeller(Reform):
        def apply(self):
            self.add_variable(_Teller)

    simulatie = SimulationBuilder().build_default_simulation(_MetTeller(systeem), count=1)
    simulatie.calculate("_Teller", DATUM)
    simulatie.calculate("_Teller", "2026-06-16")
    assert gevraagd == [DATUM, "2026-06-16"]


def test_opname_leest_elke_berekening_en_parameter(systeem):
    """The record of what each formula read: the engine reports every `calculate`, also of a
    value already known, with the caller on the tracer's stack, and the leaves read."""
    simulatie = motor.lege_simulatie(systeem, 2, opnemen=True)
    simulatie.set_input("leeftijd", DATUM, np.array([25, 35]))
    simulatie.calculate("kennismigrant_salarisnorm", DATUM)
    simulatie.calculate("kennismigrant_salarisnorm", DATUM)
    gelezen = motor.opname(simulatie)
    assert (
        "kennismigrant_salariscriterium_categorie"
        in gelezen.variabelen["kennismigrant_salarisnorm"]
    )
    assert "leeftijd" in gelezen.namen()
    assert (
        "kennismigrant.salariscriterium.dertig_jaar_en_ouder"
        in gelezen.parameters["kennismigrant_salarisnorm"]
        | gelezen.parameters["kennismigrant_salariscriterium_categorie"]
    )
    opnieuw = motor.lege_simulatie(systeem, 2, opnemen=True)
    opnieuw.set_input("leeftijd", DATUM, np.array([25, 35]))
    opnieuw.calculate("kennismigrant_salariscriterium_categorie", DATUM)
    opnieuw.calculate("kennismigrant_salarisnorm", DATUM)
    assert (
        "kennismigrant_salariscriterium_categorie"
        in motor.opname(opnieuw).variabelen["kennismigrant_salarisnorm"]
    )


def test_opname_leest_ook_knopen_schalen_en_ontbrekende_namen(systeem):
    from openfisca_core.errors import ParameterNotFoundError

    simulatie = motor.lege_simulatie(systeem, 1, opnemen=True)
    gelezen = motor.opname(simulatie)
    gelezen.record_calculation_start("x", _dag())
    knoop = simulatie.trace_parameters_at_instant(_dag().start)
    assert list(knoop.kennismigrant.salariscriterium)
    assert "uurloon" in knoop.wav.minimumloon
    knoop.wav.minimumloon.jeugdloon_percentage.calc(np.array([20]))
    assert knoop.wav.minimumloon.uurloon > 0
    with pytest.raises(ParameterNotFoundError):
        getattr(knoop.wav, "bestaat_niet")  # noqa: B009 - the engine's __getattr__ is tested
    with pytest.raises(ParameterNotFoundError):
        knoop.wav["bestaat_niet"]
    assert gelezen.parameters["x"] == {
        "kennismigrant.salariscriterium",
        "wav.minimumloon",
        "wav.minimumloon.jeugdloon_percentage",
        "wav.minimumloon.uurloon",
        "wav.bestaat_niet",
    }
    gelezen.record_calculation_end()


def test_neem_over_deelt_alleen_lezen_en_laat_invoer(systeem):
    van = motor.lege_simulatie(systeem, 2)
    naar = motor.lege_simulatie(systeem, 2)
    for simulatie, leeftijd in ((van, [25, 35]), (naar, [40, 50])):
        simulatie.set_input("leeftijd", DATUM, np.array(leeftijd))
    norm = van.calculate("kennismigrant_salarisnorm", DATUM)
    motor.neem_over(van, naar, ["kennismigrant_salarisnorm", "leeftijd"])
    overgenomen = naar.calculate("kennismigrant_salarisnorm", DATUM)
    np.testing.assert_array_equal(overgenomen, norm)
    assert np.shares_memory(overgenomen, norm) and not overgenomen.flags.writeable
    np.testing.assert_array_equal(naar.calculate("leeftijd", DATUM), [40, 50])


def test_voeg_samen_plaatst_elke_invoer(systeem):
    """Each case's inputs at its position (as the engine spread them over months), defaults
    elsewhere; a variable with a formula given in some cases only is reported."""
    losse = [
        SimulationBuilder().build_from_entities(
            systeem,
            {
                "personen": {
                    "p": {"leeftijd": {DATUM: 30}, "verblijfsdoel": {"month:2020-03:2": "studie"}}
                },
                "werkgevers": {"w": {"werknemers": ["p"]}},
            },
        ),
        SimulationBuilder().build_from_entities(
            systeem,
            {
                "personen": {"q": {"verblijfsdoel": {"2020-04": "arbeid_kennismigrant"}}},
                "werkgevers": {"w": {"werknemers": ["q"], "erkend_referent": {DATUM: True}}},
            },
        ),
    ]
    samen, deels = motor.voeg_samen(systeem, losse)
    assert deels == {("leeftijd", DATUM): {0}}
    np.testing.assert_array_equal(samen.calculate("leeftijd", DATUM), [30, 0])
    assert list(samen.calculate("verblijfsdoel", "2020-03").decode_to_str()) == ["studie", "geen"]
    assert list(samen.calculate("verblijfsdoel", "2020-04").decode_to_str()) == [
        "studie",
        "arbeid_kennismigrant",
    ]
    np.testing.assert_array_equal(samen.calculate("erkend_referent", DATUM), [False, True])
    twee = SimulationBuilder().build_default_simulation(systeem, count=2)
    assert motor.voeg_samen(systeem, [twee]) is None


def _zelfde_boom(a, b, pad="parameters", gezien=None):
    """Two parameter trees hold the same values everywhere and share no mutable object."""
    gezien = set() if gezien is None else gezien
    if (id(a), id(b)) in gezien:
        return
    gezien.add((id(a), id(b)))
    assert type(a) is type(b), pad
    if isinstance(a, str | int | float | type(None)):
        assert a == b, pad
    elif isinstance(a, dict):
        assert list(a) == list(b), pad
        assert a is not b or not a, pad
        for sleutel in a:
            _zelfde_boom(a[sleutel], b[sleutel], f"{pad}.{sleutel}", gezien)
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), pad
        assert isinstance(a, tuple) or a is not b or not a, pad
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _zelfde_boom(x, y, f"{pad}[{i}]", gezien)
    elif isinstance(a, np.ndarray):
        np.testing.assert_array_equal(a, b, err_msg=pad)
    elif type(a).__module__.startswith("openfisca_core"):
        assert a is not b, pad
        _zelfde_boom(vars(a), vars(b), pad, gezien)
    else:
        assert a == b, pad


@pytest.mark.parametrize("soort", ["hervormingen", "interpretaties"])
def test_hervorming_kopieert_parameters_als_de_motor(systeem, soort):
    """Every bundled reform and variant, and a parameter-change file, has the same parameters
    with `kopieer_parameters` as with the engine's deep copy; the baseline's stay untouched."""
    from openfisca_arbeidsmigratie.tools.kern import register

    klassen = list(getattr(register, f"beschikbare_{soort}")().values())
    if soort == "hervormingen":
        wijzigingen = sorted((WORTEL / "reforms" / "wijzigingen").glob("*.yaml"))
        klassen.append(register.parameterhervorming(wijzigingen[0]))
    voor = motor.kopieer_parameters(systeem.parameters)
    for klasse in klassen:
        assert Reform.modify_parameters is motor._wijzig_parameters
        snel = klasse(systeem)
        Reform.modify_parameters = motor.ENGINE_MODIFY_PARAMETERS
        try:
            motor_kopie = klasse(systeem)
        finally:
            motor.snelle_hervormingen()
        assert snel.parameters is not systeem.parameters, klasse.__name__
        _zelfde_boom(snel.parameters, motor_kopie.parameters, klasse.__name__)
    _zelfde_boom(voor, systeem.parameters)


def test_motor_kopieert_parameters_diep():
    """The engine's `modify_parameters` still deep-copies the baseline's parameters and clears
    the reform's parameter cache: `_wijzig_parameters` does the same."""
    import inspect

    bron = inspect.getsource(motor.ENGINE_MODIFY_PARAMETERS)
    assert "copy.deepcopy(baseline_parameters)" in bron
    assert "self._parameters_at_instant_cache = {}" in bron
    assert "self.parameters = reform_parameters" in bron


def test_vergeet_yaml_systemen_na_een_vrijgegeven_systeem(systeem):
    """openfisca-core's YAML runner caches its systems by `id(baseline)`: a system that gets a
    freed system's id is tested as that one (planted here) until the cache is emptied."""
    from openfisca_core.tools import test_runner

    vrijgegeven = object()
    sleutel = hash((id(systeem), "", frozenset()))
    test_runner._tax_benefit_system_cache[sleutel] = vrijgegeven
    assert test_runner._get_tax_benefit_system(systeem, [], []) is vrijgegeven
    motor.vergeet_yaml_systemen()
    assert sleutel not in test_runner._tax_benefit_system_cache
    gekloond = test_runner._get_tax_benefit_system(systeem, [], [])
    assert gekloond is not vrijgegeven and gekloond.variables.keys() == systeem.variables.keys()
    motor.vergeet_yaml_systemen()


def test_neem_over_laat_geneutraliseerde_variabele_neutraal(systeem):
    """A variable the receiving system neutralises keeps its default: its value is not put in."""

    class Neutraal(Reform):
        def apply(self):
            self.neutralize_variable("kennismigrant_salarisnorm")

    van = motor.lege_simulatie(systeem, 2)
    naar = motor.lege_simulatie(Neutraal(systeem), 2)
    van.set_input("leeftijd", DATUM, np.array([25, 35]))
    assert van.calculate("kennismigrant_salarisnorm", DATUM).any()
    motor.neem_over(van, naar, ["kennismigrant_salarisnorm"])
    np.testing.assert_array_equal(naar.calculate("kennismigrant_salarisnorm", DATUM), [0, 0])


@pytest.mark.parametrize("opnemen", [False, True])
def test_ontruim_laat_geen_kringen_achter(systeem, opnemen):
    """After `ontruim` reference counting frees the whole simulation: the garbage collector finds
    nothing of it, and a result read before stays as it was."""
    import gc

    gc.collect()
    simulatie = motor.lege_simulatie(systeem, 3, opnemen)
    simulatie.set_input("leeftijd", DATUM, np.array([20, 30, 40]))
    route = simulatie.calculate("toelatingsroute", DATUM)
    verwacht = route.copy()
    motor.ontruim(simulatie)
    del simulatie
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        soorten = {type(o).__name__ for o in gc.garbage}
    finally:
        gc.garbage.clear()
        gc.set_debug(0)
    assert not soorten & {"Simulation", "Population", "GroupPopulation", "Holder"}
    np.testing.assert_array_equal(route, verwacht)


def test_neem_over_volgt_de_zwarte_lijst_van_de_cache(systeem):
    """A variable the receiving simulation keeps out of its cache (`cache_blacklist` with
    `opt_out_cache`, as `put_in_cache` reads them) is not put in."""
    van = motor.lege_simulatie(systeem, 2)
    naar = motor.lege_simulatie(systeem, 2)
    van.set_input("leeftijd", DATUM, np.array([25, 35]))
    van.calculate("kennismigrant_salarisnorm", DATUM)
    oud = systeem.cache_blacklist
    systeem.cache_blacklist = {"kennismigrant_salarisnorm"}
    try:
        naar.opt_out_cache = True
        motor.neem_over(van, naar, ["kennismigrant_salarisnorm"])
        assert naar.get_holder("kennismigrant_salarisnorm").get_known_periods() == []
    finally:
        systeem.cache_blacklist = oud
