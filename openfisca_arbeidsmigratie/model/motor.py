"""Every use of openfisca-core internals, in one place; each is pinned by tests/test_motor.py.

Where the engine has no public way to do what the package needs, the use is here, small and
named, so an engine upgrade that changes it fails in tests/test_motor.py rather than silently.
"""

import yaml

# Statutory tests: openfisca-core's YAML test runner (`openfisca test`) reads case files with
# PyYAML's full loader (`yaml.CLoader`), which runs the Python a `!!python/object/apply` tag
# names. The runner takes the loader from its module attribute `Loader` and has no option for it.

VEILIGE_LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def veilige_yaml_tests() -> None:
    """Make openfisca-core's YAML test runner read case files with PyYAML's safe loader."""
    from openfisca_core.tools import test_runner

    test_runner.Loader = VEILIGE_LADER
