from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.model.invoer import Variabele


class geen_verblijfsvergunning_asiel(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = (
        "Houdt bij de aanvraag geen verblijfsvergunning asiel: een asielstatushouder vraagt de "
        "verblijfsvergunning asiel voor onbepaalde tijd aan (art. 33 Vw 2000), niet de reguliere"
    )
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=33",
        "https://ind.nl/nl/verlengen-vernieuwen-en-wijzigen/onbepaalde-tijd/verblijfsvergunning-onbepaalde-tijd-aanvragen",
    )
    documentation = (
        "False for a person whose purpose at the application is asylum: the IND sends asylum "
        "permit holders to the permanent asylum permit of art. 33 Vw 2000 ('Hebt u een "
        "asielvergunning? Ga naar de pagina Asiel onbepaalde tijd'), which this model does not "
        "decide. The years on an asylum permit do count toward the regular permit's five years for "
        "someone who later holds a regular permit."
    )

    def formula_2013_01_01(persoon, period, parameters):
        return persoon("huidig_verblijfsdoel", period) != Verblijfsdoel.asiel
