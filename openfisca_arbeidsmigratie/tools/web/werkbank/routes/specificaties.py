"""The Specificaties panel: the chosen reforms' bundled specs and a property the user types."""

from openfisca_arbeidsmigratie.tools.specs import SpecFout
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import nederlands
from openfisca_arbeidsmigratie.tools.web.werkbank.specificaties import (
    bundelspecs_van,
    eigen_eigenschap,
)


def specificaties(werkbank, toestand) -> dict:
    """The bundled specs of the chosen reforms and the typed property, checked."""
    with werkbank.systemen.slot:
        systemen = werkbank.systemen_van(toestand)
        uit = {"specificaties": bundelspecs_van(toestand.hervormingen, systemen)}
        if toestand.eigenschap:
            try:
                uit["eigen"] = eigen_eigenschap(toestand.eigenschap, toestand.geval, systemen)
            except SpecFout as fout:
                melding = nederlands(fout, werkbank.systeem)
                toestand.fouten["eigenschap"] = f"De eigenschap is niet te lezen: {melding}"
    return uit
