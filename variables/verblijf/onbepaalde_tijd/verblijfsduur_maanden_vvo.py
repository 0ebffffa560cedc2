from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.model.verblijfsgeschiedenis import nationale_telling


class verblijfsduur_maanden_vvo(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden verblijf die meetellen voor de verblijfsvergunning regulier onbepaalde tijd"
    unit = "month"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://ind.nl/nl/verlengen-vernieuwen-en-wijzigen/onbepaalde-tijd/verblijfsvergunning-onbepaalde-tijd-aanvragen",
    )
    documentation = (
        "Months of uninterrupted lawful residence before the application month, whatever the "
        "purpose: study and search-year months count (Vw 2000 art. 21 lid 1 aanhef asks five "
        "years of lawful residence; only the purpose at the application must be non-temporary, "
        "see `verblijf.onbepaalde_tijd.tijdelijk_verblijf_telt_mee` for the sources and the "
        "variant `interpretatie_nationaal_alleen_niet_tijdelijk`). More than six consecutive "
        "months abroad move the main residence and restart the count on return."
    )

    def formula_2013_01_01(persoon, period, parameters):
        _, meetellend = nationale_telling(persoon, period, parameters)
        return meetellend.astype(int)
