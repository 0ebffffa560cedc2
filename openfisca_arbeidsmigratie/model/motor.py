"""Every use of openfisca-core internals (and of numpy's one private switch), in one place; each
is pinned by a test.

The package otherwise uses openfisca-core's public API only (tests/model/test_motor.py pins each
use below and checks that no other module touches a private engine attribute). Where the engine
has no public way to do what the package needs, the use is here, small and named, so an engine
upgrade that changes it fails in tests/model/test_motor.py rather than silently in a rule or a
tool.
"""

import copy
import importlib
import pickle
from collections import defaultdict

import dpath
import numpy as np
import yaml
from openfisca_core.parameters import (
    ParameterNode,
    ParameterNodeAtInstant,
    VectorialParameterNodeAtInstant,
)
from openfisca_core.reforms import Reform
from openfisca_core.simulations import Simulation
from openfisca_core.tracers import SimpleTracer, TracingParameterNodeAtInstant

# Situation errors: SituationParsingError builds its error document with `dpath.new`, which by
# default raises on an empty key; a situation with an empty entity id ("personen": {"": {}})
# then became an internal server error instead of a 400 with a message. dpath has only a global
# option for it.


def sta_lege_sleutels_toe() -> None:
    """Let situation errors name an empty entity id (see above)."""
    dpath.options.ALLOW_EMPTY_STRING_KEYS = True


# Reforms: `Reform.modify_parameters` copies the baseline's whole parameter tree with
# `copy.deepcopy` before the reform changes it, most of the time a reform takes to build (0.02-0.05
# s each). A pickle round trip makes the same copy (the parameter classes define no copy hooks, so
# both go through `__reduce_ex__`) several times faster; a tree that does not pickle is deep-copied.


