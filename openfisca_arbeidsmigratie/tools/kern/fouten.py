"""The user errors: what a tool reports as a message with exit status 2 (HTTP 4xx on the web),
never as a traceback. One list for the command line, the Web API and the werkbank."""

import sys

import yaml
from openfisca_core.errors import SituationParsingError

from openfisca_arbeidsmigratie.model.invoer import OngeldigeInvoer
from openfisca_arbeidsmigratie.tools.kern.actualiteit import DatumFout
from openfisca_arbeidsmigratie.tools.kern.gevallen import GevalFout
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout
from openfisca_arbeidsmigratie.tools.kern.yamlbron import YamlFout

GEBRUIKERSFOUTEN = (
    GevalFout,
    HervormingsFout,
    OngeldigeInvoer,
    SituationParsingError,
    yaml.YAMLError,
    YamlFout,
    DatumFout,
)
# The user errors of the population tools, by module: a command that does not use them does not
# import them (with pyarrow, pandas, Dask); an error is looked up among the modules loaded.
LATERE_FOUTEN = {
    "openfisca_arbeidsmigratie.tools.bevolking.validatie": "ValidatieFout",
    "openfisca_arbeidsmigratie.tools.bevolking.lezen": "BestandFout",
    "openfisca_arbeidsmigratie.tools.bevolking.schrijven": "UitvoerFout",
    "openfisca_arbeidsmigratie.tools.bevolking.cluster": "ClusterFout",
}


def gebruikersfouten() -> tuple:
    """The user errors: `GEBRUIKERSFOUTEN` and those of `LATERE_FOUTEN` whose module is loaded."""
    geladen = [getattr(sys.modules[m], n) for m, n in LATERE_FOUTEN.items() if m in sys.modules]
    return (*GEBRUIKERSFOUTEN, *geladen)
