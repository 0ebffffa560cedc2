"""The bundled parameter-change files of `reforms/wijzigingen/` as reform classes.

Each file `reforms/wijzigingen/<name>.yaml` is available as
`openfisca_arbeidsmigratie.tools.parameterwijzigingen.<name>`, so a YAML test can apply it with
`reforms:` like any reform, and `--reform reforms/wijzigingen/<name>.yaml` on the command line.
"""

from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.register import parameterhervorming

for _bestand in sorted((regelmap("reforms") / "wijzigingen").glob("*.yaml")):
    globals()[_bestand.stem] = parameterhervorming(_bestand)
