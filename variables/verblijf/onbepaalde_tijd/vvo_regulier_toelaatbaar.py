from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class vvo_regulier_toelaatbaar(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Kan een verblijfsvergunning regulier voor onbepaalde tijd krijgen (art. 21 Vw 2000)"
    reference = ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",)
    documentation = (
        "Five years of uninterrupted lawful residence, a non-temporary purpose at the "
        "application, no asylum permit (that holder takes the art. 33 route), the means "
        "requirement (lapsing after ten years), civic integration, no public-order objection and "
        "the main residence not moved abroad (art. 21 lid 1 onder e; Vc B1/6.2.1 onder c)."
    )

    def formula_2013_01_01(persoon, period, parameters):
        return (
            persoon("vvo_verblijfsduur_voldaan", period)
            & persoon("huidig_verblijfsdoel_niet_tijdelijk", period)
            & persoon("geen_verblijfsvergunning_asiel", period)
            & persoon("middelenvereiste_voldaan", period)
            & persoon("inburgering_voldaan", period)
            & ~persoon("openbare_orde_bezwaar", period)
            & ~persoon("hoofdverblijf_buiten_nederland_gevestigd", period)
        )
