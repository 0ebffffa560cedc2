"""The registry of bundled reforms and parameter-change files, for the tools.

Every bundled reform carries one field, `status` (`openfisca_arbeidsmigratie.model.hervorming`):
`voorstel` for policy reforms (proposals, not law), `interpretatie` for interpretation variants
(`reforms/interpretatie_*.py`: another reading of what current law says where the sources
disagree), `wet` for enacted law not yet in current law. All are applied the same way and listed
apart; every output that shows a reform's result shows its status (`status_label`). A
parameter-change file is a what-if, so a proposal. Reforms are applied in sequence, each to the
system the previous one produced.
"""

import difflib
import functools
import importlib
import pkgutil
import re
from datetime import date, datetime
from pathlib import Path

from openfisca_core.parameters import ParameterNode, ParameterScale
from openfisca_core.parameters.parameter import Parameter
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.bereik import EERSTE_JAAR, LAATSTE_JAAR
from openfisca_arbeidsmigratie.model.hervorming import INTERPRETATIE as STATUS_INTERPRETATIE
from openfisca_arbeidsmigratie.model.hervorming import STATUS_LABELS, VOORSTEL, WET
from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.kern import parameterwaarden
from openfisca_arbeidsmigratie.tools.kern.yamlbron import lees_yaml

# The name of current law as a system: one identifier in every table, CSV file and JSON output;
# its display label per language (the werkbank is Dutch, the command line English).
HUIDIG_RECHT = "huidig_recht"
HUIDIG_RECHT_LABEL = {"nl": "Huidig recht", "en": "current law"}
REFORM_PAKKET = "openfisca_arbeidsmigratie.reforms"
# The name under which a YAML test names a bundled parameter-change file (since 1.0).
WIJZIGINGEN_NAAM = "openfisca_arbeidsmigratie.tools.parameterwijzigingen"
COMBINATIE = "+"
# Modules `reforms/interpretatie_<name>.py` are interpretation variants: a reading of contested
# current law, applied like a reform but listed apart from the policy reforms.
INTERPRETATIE = "interpretatie_"
ISO_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class HervormingsFout(ValueError):
    """An unknown reform, an unknown parameter path or a malformed parameter file."""


def _gebundeld() -> dict[str, type[Reform]]:
    """Every bundled reform module by its short name (the module name, also the class name)."""
    return dict(_gebundeld_eenmaal())


@functools.cache
def _gebundeld_eenmaal() -> dict[str, type[Reform]]:
    """The bundled reforms, looked up once per process (the package's modules do not change)."""
    pakket = importlib.import_module(REFORM_PAKKET)
    gevonden = {}
    for module in pkgutil.iter_modules(pakket.__path__):
        if module.ispkg:
            continue
        klasse = getattr(
            importlib.import_module(f"{REFORM_PAKKET}.{module.name}"), module.name, None
        )
        if isinstance(klasse, type) and issubclass(klasse, Reform):
            if getattr(klasse, "status", None) not in STATUS_LABELS:
                raise HervormingsFout(
                    f"reform {module.name} has no status; give the class `status = VOORSTEL`, "
                    f"`INTERPRETATIE` or `WET` (one of {', '.join(STATUS_LABELS)})"
                )
            gevonden[module.name] = klasse
    return dict(sorted(gevonden.items()))


def _status_deel(deel: str) -> str:
    klasse = _gebundeld().get(deel.strip())
    if klasse is None:
        return VOORSTEL
    return klasse.status


def status(specificatie: str) -> str:
    """The status of a reform specification (`a`, `a+b`, `file.yaml`): `wet`, `voorstel` or
    `interpretatie`. A combination is a proposal if any part is one, law only if every part is;
    a parameter-change file or an unknown name counts as a proposal."""
    statussen = {_status_deel(deel) for deel in str(specificatie).split(COMBINATIE)}
    for zwakste in (VOORSTEL, STATUS_INTERPRETATIE):
        if zwakste in statussen:
            return zwakste
    return WET


def status_label(specificatie: str, taal: str = "en") -> str:
    """The status in words: 'proposal, not law', 'interpretation: ...', 'law' (taal 'nl': Dutch)."""
    return STATUS_LABELS[status(specificatie)][taal]


def is_interpretatie(specificatie: str) -> bool:
    """Whether a reform specification (`a`, `a+b`) applies an interpretation variant."""
    return any(
        _status_deel(deel) == STATUS_INTERPRETATIE for deel in str(specificatie).split(COMBINATIE)
    )


