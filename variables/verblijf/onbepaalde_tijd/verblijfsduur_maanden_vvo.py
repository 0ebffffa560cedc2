from openfisca_core.periods import DAY
from openfisca_core.variables import Variable

from openfisca_arbeidsmigratie.entities import Persoon
from openfisca_arbeidsmigratie.enums import Verblijfsdoel
from openfisca_arbeidsmigratie.verblijfsgeschiedenis import (
    geschiedenis,
    gewichten,
    niet_tijdelijke_doelen,
    tel_verblijf,
    terugkijkperiode,
)


class verblijfsduur_maanden_vvo(Variable):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden verblijf die meetellen voor de verblijfsvergunning regulier onbepaalde tijd"
    unit = "month"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011825&artikel=3.5",
    )
    documentation = (
        "Months on a permit for a non-temporary purpose within the uninterrupted lawful residence "
        "before the application month. Reading chosen: a month on a temporary purpose (study, "
        "search year) is lawful and does not interrupt, but does not count. More than six "
        "consecutive months abroad move the main residence and restart the count on return."
    )

    def formula_2013_01_01(persoon, period, parameters):
        p = parameters(period).verblijf
        aantal = terugkijkperiode(p)
        doelen, buiten = geschiedenis(persoon, period, aantal)
        niet_tijdelijk = niet_tijdelijke_doelen(Verblijfsdoel, p.tijdelijke_verblijfsdoelen)
        telling, _ = tel_verblijf(
            gewichten(Verblijfsdoel, doelen, niet_tijdelijk),
            doelen != Verblijfsdoel.geen.index,
            buiten,
            p.onbepaalde_tijd.hoofdverblijf_verplaatst_maanden_buiten + 1,
            aantal,
        )
        return telling.astype(int)
