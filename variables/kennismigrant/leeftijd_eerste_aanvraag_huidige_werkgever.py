from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer


class leeftijd_eerste_aanvraag_huidige_werkgever(Invoer):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Leeftijd bij de eerste aanvraag als kennismigrant bij de huidige werkgever"
    unit = "year"
    minimum = 0
    maximum = 130
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://allaboutexpats.nl/nl/salariscriterium-2024/",
        "https://dutchumbrellacompany.com/blog/general/salary-criterion-for-highly-skilled-migrants/",
    )
    documentation = (
        "The age on the first application as knowledge migrant with the employer of the "
        "application being judged: the first permit, or the change of employer to this one. In "
        "practice the under-30 criterion is judged at that application and continues at an "
        "extension with the same employer after the 30th birthday; an employer change after "
        "the 30th birthday brings the criterion for 30 and older (allaboutexpats.nl 2024; Dutch "
        "Umbrella Company, 11 January 2016, 'Thirtieth birthday': likely, two practitioner "
        "sources; the IND's own text was not read). Without input: the age on the date, i.e. the "
        "application judged is the first with this employer. From 0 to 130, as `leeftijd`."
    )

    def formula(persoon, period, parameters):
        return persoon("leeftijd", period)
