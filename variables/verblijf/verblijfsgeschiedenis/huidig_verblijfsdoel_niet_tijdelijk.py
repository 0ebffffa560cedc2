from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel, lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class huidig_verblijfsdoel_niet_tijdelijk(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "De persoon verblijft bij de aanvraag voor een niet-tijdelijk verblijfsdoel"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.5",
        "https://ind.nl/Paginas/Tijdelijke-en-niet-tijdelijke-verblijfsdoelen.aspx",
    )
    documentation = (
        "The purpose of `huidig_verblijfsdoel` is not in the list of temporary purposes; asylum "
        "for a fixed period is temporary except in the IND's exceptions "
        "(`asiel_uitzondering_niet_tijdelijk`)."
    )

    def formula_2013_01_01(persoon, period, parameters):
        tijdelijk = parameters(period).verblijf.tijdelijke_verblijfsdoelen
        doel = persoon("huidig_verblijfsdoel", period)
        uitzondering = (doel == Verblijfsdoel.asiel) & persoon(
            "asiel_uitzondering_niet_tijdelijk", period
        )
        return (doel != Verblijfsdoel.geen) & (~lid_van(doel, tijdelijk) | uitzondering)
