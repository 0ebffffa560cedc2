"""Formal policy specs: what a rule or a reform must do, checked by `arbeidsmigratie controleer`.

`laad` reads spec files; `bundelspecs` lists the bundled ones (`*.spec.yaml` in the rule tree:
`variables/` for current law, `reforms/` beside each reform); `zoeken.controleer_spec` checks one.
"""

from pathlib import Path

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.specs.domein import Domeinlezer
from openfisca_arbeidsmigratie.tools.specs.lezen import Lezer, SpecFout

ACHTERVOEGSEL = ".spec.yaml"


class Systemen:
    """Tax-benefit systems by registry name, built once: `huidig_recht`, `a+b`, `file.yaml`."""

    def __init__(self):
        self._gebouwd = {}

    def __call__(self, naam: str):
        from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
        from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT, systemen

        if naam not in self._gebouwd:
            basis = self._gebouwd.get(HUIDIG_RECHT) or CountryTaxBenefitSystem()
            self._gebouwd.update(systemen(basis, [naam]))
        return self._gebouwd[naam]


def bundelspecs() -> list[Path]:
    """The bundled specs: current law under variables/, the reforms' beside them in reforms/."""
    return sorted(
        pad
        for map_ in ("variables", "reforms")
        for pad in regelmap(map_).rglob(f"*{ACHTERVOEGSEL}")
    )


def laad(paden, systemen: Systemen | None = None) -> list:
    systemen = systemen or Systemen()
    return [Lezer(pad, systemen, Domeinlezer()).lees() for pad in paden]


__all__ = ["SpecFout", "Systemen", "bundelspecs", "laad"]