def beschikbare_hervormingen() -> dict[str, type[Reform]]:
    """The bundled policy reforms (proposals, or law not yet in force in the model)."""
    return {n: k for n, k in _gebundeld().items() if k.status != STATUS_INTERPRETATIE}


def beschikbare_interpretaties() -> dict[str, type[Reform]]:
    """The bundled interpretation variants: other readings of contested current law."""
    return {n: k for n, k in _gebundeld().items() if k.status == STATUS_INTERPRETATIE}


def hulptekst() -> str:
    """The bundled reforms for a `--help`: policy reforms and interpretation variants apart."""
    return (
        f"policy reforms: {', '.join(beschikbare_hervormingen())}; interpretation variants "
        f"(other readings of current law): {', '.join(beschikbare_interpretaties())}"
    )


def _bladeren(knoop, voorvoegsel=""):
    for naam, kind in knoop.children.items():
        pad = f"{voorvoegsel}{naam}"
        if isinstance(kind, ParameterNode):
            yield from _bladeren(kind, f"{pad}.")
        else:
            yield pad, kind


def parameterknoop(parameters, pad: str, bestand="parameter"):
    """The parameter or node at a dotted path; an error naming the nearest valid paths if none.
    The one lookup of a parameter path for every tool."""
    knoop = parameters
    for deel in pad.split("."):
        kinderen = getattr(knoop, "children", {})
        if deel not in kinderen:
            alle = [p for p, _ in _bladeren(parameters)]
            voorstel = difflib.get_close_matches(pad, alle, n=8, cutoff=0.5)
            voorvoegsel = pad.rsplit(".", 1)[0] + "." if "." in pad else ""
            broers = [p for p in alle if p.startswith(voorvoegsel)] if voorvoegsel else []
            geldig = voorstel or broers[:20] or sorted({p.split(".")[0] for p in alle})
            raise HervormingsFout(
                f"{bestand}: unknown parameter path '{pad}'. Valid paths include: "
                + ", ".join(geldig)
            )
        knoop = kinderen[deel]
    return knoop


def geldende_waarde(parameter, datum: str):
    """The dated value of `parameter` in force on `datum` (its value, date and metadata), or None
    before its first date. The one "value on a date" with its source for every tool."""
    return next((w for w in parameter.values_list if w.instant_str <= datum), None)


def _zoek_parameter(parameters, pad: str, bestand: Path):
    knoop = parameterknoop(parameters, pad, bestand)
    if isinstance(knoop, ParameterScale):
        raise HervormingsFout(
            f"{bestand}: '{pad}' is a scale (brackets), not one value; it cannot be set here"
        )
    if not isinstance(knoop, Parameter):
        bladeren = [f"{pad}.{p}" for p, _ in _bladeren(knoop)]
        raise HervormingsFout(
            f"{bestand}: '{pad}' is a group of parameters, not one value; use one of: "
            + ", ".join(bladeren[:20])
        )
    return knoop


def _datum(sleutel, plek: str) -> str:
    """A date key as YYYY-MM-DD: a YAML date, or the same written as a quoted string, in the years
    the model takes (`bereik`: a change dated outside them could never be in force on a date the
    model decides on)."""
    if isinstance(sleutel, date) and not isinstance(sleutel, datetime):
        dag = sleutel
    elif isinstance(sleutel, str) and ISO_DATUM.match(sleutel.strip()):
        try:
            dag = date.fromisoformat(sleutel.strip())
        except ValueError as fout:
            raise HervormingsFout(f"{plek}: '{sleutel}' is not a date ({fout})") from None
    else:
        raise HervormingsFout(f"{plek}: '{sleutel}' is not a date (YYYY-MM-DD)")
    if not EERSTE_JAAR <= dag.year <= LAATSTE_JAAR:
        raise HervormingsFout(
            f"{plek}: the date {dag.isoformat()} is outside the years the model accepts; "
            f"accepted: a date in the years {EERSTE_JAAR} to {LAATSTE_JAAR}"
        )
    return dag.isoformat()


