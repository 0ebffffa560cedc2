from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import TwvCategorie
from openfisca_arbeidsmigratie.model.invoer import Variabele


class seizoensarbeid_binnen_maximum(Variabele):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = DAY
    label = "Seizoenarbeid blijft binnen de grenzen van art. 11 Wav (en vanaf 2016 24 weken per 52)"
    reference = (
        "https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32014L0036",
        "https://ind.nl/en/residence-permits/work/residence-permit-for-seasonal-work",
    )
    documentation = (
        "For seasonal work (temporary work in the sense of Wav art. 11): the waiting period "
        "without a work-valid residence permit is met (`tijdelijk_werk_wachttijd_voldaan`, from "
        "2004, the start of the model), and from 30 September 2016 weeks are left of the 24 "
        "within any 52 (`seizoensarbeid_resterende_weken` above 0; Directive 2014/36/EU art. 14 "
        "as the IND applies it). Otherwise no TWV or GVVA for seasonal work can be granted. True "
        "for every other category."
    )

    def formula_2004_01_01(persoon, period, parameters):
        return persoon("tijdelijk_werk_wachttijd_voldaan", period)

    def formula_2016_09_30(persoon, period, parameters):
        seizoen = persoon("twv_categorie", period) == TwvCategorie.seizoensarbeid
        binnen_52_weken = ~seizoen | (persoon("seizoensarbeid_resterende_weken", period) > 0)
        return binnen_52_weken & persoon("tijdelijk_werk_wachttijd_voldaan", period)
