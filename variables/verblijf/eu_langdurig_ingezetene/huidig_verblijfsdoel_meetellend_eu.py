from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import eu_volle_doelen


class huidig_verblijfsdoel_meetellend_eu(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Het verblijfsdoel bij de aanvraag valt onder de richtlijn langdurig ingezetenen: niet "
        "tijdelijk en niet uitgesloten (art. 3, tweede lid, Richtlijn 2003/109/EG)"
    )
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32003L0109",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",
    )
    documentation = (
        "The purpose at the application counts fully toward the status: a non-temporary purpose "
        "or asylum (Directive 2011/51/EU), never seasonal work, au pair, cross-border services or "
        "intra-corporate transfer, also under a reform that makes them non-temporary nationally."
    )

    def formula_2013_01_01(persoon, period, parameters):
        volle = eu_volle_doelen(
            persoon("huidig_verblijfsdoel", period).possible_values, parameters(period).verblijf
        )
        return lid_van(persoon("huidig_verblijfsdoel", period), volle)