def lees_wijzigingsbestand(bestand) -> tuple[dict[str, dict[str, object]], dict]:
    """A parameter-change file: `path.to.parameter: {YYYY-MM-DD: value, ...}`, and the line of
    each value (`{(path, YYYY-MM-DD): line}`), read within the limits of change files."""
    bestand = Path(bestand)
    if not bestand.is_file():
        raise HervormingsFout(f"parameter file not found: {bestand}")
    document = lees_yaml(bestand, "wijzigingen")
    data = document.data
    if not isinstance(data, dict) or not data:
        raise HervormingsFout(
            f"{bestand}: expected a mapping of parameter paths to dated values, "
            "e.g. 'kennismigrant.salariscriterium.jonger_dan_dertig: {2026-01-01: 4900}'"
        )
    wijzigingen, regels = {}, {}
    for pad, waarden in data.items():
        plek = f"{bestand}, line {document.regel(data, pad)}"
        if not isinstance(pad, str) or not isinstance(waarden, dict) or not waarden:
            raise HervormingsFout(
                f"{plek}: '{pad}' must map dates (YYYY-MM-DD) to values, got {waarden!r}"
            )
        gecontroleerd = {}
        for sleutel, waarde in waarden.items():
            regel = document.regel(waarden, sleutel)
            datum = _datum(sleutel, f"{bestand}, line {regel}: '{pad}'")
            if datum in gecontroleerd:
                raise HervormingsFout(
                    f"{bestand}, line {regel}: '{pad}': the date {datum} is given twice, on lines "
                    f"{regels[pad, datum]} and {regel}"
                )
            gecontroleerd[datum] = waarde
            regels[pad, datum] = regel
        wijzigingen[pad] = gecontroleerd
    return wijzigingen, regels


def lees_parameterwijzigingen(bestand) -> dict[str, dict[str, object]]:
    """A parameter-change file: `path.to.parameter: {YYYY-MM-DD: value, ...}`, checked."""
    return lees_wijzigingsbestand(bestand)[0]


def wijzigingen_uit(data, bron: str) -> dict[str, dict[str, object]]:
    """Parameter changes given in Python, `{path: {YYYY-MM-DD: value}}`, read as a change file is
    (dates as `date` or ISO text); the values are checked when the reform is applied (give
    `regels={}` to `wijzigingshervorming`)."""
    if not isinstance(data, dict) or not data:
        raise HervormingsFout(
            f"{bron}: expected a mapping of parameter paths to dated values, e.g. "
            "{'kennismigrant.salariscriterium.jonger_dan_dertig': {'2027-01-01': 4800}}"
        )
    wijzigingen = {}
    for pad, waarden in data.items():
        if not isinstance(pad, str) or not isinstance(waarden, dict) or not waarden:
            raise HervormingsFout(
                f"{bron}: '{pad}' must map dates (YYYY-MM-DD) to values, got {waarden!r}"
            )
        gecontroleerd = {}
        for sleutel, waarde in waarden.items():
            datum = _datum(sleutel, f"{bron}: '{pad}'")
            if datum in gecontroleerd:
                raise HervormingsFout(f"{bron}: '{pad}': the date {datum} is given twice")
            gecontroleerd[datum] = waarde
        wijzigingen[pad] = gecontroleerd
    return wijzigingen


def controleer_wijziging(parameter, systeem, pad: str, datum: str, waarde, plek) -> object:
    """The value as the parameter takes it, or `HervormingsFout` naming the place and value."""
    try:
        return parameterwaarden.controleer(parameterwaarden.soort(parameter, systeem), waarde)
    except parameterwaarden.Parameterwaardefout as fout:
        reden = f" ({fout.reden})" if fout.reden else ""
        raise HervormingsFout(
            f"{plek}: {pad} on {datum}: {_weergave(waarde)} is not accepted{reden}; "
            f"accepted: {fout.toegestaan}"
        ) from None


def _weergave(waarde) -> str:
    tekst = "null" if waarde is None else repr(waarde)
    return tekst if len(tekst) <= 60 else f"{tekst[:40]}... ({len(tekst):,} characters)"


