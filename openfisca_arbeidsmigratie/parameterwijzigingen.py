"""The bundled parameter-change files of `reforms/wijzigingen/` as reform classes.

Each file `reforms/wijzigingen/<name>.yaml` is available as
`openfisca_arbeidsmigratie.parameterwijzigingen.<name>`, so a YAML test can apply it with
`reforms:` like any reform, and `--reform reforms/wijzigingen/<name>.yaml` on the command line.
"""

from openfisca_arbeidsmigratie import regelmap
from openfisca_arbeidsmigratie.hervormingen import parameterhervorming

for _bestand in sorted((regelmap("reforms") / "wijzigingen").glob("*.yaml")):
    globals()[_bestand.stem] = parameterhervorming(_bestand)
