from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele


class onderdaan_derde_land(Variabele):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Onderdaan van een derde land: geen burger van de Unie, de EER of Zwitserland"
    reference = (
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32009L0050",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=1",
    )
    documentation = (
        "Directive 2009/50/EC art. 2(a) and Directive (EU) 2021/1883 art. 2(1): anyone who is not "
        "a citizen of the Union; both exclude those with free-movement rights equivalent to Union "
        "citizens (EEA, Switzerland) and those enjoying Union free movement (art. 3(2)). So: not a "
        "`gemeenschapsonderdaan`, and no free movement of workers (a UK national with rights under "
        "the withdrawal agreement is excluded). Needing a work permit is a different question "
        "(`twv_vereist`): a Croatian in 2015 needed a TWV but was a Union citizen, so he could not "
        "get a Blue Card or a knowledge-migrant permit (earning the knowledge-migrant criterion, "
        "he could work without a TWV: `vrijstelling_buwav_van_toepassing`)."
    )

    def formula(persoon, period, parameters):
        return ~persoon("gemeenschapsonderdaan", period) & ~persoon(
            "vrij_verkeer_werknemer", period
        )
