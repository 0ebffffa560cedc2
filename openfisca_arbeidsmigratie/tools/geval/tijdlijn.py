"""The dated history of a parameter, or of every parameter under a node, with sources."""

from dataclasses import dataclass

from openfisca_core.parameters import ParameterNode, ParameterScale

from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, _bladeren, parameterknoop


@dataclass
class Waarde:
    parameter: str
    datum: str
    waarde: object
    bron: list
    zekerheid: str | None
    toelichting: str | None


def tijdlijn(systeem, pad: str) -> list[Waarde]:
    """Every dated value of the parameter (or of each parameter under the node), oldest first."""
    knoop = parameterknoop(systeem.parameters, pad)
    if isinstance(knoop, ParameterNode):
        bladeren = [(f"{pad}.{p}", k) for p, k in _bladeren(knoop)]
    else:
        bladeren = [(pad, knoop)]
    uit = []
    for naam, blad in bladeren:
        if isinstance(blad, ParameterScale):
            for i, schijf in enumerate(blad.brackets):
                for deel in ("threshold", "amount"):
                    uit += _waarden(f"{naam}[{i}].{deel}", getattr(schijf, deel))
        else:
            uit += _waarden(naam, blad)
    return uit


def _waarden(naam, parameter) -> list[Waarde]:
    uit = []
    for waarde in reversed(parameter.values_list):
        metadata = waarde.metadata
        bron = metadata.get("reference") or []
        if isinstance(bron, dict):
            bron = [bron]
        uit.append(
            Waarde(
                naam,
                waarde.instant_str,
                waarde.value,
                [
                    {"title": b.get("title"), "href": b.get("href")}
                    for b in bron
                    if isinstance(b, dict)
                ],
                metadata.get("confidence"),
                metadata.get("documentation"),
            )
        )
    return uit


def grafiek(waarden: list[Waarde], pad, titel: str):
    import matplotlib

    matplotlib.use("Agg")
    from datetime import date

    import matplotlib.pyplot as plt

    figuur, as_ = plt.subplots(figsize=(10, 4.5))
    getekend = 0
    for naam in dict.fromkeys(w.parameter for w in waarden):
        reeks = [
            w
            for w in waarden
            if w.parameter == naam
            and isinstance(w.waarde, int | float)
            and not isinstance(w.waarde, bool)
        ]
        if not reeks:
            continue
        as_.step(
            [date.fromisoformat(w.datum) for w in reeks],
            [w.waarde for w in reeks],
            where="post",
            marker="o",
            markersize=3,
            label=naam,
        )
        getekend += 1
    if not getekend:
        plt.close(figuur)
        raise HervormingsFout(f"{titel}: no numeric values to chart")
    as_.set_title(titel)
    if getekend <= 8:
        as_.legend(fontsize=7)
    figuur.tight_layout()
    figuur.savefig(pad, dpi=110)
    plt.close(figuur)
