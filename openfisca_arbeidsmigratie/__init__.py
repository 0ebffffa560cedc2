"""openfisca-arbeidsmigratie: Dutch labour-migration law as an OpenFisca country package."""

from pathlib import Path

import dpath
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_arbeidsmigratie import entities
from openfisca_arbeidsmigratie.situaties import situatie_voorbeeld

PAKKET_MAP = Path(__file__).resolve().parent

# OpenFisca builds its situation errors with dpath, which by default raises on an empty key: a
# situation with an empty entity id ("personen": {"": {}}) then became an internal server error
# instead of a 400 with a message.
dpath.options.ALLOW_EMPTY_STRING_KEYS = True


def regelmap(naam: str) -> Path:
    """The folder of a rule tree: inside the installed package, else beside it in a checkout."""
    for kandidaat in (PAKKET_MAP / naam, PAKKET_MAP.parent / naam):
        if kandidaat.is_dir():
            return kandidaat
    raise FileNotFoundError(
        f"rule folder '{naam}' not found in {PAKKET_MAP} or {PAKKET_MAP.parent}"
    )


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """Dutch labour-migration law: Wav, kennismigrantenregeling, blauwe kaart, verblijf."""

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(regelmap("variables")))
        self.load_parameters(str(regelmap("parameters")))
        self.open_api_config = {
            "variable_example": "toelatingsroute",
            "parameter_example": "wav.minimumloon.uurloon",
            "simulation_example": situatie_voorbeeld(),
        }
