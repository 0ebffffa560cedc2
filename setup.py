"""Maps the top-level rule folders into the package (see pyproject.toml for the metadata).

`parameters/`, `variables/` and `reforms/` stay at the top of the repository, where drafters
find them, and ship as `openfisca_arbeidsmigratie.parameters` and so on.
"""

from setuptools import find_namespace_packages, setup

PAKKET = "openfisca_arbeidsmigratie"
MAPPEN = {
    PAKKET: PAKKET,
    f"{PAKKET}.parameters": "parameters",
    f"{PAKKET}.variables": "variables",
    f"{PAKKET}.reforms": "reforms",
}


def pakketten():
    gevonden = []
    for pakket, map_ in MAPPEN.items():
        gevonden.append(pakket)
        gevonden += [
            f"{pakket}.{sub}" for sub in find_namespace_packages(map_, exclude=["*__pycache__*"])
        ]
    return gevonden


setup(
    packages=pakketten(),
    package_dir=MAPPEN,
    package_data={"": ["*.yaml", "*.json", "*.csv", "*.html", "*.css", "*.js"]},
    include_package_data=True,
)
