"""openfisca-arbeidsmigratie: Dutch labour-migration law as an OpenFisca country package."""

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_arbeidsmigratie.model import bereik, entities, motor
from openfisca_arbeidsmigratie.model.parametercache import parameterboom
from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.situaties import situatie_voorbeeld


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """Dutch labour-migration law: Wav, kennismigrantenregeling, blauwe kaart, verblijf."""

    _pakketgegevens = None

    def __init__(self):
        motor.sta_lege_sleutels_toe()
        motor.snelle_hervormingen()
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(regelmap("variables")))
        self.parameters = parameterboom(regelmap("parameters"))  # as load_parameters reads it
        bereik.leg_vast(self)
        self.open_api_config = {
            "variable_example": "toelatingsroute",
            "parameter_example": "wav.minimumloon.uurloon",
            "simulation_example": situatie_voorbeeld(),
        }

    def get_package_metadata(self) -> dict[str, str]:
        """The package metadata, read once: openfisca-core asks for it once per variable file,
        and each time scans every installed distribution (a fifth of a second per system)."""
        if self._pakketgegevens is None:
            self._pakketgegevens = super().get_package_metadata()
        return dict(self._pakketgegevens)


def __getattr__(naam):
    """`Populatie` (the pandas API) is loaded on first use: the rules never import the tools."""
    if naam == "Populatie":
        from openfisca_arbeidsmigratie.tools.populatie import Populatie

        return Populatie
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")