def wijzigingshervorming(wijzigingen: dict, naam: str, bron="parameters", regels=None):
    """A reform that sets parameters: `{path: {YYYY-MM-DD: value}}`, each from its date on.

    With `regels` (`{(path, date): line}`, from `lees_wijzigingsbestand`; `{}` for changes not
    read from a file) each value is first checked against the parameter it changes
    (`tools.parameterwaarden`).
    """

    class parameterwijziging(Reform):
        def apply(self):
            systeem = self

            def wijzig(parameters):
                for pad, waarden in wijzigingen.items():
                    parameter = _zoek_parameter(parameters, pad, bron)
                    for datum, waarde in sorted(waarden.items()):
                        if regels is not None:
                            regel = regels.get((pad, datum))
                            plek = str(bron) if regel is None else f"{bron}, line {regel}"
                            waarde = controleer_wijziging(
                                parameter, systeem, pad, datum, waarde, plek
                            )
                        parameter.update(start=datum, value=waarde)
                return parameters

            self.modify_parameters(modifier_function=wijzig)

    parameterwijziging.name = naam
    parameterwijziging.__name__ = naam
    return parameterwijziging


def parameter_object(systeem, pad: str, bron="parameter"):
    """The parameter at a dotted path, with an error listing the valid paths if there is none."""
    return _zoek_parameter(systeem.parameters, pad, bron)


def parameter_op_datum(systeem, pad: str, datum: str):
    """The value of one parameter on a date, checking that the path names one parameter."""
    parameter = _zoek_parameter(systeem.parameters, pad, "parameter")
    return parameter(datum)


def parameterhervorming(bestand) -> type[Reform]:
    """A reform made of a parameter-change file: no Python needed to change a number."""
    bestand = Path(bestand)
    wijzigingen, regels = lees_wijzigingsbestand(bestand)
    return wijzigingshervorming(wijzigingen, f"parameters_{bestand.stem}", bestand, regels)


def hervorming(naam: str) -> type[Reform]:
    """A reform by short name, or a parameter-change file by its path (`*.yaml`)."""
    if naam.endswith((".yaml", ".yml")):
        return parameterhervorming(naam)
    bekend = _gebundeld()
    if naam not in bekend:
        raise HervormingsFout(
            f"unknown reform '{naam}'. Valid reforms: {', '.join(beschikbare_hervormingen())}; "
            f"interpretation variants: {', '.join(beschikbare_interpretaties())}; "
            "or a parameter-change file ending in .yaml"
        )
    return bekend[naam]


def pas_toe(systeem, specificatie: str):
    """Apply a reform specification to a system: `naam`, `file.yaml`, or `a+b+...` in sequence."""
    for deel in specificatie.split(COMBINATIE):
        systeem = hervorming(deel.strip())(systeem)
    return systeem


def systemen(basis, specificaties=(), huidig: bool = True) -> dict:
    """`{name: system}`: current law (`basis`, under `HUIDIG_RECHT`, unless `huidig` is false)
    and each specification applied to it, in the order given, each built once. A specification
    is a reform's name (`pas_toe`) or an object with a `naam` and a `hervorming()` giving its
    reform class (a parameter value or a dict of changes given in Python). The one builder of
    named systems for every tool."""
    uit = {HUIDIG_RECHT: basis} if huidig else {}
    for specificatie in specificaties:
        if isinstance(specificatie, str):
            naam = specificatie
            bouw = functools.partial(pas_toe, basis, specificatie)
        else:
            naam = specificatie.naam
            bouw = functools.partial(specificatie.hervorming(), basis)
        if naam == HUIDIG_RECHT:
            uit[HUIDIG_RECHT] = basis
        elif naam not in uit:
            uit[naam] = bouw()
    return uit


@functools.cache
def testhervormingen() -> dict[str, type[Reform]]:
    """The reforms a YAML test may name under `reforms:`, by their dotted name: the bundled
    reforms and interpretation variants, and the bundled parameter-change files as
    `openfisca_arbeidsmigratie.tools.parameterwijzigingen.<file name>` (the name since 1.0)."""
    gebundeld = {**beschikbare_hervormingen(), **beschikbare_interpretaties()}
    uit = {f"{REFORM_PAKKET}.{naam}.{naam}": k for naam, k in gebundeld.items()}
    for bestand in sorted((regelmap("reforms") / "wijzigingen").glob("*.yaml")):
        uit[f"{WIJZIGINGEN_NAAM}.{bestand.stem}"] = parameterhervorming(bestand)
    return uit


def testhervorming(pad) -> type[Reform]:
    """The reform a YAML test names under `reforms:`; only bundled ones, never any module."""
    bekend = testhervormingen()
    if not isinstance(pad, str) or pad not in bekend:
        raise HervormingsFout(
            f"reforms: {pad!r} is not a bundled reform; a test may name only: " + ", ".join(bekend)
        )
    return bekend[pad]
