from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import hoofdverblijf_telling


class hoofdverblijf_buiten_nederland_gevestigd(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Hoofdverblijf buiten Nederland gevestigd: drie jaren achtereen meer dan vier "
        "aaneengesloten maanden buiten Nederland"
    )
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://wetten.overheid.nl/BWBR0012289",
    )
    documentation = (
        "Vw 2000 art. 21 lid 1 onder e, with Vc 2000 B1/6.2.1 onder c (applied to the permanent "
        "permit by B12/2.5): the IND takes the main residence as moved abroad when the person "
        "'voor het derde achtereenvolgende jaar meer dan vier achtereenvolgende maanden buiten "
        "Nederland [heeft] verbleven', unless he shows that the centre of his activities did not "
        "move (`centrum_activiteiten_niet_verlegd`). Read from the monthly `buiten_nederland` "
        "history: the years are blocks of twelve months counted back from the month before the "
        "application month, within the five years; a stay abroad belongs to the year in which its "
        "fifth consecutive month falls (the Vc does not say whether calendar years are meant). "
        "More than six consecutive months abroad (B1/6.2.1 onder b) interrupts the count itself "
        "(`verblijfsduur_maanden_vvo`)."
    )

    def formula_2013_01_01(persoon, period, parameters):
        vermoeden = hoofdverblijf_telling(persoon, period, parameters)
        return vermoeden & ~persoon("centrum_activiteiten_niet_verlegd", period)