def kopieer_parameters(parameters):
    """A copy of a parameter tree that shares nothing with it, as `copy.deepcopy` makes."""
    try:
        return pickle.loads(pickle.dumps(parameters, pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError):
        return copy.deepcopy(parameters)


def _wijzig_parameters(reform, modifier_function):
    """`Reform.modify_parameters` (openfisca-core 46) with the faster copy."""
    nieuw = modifier_function(kopieer_parameters(reform.baseline.parameters))
    if not isinstance(nieuw, ParameterNode):
        raise ValueError(
            f"modifier_function {modifier_function.__name__} in module "
            f"{modifier_function.__module__} must return a ParameterNode",
        )
    reform.parameters = nieuw
    reform._parameters_at_instant_cache = {}


ENGINE_MODIFY_PARAMETERS = Reform.modify_parameters


def snelle_hervormingen() -> None:
    """Every reform copies its baseline's parameters with `kopieer_parameters`."""
    Reform.modify_parameters = _wijzig_parameters


# Input values: a variable's `set_input` (our validation in model/invoer.py) replaces the
# holder's own storing; when the variable has no period-spreading function, the value is stored
# as the holder stores it without one (`Holder._set`), for which there is no public name.


def sla_op(holder, period, array):
    """Store an input array in a holder, as `Holder.set_input` does for a plain variable."""
    return holder._set(period, array)


# Formulas: the engine calls a formula with (population, period) when it takes two arguments and
# with (population, period, parameters) otherwise (`Simulation._run_formula`). A formula that calls
# another formula (model/hervorming.py) follows the same convention.


def roep_formule(formule, populatie, period, parameters):
    """Call a variable's formula as the engine does."""
    if formule.__code__.co_argcount == 2:
        return formule(populatie, period)
    return formule(populatie, period, parameters)


# Simulations for population runs: `SimulationBuilder.build_default_simulation` (one group entity
# per person, every person in the first role) makes its ids with `numpy.array(range(n))`, about a
# tenth of a second per million persons and per entity; the same simulation with `arange` ids.


def lege_simulatie(systeem, aantal: int, opnemen: bool = False) -> Simulation:
    """OpenFisca's default simulation of `aantal` persons, with integer ids; with `opnemen`, one
    that records what each formula reads (`opname`)."""
    populaties = systeem.instantiate_entities()
    for populatie in populaties.values():
        populatie.count = aantal
        populatie.ids = np.arange(aantal)
        if hasattr(populatie, "members_entity_id"):
            populatie.members_entity_id = np.arange(aantal)
    simulatie = Simulation(systeem, populaties)
    return neem_op(simulatie) if opnemen else simulatie


# What a formula reads: the engine tells its tracer each `calculate` (also of a value already
# known) while the calling formula is on the tracer's stack, and, when `simulation.trace` is on,
# gives formulas their parameters through `Simulation.trace_parameters_at_instant`, whose nodes
# tell the tracer the leaves read (`TracingParameterNodeAtInstant`). Those nodes leave out reads
# that are not a number, string or array (a scale, `node._children`), iterating a node and `in`;
# the nodes here record those too, as a read of the node or of the name asked for.


class Opname(SimpleTracer):
    """Per variable: the variables (`variabelen`) and parameter names (`parameters`) its formula
    read, over every period; and each (variable, period) asked for, with the period of the
    computation it was asked in (`perioden`: (variable, period, first period))."""

    def __init__(self):
        super().__init__()
        self.variabelen = defaultdict(set)
        self.parameters = defaultdict(set)
        self.perioden = set()

    def record_calculation_start(self, variable, period):
        eerste = self.stack[0]["period"] if self.stack else period
        self.perioden.add((variable, period, eerste))
        if self.stack:
            self.variabelen[self.stack[-1]["name"]].add(variable)
        else:
            self.variabelen.setdefault(variable, set())
        super().record_calculation_start(variable, period)

    def namen(self) -> set[str]:
        """Every variable computed or read."""
        return set(self.variabelen).union(*self.variabelen.values())

    def record_parameter_access(self, parameter, period, value):
        self.parameters[self.stack[-1]["name"]].add(parameter.lstrip("."))

    def lees(self, naam: str) -> None:
        self.parameters[self.stack[-1]["name"]].add(naam.lstrip("."))


class _Parameteropname(TracingParameterNodeAtInstant):
    def __getattr__(self, key):
        return self._lees(getattr, key)

    def __getitem__(self, key):
        return self._lees(type(self.parameter_node_at_instant).__getitem__, key)

    def _lees(self, vraag, key):
        """A read that fails (a name the node has not on the date) is a read of that name."""
        knoop = self.parameter_node_at_instant
        try:
            kind = vraag(knoop, key)
        except Exception:
            self.tracer.lees(f"{knoop._name}.{key}" if isinstance(key, str) else knoop._name)
            raise
        return self.get_traced_child(kind, key)

    def get_traced_child(self, child, key):
        knoop = self.parameter_node_at_instant
        if isinstance(child, ParameterNodeAtInstant | VectorialParameterNodeAtInstant):
            return _Parameteropname(child, self.tracer)
        vectorieel = isinstance(knoop, VectorialParameterNodeAtInstant)
        naam = knoop._name if vectorieel or not isinstance(key, str) else f"{knoop._name}.{key}"
        self.tracer.lees(naam)
        return child

    def __iter__(self):
        self.tracer.lees(self.parameter_node_at_instant._name)
        return super().__iter__()

    def __contains__(self, key) -> bool:
        self.tracer.lees(self.parameter_node_at_instant._name)
        return super().__contains__(key)


def neem_op(simulatie):
    """The simulation, from now on recording what each formula reads (`opname`)."""
    simulatie.trace = True
    simulatie.tracer = Opname()

    def parameters(formula_period):
        systeem = simulatie.tax_benefit_system
        return _Parameteropname(systeem.get_parameters_at_instant(formula_period), simulatie.tracer)

    simulatie.trace_parameters_at_instant = parameters
    return simulatie


def opname(simulatie) -> Opname:
    """What each formula of a simulation made with `neem_op` (or `lege_simulatie(..., opnemen=
    True)`) read."""
    return simulatie.tracer


# Taking values over: a value is put in a simulation's cache as the engine puts a formula's
# result there (`Holder.put_in_cache`), for every period the other simulation knows; a value the
# simulation already has (an input) stays. The arrays are shared, read-only. Where the receiving
# holder stores in memory only (no disk storage, not neutralised, stored at all: every population
# run's simulation), the value goes into its memory storage's dict directly, as `put_in_cache`
# would put it there after its checks, which the same variable's value from the same-sized
# simulation passed already; a reform's own version of a variable is never taken over.


def neem_over(van, naar, namen) -> None:
    """Every known value of the variables `namen` of simulation `van` into simulation `naar`."""
    for naam in namen:
        bron, doel = van.get_holder(naam), naar.get_holder(naam)
        if (
            bron._disk_storage
            or doel._disk_storage
            or bron.variable.is_neutralized
            or doel.variable.is_neutralized
        ):
            _neem_over_via_holder(bron, doel)
            continue
        if doel._do_not_store or _buiten_cache(naar, naam):
            continue
        waarden = doel._memory_storage._arrays
        for periode, waarde in bron._memory_storage._arrays.items():
            if periode not in waarden:
                waarden[periode] = _alleen_lezen(waarde)


def _buiten_cache(simulatie, naam: str) -> bool:
    """Whether `put_in_cache` leaves the variable out (the system's cache blacklist, opted into)."""
    zwarte_lijst = simulatie.tax_benefit_system.cache_blacklist
    return bool(simulatie.opt_out_cache and zwarte_lijst and naam in zwarte_lijst)


def _neem_over_via_holder(bron, doel) -> None:
    for periode in bron.get_known_periods():
        if doel.get_array(periode) is None:
            doel.put_in_cache(_alleen_lezen(bron.get_array(periode)), periode)


def _alleen_lezen(waarde):
    waarde = waarde.view()
    waarde.flags.writeable = False
    return waarde


# Releasing a simulation: its populations refer to it and its holders to them (and a recording
# simulation's parameter function, `neem_op`, to it), so its arrays would live until the garbage
# collector's next full pass finds the cycles. A population run is done with a simulation once its
# results are read: emptying its holders' storage and cutting those links frees its arrays at once
# by reference counting (an array still referred to elsewhere, such as a result read, stays).


def ontruim(simulatie) -> None:
    """Free the arrays a simulation holds, now; the simulation is not to be used afterwards."""
    for populatie in simulatie.populations.values():
        for holder in populatie._holders.values():
            holder._memory_storage._arrays.clear()
        populatie._holders.clear()
        populatie.simulation = None
    vars(simulatie).pop("trace_parameters_at_instant", None)


# The tracer: the tree of computations of a traced simulation (`simulation.tracer.trees`), each
# node with `name`, `period`, `value`, `children` and `parameters` (each with `name`, `value`).


def rekenboom(simulatie):
    """The root of the computation tree of the first variable a traced simulation computed."""
    return simulatie.tracer.trees[0]


def rekenbomen(simulatie) -> list:
    """The roots of the computation trees of a traced simulation, one per variable asked for."""
    return list(simulatie.tracer.trees)


# Statutory tests: openfisca-core's YAML test runner (`openfisca test`) reads case files with
# PyYAML's full loader (`yaml.CLoader`), which runs the Python a `!!python/object/apply` tag
# names. The runner takes the loader from its module attribute `Loader` and has no option for it.

VEILIGE_LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def veilige_yaml_tests(lader=VEILIGE_LADER) -> None:
    """Make openfisca-core's YAML test runner read case files with a safe loader (`lader`, a
    subclass of PyYAML's safe constructor; the tools give theirs, with limits)."""
    from openfisca_core.tools import test_runner

    test_runner.Loader = lader


# One simulation of several one-person cases: the inputs each case's own simulation holds (its
# holders' values, `Population._holders`, after the engine spread them over periods) are placed at
# the case's position; a variable a case did not give has its default there, as in the case's own
# simulation, unless it has a formula: for such a (variable, period) the positions given are
# returned, and a result is the case's own only if no computation of a case outside them read it.


def voeg_samen(systeem, losse: list):
    """(simulation, {(variable, period as text): positions given}) where person `i` and group `i`
    of the simulation are those of the one-person simulation `losse[i]`, with their inputs; the
    mapping holds the variables with a formula given in some cases only (see above). None when
    a simulation has more than one person or group."""
    gegeven: dict = {}
    for i, simulatie in enumerate(losse):
        for sleutel, populatie in simulatie.populations.items():
            if populatie.count != 1:
                return None
            for naam, holder in populatie._holders.items():
                for periode in holder.get_known_periods():
                    plek = gegeven.setdefault((sleutel, naam, periode), {})
                    plek[i] = holder.get_array(periode)
    samen = lege_simulatie(systeem, len(losse))
    deels = {}
    for (sleutel, naam, periode), waarden in gegeven.items():
        holder = samen.populations[sleutel].get_holder(naam)
        if holder.variable.formulas and len(waarden) < len(losse):
            deels[(naam, str(periode))] = set(waarden)
        array = holder.default_array()
        for i, waarde in waarden.items():
            array[i] = waarde[0]
        sla_op(holder, periode, array)
    return samen, deels


# The runner also keeps the systems it tests in a module cache keyed by `id(baseline)`: a system
# built after another was freed may get the freed one's id and then be tested as the freed one.


def vergeet_yaml_systemen() -> None:
    """Empty openfisca-core's YAML test runner's cache of systems (see above), before testing a
    system that may have been built after another was freed (the mutation score's mutants)."""
    from openfisca_core.tools import test_runner

    test_runner._tax_benefit_system_cache.clear()


def hugepageschakelaar():
    """numpy's own switch for huge pages, `_set_madvise_hugepage` (the one the variable
    NUMPY_MADVISE_HUGEPAGE sets when numpy loads; numpy 2 keeps it in `numpy._core`, numpy 1 in
    `numpy.core`), or None. Used by `tools.kern.geheugen.zonder_hugepages`."""
    for naam in ("numpy._core.multiarray", "numpy.core.multiarray"):
        try:
            module = importlib.import_module(naam)
        except ImportError:
            continue
        return getattr(module, "_set_madvise_hugepage", None)
    return None
