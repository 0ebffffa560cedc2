"""Helpers to write a reform: mount its parameters, wrap the formula it changes.

A reform module `reforms/<name>.py` defines a `Reform` subclass of the same name; its parameters
live beside it in `reforms/parameters/<name>.yaml` and are mounted at `hervormingen.<name>`.
"""

import importlib

import numpy as np
from openfisca_core.indexed_enums import Enum
from openfisca_core.parameters import ParameterNode, load_parameter_file
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.invoer import Invoer, Variabele
from openfisca_arbeidsmigratie.model.motor import roep_formule
from openfisca_arbeidsmigratie.model.regelmap import regelmap

# What a reform is, one field on every reform class (`status = VOORSTEL`): enacted law not yet in
# the model's current law, a proposal (not law), or an interpretation variant (another reading of
# current law). Each with the words the tools show: Dutch for the werkbank, English elsewhere.
WET, VOORSTEL, INTERPRETATIE = "wet", "voorstel", "interpretatie"
STATUS_LABELS = {
    WET: {"nl": "wet (geldend recht)", "en": "law"},
    VOORSTEL: {"nl": "voorstel (geen geldend recht)", "en": "proposal, not law"},
    INTERPRETATIE: {
        "nl": "interpretatie (andere lezing van geldend recht)",
        "en": "interpretation: another reading of current law",
    },
}


def laad_hervormingsparameters(naam: str):
    """A parameter modifier mounting `reforms/parameters/<naam>.yaml` at `hervormingen.<naam>`.

    OpenFisca's `modify_parameters` starts from the baseline's parameters each time it is called,
    so a reform that changes more than its own parameters composes modifiers in one call.
    """
    bestand = regelmap("reforms") / "parameters" / f"{naam}.yaml"

    def wijzig(parameters):
        if "hervormingen" not in parameters.children:
            parameters.add_child("hervormingen", ParameterNode("hervormingen", data={}))
        hervormingen = parameters.children["hervormingen"]
        if naam not in hervormingen.children:
            hervormingen.add_child(
                naam, load_parameter_file(str(bestand), name=f"hervormingen.{naam}")
            )
        return parameters

    return wijzig


def wijzig_variabele(reform: Reform, naam: str, bewerking, toelichting: str) -> None:
    """Replace a variable by one that post-processes the result of its current formula.

    `bewerking(populatie, period, parameters, huidig)` receives the value the system being
    reformed would compute and returns the reformed value. The current formula is called, not
    copied, so reforms compose when applied in sequence; a value given as input still wins.
    """
    huidig = reform.get_variable(naam)

    def formula(populatie, period, parameters):
        formule = huidig.get_formula(period)
        waarde = (
            roep_formule(formule, populatie, period, parameters)
            if formule is not None
            else huidig.default_array(populatie.count)
        )
        if huidig.value_type == Enum:
            waarde = huidig.possible_values.encode(np.asarray(waarde))
        return bewerking(populatie, period, parameters, waarde)

    documentatie = f"{huidig.documentation or ''}\n\n{reform.__class__.__name__}: {toelichting}"
    basis = Invoer if isinstance(huidig, Invoer) else Variabele
    reform.update_variable(
        type(
            naam,
            (basis,),
            {
                "formula": formula,
                "documentation": documentatie.strip(),
                **({"__bereik__": type(huidig).__bereik__} if basis is Invoer else {}),
            },
        )
    )


def lees_anders(pad: str, waarde):
    """A parameter modifier for an interpretation variant: the parameter at the dotted `pad`
    takes `waarde` on every date it has a value, from its first date on.

    Values that end the parameter (`value: null`) stay; the dates stay, so the tools show when the
    rule read differently applies.
    """

    def wijzig(parameters):
        parameter = parameters
        for deel in pad.split("."):
            parameter = parameter.children[deel]
        for dated in parameter.values_list:
            if dated.value is not None:
                parameter.update(start=dated.instant_str, value=waarde)
        return parameters

    return wijzig


def pas_gebundelde_hervorming_toe(reform: Reform, naam: str) -> None:
    """Apply the bundled reform `reforms/<naam>.py` inside `reform.apply`: a reading that builds on
    a reform's rules (an interpretation variant) names it here instead of importing a sibling rule
    module, so rule files import only the model layer."""
    module = importlib.import_module(f"openfisca_arbeidsmigratie.reforms.{naam}")
    getattr(module, naam).apply(reform)
