from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Besluit180Stadium, lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class arbeidsmarkttoets_vereist(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "UWV toetst de aanvraag aan de arbeidsmarkt (art. 8, eerste lid, onder a-c Wav)"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8",
        "https://ec.europa.eu/social/main.jsp?catId=953&langId=en&intPageId=1223",
    )
    documentation = (
        "Only when a TWV is required, and not for the categories that the UWV implementing rules "
        "exempt from the test for priority supply, timely vacancy report and recruitment effort. "
        "Not for a Turkish worker renewing with the employer he worked for legally for a year "
        "(art. 6(1), first indent, Decision 1/80): the provision has direct effect (CJEU C-192/89 "
        "Sevince) and gives a right to the renewal, so the permit cannot be refused on labour-"
        "market grounds; the Dutch implementing text (Vc 2000, UWV rules) was not retrieved, so "
        "this reading is likely, not confirmed. Under the second indent (three years, same "
        "occupation, another employer) the priority of Union workers still applies, so the test "
        "stays. The Decision allows priority only for workers of the Member States; the model "
        "applies the full art. 8 Wav test, whose priority supply is wider (EEA workers, residents "
        "with free access), a simplification that can over-refuse at this stage."
    )

    def formula(persoon, period, parameters):
        zonder_toets = parameters(period).wav.arbeidsmarkttoets.categorieen_zonder_toets
        verlenging_turkse_werknemer = (
            persoon("besluit_1_80_stadium", period) == Besluit180Stadium.een_jaar
        )
        return (
            persoon("twv_vereist", period)
            & ~lid_van(persoon("twv_categorie", period), zonder_toets)
            & ~verlenging_turkse_werknemer
        )
