"""What the werkbank answers when the model refuses a case: the message in Dutch, beside the field
it concerns."""

import re

from openfisca_core.errors import ParameterNotFoundError

from openfisca_arbeidsmigratie.model.bereik import BuitenBereik
from openfisca_arbeidsmigratie.model.invoer import EERSTE_JAAR, LAATSTE_JAAR
from openfisca_arbeidsmigratie.tools.kern.fouten import GEBRUIKERSFOUTEN

# What the CLI answers with exit status 2, and a date the parameters do not reach.
REKENFOUTEN = (*GEBRUIKERSFOUTEN, ValueError, ParameterNotFoundError)


def rekenfout(fouten: dict, fout: Exception):
    """Puts the message of a refused computation into `fouten`, under the field it concerns."""
    if isinstance(fout, ParameterNotFoundError):
        fouten["datum"] = (
            "Het model kent de regels op deze datum niet (een parameter heeft er nog geen "
            f"waarde): {fout}"
        )
    elif isinstance(fout, BuitenBereik):
        vanaf = re.search(r"from (\d{4}-\d{2}-\d{2})", str(fout))
        fouten["datum"] = (
            f"Het model beslist over data vanaf {vanaf.group(1) if vanaf else '2004-01-01'} (de "
            "vroegste regel die het kent); kies een latere datum."
        )
    elif "outside the years" in str(fout):
        fouten["datum"] = (
            f"Het model rekent met de jaren {EERSTE_JAAR} tot en met {LAATSTE_JAAR}; kies een "
            "datum daartussen."
        )
    else:
        fouten["berekening"] = str(fout)
