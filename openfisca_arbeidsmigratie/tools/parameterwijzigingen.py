"""The bundled parameter-change files of `reforms/wijzigingen/` as reform classes.

Each file `reforms/wijzigingen/<name>.yaml` is importable as
`openfisca_arbeidsmigratie.tools.parameterwijzigingen.<name>` (the name a YAML test gives under
`reforms:`, and what openfisca-core's test runner imports), and is `--reform
reforms/wijzigingen/<name>.yaml` on the command line. The classes are those of
`kern.register.testhervormingen`, so both name one class.
"""

from openfisca_arbeidsmigratie.tools.kern.register import WIJZIGINGEN_NAAM, testhervormingen

for _naam, _klasse in testhervormingen().items():
    if _naam.startswith(WIJZIGINGEN_NAAM + "."):
        globals()[_naam.rsplit(".", 1)[1]] = _klasse
