from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class eu_langdurig_ingezetene_toelaatbaar(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Kan de status EU-langdurig ingezetene krijgen"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45a",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",
    )
    documentation = (
        "Five years of counting residence without interruption, a purpose at the application "
        "that counts under the directive (`huidig_verblijfsdoel_meetellend_eu`), sufficient and "
        "sustainable means (the ten-year exemption of the national permit does not apply), civic "
        "integration and no public-order objection. Registration in the BRP is assumed."
    )

    def formula_2013_01_01(persoon, period, parameters):
        return (
            persoon("eu_verblijfsduur_voldaan", period)
            & persoon("eu_verblijf_ononderbroken", period)
            & persoon("huidig_verblijfsdoel_meetellend_eu", period)
            & persoon("middelen_voldoende", period)
            & persoon("inburgering_voldaan", period)
            & ~persoon("openbare_orde_bezwaar", period)
        )
