from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.entities import Persoon
from openfisca_arbeidsmigratie.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.verblijfsgeschiedenis import (
    geschiedenis,
    gewichten,
    tel_verblijf,
    terugkijkperiode,
)


class blauwe_kaart_maanden_in_nederland(Variable):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden ononderbroken verblijf in Nederland als houder van een blauwe kaart"
    unit = "month"
    reference = ("https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",)

    def formula_2013_01_01(persoon, period, parameters):
        p = parameters(period).verblijf
        eu = p.eu_langdurig_ingezetene
        aantal = terugkijkperiode(p)
        doelen, buiten = geschiedenis(persoon, period, aantal)
        telling, _ = tel_verblijf(
            gewichten(Verblijfsdoel, doelen, ["blauwe_kaart"]),
            doelen == Verblijfsdoel.blauwe_kaart.index,
            buiten,
            eu.blauwe_kaart_onderbreking_aaneengesloten_maanden_buiten,
            aantal,
        )
        return telling.astype(int)
