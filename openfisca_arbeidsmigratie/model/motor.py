"""Every use of openfisca-core internals, in one place; each is pinned by a test.

The package otherwise uses openfisca-core's public API only (tests/model/test_motor.py pins each
use below and checks that no other module touches a private engine attribute). Where the engine
has no public way to do what the package needs, the use is here, small and named, so an engine
upgrade that changes it fails in tests/model/test_motor.py rather than silently in a rule or a
tool.
"""

import dpath
import numpy as np
import yaml
from openfisca_core.simulations import Simulation

# Situation errors: SituationParsingError builds its error document with `dpath.new`, which by
# default raises on an empty key; a situation with an empty entity id ("personen": {"": {}})
# then became an internal server error instead of a 400 with a message. dpath has only a global
# option for it.


def sta_lege_sleutels_toe() -> None:
    """Let situation errors name an empty entity id (see above)."""
    dpath.options.ALLOW_EMPTY_STRING_KEYS = True


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


def lege_simulatie(systeem, aantal: int) -> Simulation:
    """OpenFisca's default simulation of `aantal` persons, with integer ids."""
    populaties = systeem.instantiate_entities()
    for populatie in populaties.values():
        populatie.count = aantal
        populatie.ids = np.arange(aantal)
        if hasattr(populatie, "members_entity_id"):
            populatie.members_entity_id = np.arange(aantal)
    return Simulation(systeem, populaties)


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
