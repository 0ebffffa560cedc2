"""Reforms reuse current law: in a simulation of the same persons and inputs (a population
chunk, the bundled examples), a reform recomputes only what its changes reach.

Current law's simulation records what each formula read (`motor.opname`): the variables it asked
for and the parameters it read. A variable of a reform takes current law's values when its
definition is the same object in both systems, every parameter its formula read has the same
dated values (and the same subtree, for a node) in both, and every variable it read takes current
law's values too; all other variables are recomputed. A formula reads only what it asks the engine
for, so with the same values read it takes the same branches and gives the same result. The
record is of this simulation's own computation (a formula may skip a read for some persons' data,
e.g. a salary category nobody in the chunk falls in: `enums.bedrag_per_categorie`), so
it is made for every chunk, not once from a small sample; what differs between two systems
(`Verschil`) is worked out once per pair of systems and process.

The monthly history (`GESCHIEDENIS`) is read without a formula call: a reform that changes its
variables recomputes everything.
"""

from collections import deque
from functools import lru_cache

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from openfisca_arbeidsmigratie.model.maandreeks import GESCHIEDENIS
from openfisca_arbeidsmigratie.model.motor import Opname


def _vorm(knoop):
    """A parameter (sub)tree as a value: its dated values and its structure."""
    if isinstance(knoop, Parameter):
        return ("p", tuple((w.instant_str, _waarde(w.value)) for w in knoop.values_list))
    if isinstance(knoop, ParameterScale):
        soort = (knoop.metadata.get("type"), knoop.metadata.get("rate_unit"))
        return ("s", soort, tuple(_vorm(schijf) for schijf in knoop.brackets))
    if isinstance(knoop, ParameterNode):
        return ("n", tuple(sorted((k, _vorm(c)) for k, c in knoop.children.items())))
    return ("?", id(knoop))


def _waarde(waarde):
    return tuple(waarde) if isinstance(waarde, list) else waarde


def _knoop(parameters, naam: str):
    """The deepest node on the dotted path `naam` (a read of `node.x` where `x` is no child is a
    read of the node)."""
    knoop = parameters
    for deel in naam.split(".") if naam else ():
        kinderen = getattr(knoop, "children", None)
        if kinderen is None or deel not in kinderen:
            break
        knoop = kinderen[deel]
    return knoop


class Verschil:
    """What differs between a system (`basis`) and another (`systeem`), asked per name."""

    def __init__(self, basis, systeem):
        self.basis = basis
        self.systeem = systeem
        self.parameters: dict[str, bool] = {}
        self.alles = any(self.variabele_anders(naam) for naam in GESCHIEDENIS)

    def variabele_anders(self, naam: str) -> bool:
        return self.systeem.variables.get(naam) is not self.basis.variables.get(naam)

    def invoer_anders(self, naam: str) -> bool:
        """Whether an input must be set anew (else it is taken over, already validated)."""
        return self.alles or self.variabele_anders(naam)

    def parameter_anders(self, naam: str) -> bool:
        if naam not in self.parameters:
            if self.systeem.parameters is self.basis.parameters:
                self.parameters[naam] = False
            else:
                oud = _knoop(self.basis.parameters, naam)
                nieuw = _knoop(self.systeem.parameters, naam)
                self.parameters[naam] = _vorm(oud) != _vorm(nieuw)
        return self.parameters[naam]

    def herberekenen(self, opname: Opname) -> set[str]:
        """The variables of the record that the system must compute itself."""
        alle = opname.namen()
        if self.alles:
            return alle
        ouders: dict[str, set] = {}
        for naam, gelezen in opname.variabelen.items():
            for kind in gelezen:
                ouders.setdefault(kind, set()).add(naam)
        anders = {
            naam
            for naam in alle
            if self.variabele_anders(naam)
            or any(self.parameter_anders(p) for p in opname.parameters.get(naam, ()))
        }
        wachtrij = deque(anders)
        while wachtrij:
            for ouder in ouders.get(wachtrij.popleft(), ()):
                if ouder not in anders:
                    anders.add(ouder)
                    wachtrij.append(ouder)
        return anders


@lru_cache(maxsize=32)
def verschil(basis, systeem) -> Verschil:
    """The `Verschil` of two systems, once per pair and process (the last 32 pairs kept)."""
    return Verschil(basis, systeem)
