from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsvergunning, lid_van
from openfisca_arbeidsmigratie.model.invoer import Invoer
from openfisca_arbeidsmigratie.model.termijnen import binnen_jaren_na


def diploma_binnen_termijn(persoon, period, parameters):
    p = parameters(period).kennismigrant.verlaagd_criterium
    diploma = lid_van(persoon("diploma_verlaagd_criterium", period), p.kwalificerende_diplomas)
    afgestudeerd = persoon("afstudeerdatum", period)
    return diploma & binnen_jaren_na(period.start, afgestudeerd, p.termijn_na_afstuderen_jaren)


class kennismigrant_verlaagd_criterium(Invoer):
    value_type = bool
    entity = Persoon
    definition_period = DAY
    label = "Komt in aanmerking voor het verlaagd salariscriterium voor kennismigranten"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0046078&artikel=2.1",
        "https://zoek.officielebekendmakingen.nl/stcrt-2014-35740.html",
        "https://zoek.officielebekendmakingen.nl/stcrt-2015-46072.html",
        "https://zoek.officielebekendmakingen.nl/stb-2016-86.html",
        "https://www.leideninternationalcentre.nl/get-advice/blogs/salary-criteria-for-highly-skilled-migrants-rules-and-exceptions",
    )
    documentation = (
        "Given directly, or computed: a qualifying diploma (`diploma_verlaagd_criterium`: until 1 "
        "March 2016 only a Dutch one) with `afstudeerdatum` within the window before the "
        "application (one year, three from 1 March 2016, the date and the anniversary included); "
        "or an application during or directly after the search year, read as holding the search-"
        "year permit on the application date (an application just after it expired: give the "
        "input directly). The search-year case also before 1 March 2016, for the zoekjaar "
        "afgestudeerden and the regeling hoogopgeleiden: the amount was for graduates who start "
        "work as knowledge migrant during their search year (Exterus, 18 December 2012) and the "
        "2015 indexation names it 'kennismigrant na zoekjaar afgestudeerde/hoogopgeleide' (Grant "
        "Thornton on Stcrt. 2014, 35740). Not the same test as the Blue Card's "
        "`blauwe_kaart_recent_afgestudeerd` (any higher-education diploma). The statutory test is "
        "meeting the conditions of the search-year permit of art. 3.42 Vb 2000 (BuWav art. 1d, "
        "2017 text; BuWav 2022 art. 2.1), one of which is not having held a search-year permit "
        "for the same degree: until the IND broadened its practice in 2020 (Kroes Advocaten, 10 "
        "September 2020; Limes; Everaert), a former search-year holder who did not apply directly "
        "after it lost the reduced amount (Van Lienden 2019). The computed window does not know "
        "of an earlier search year: for such an application before mid-2020 give the input "
        "directly (false). A holder admitted on the reduced criterion keeps it at an extension "
        "and after a change of employer (`kennismigrant_toegelaten_verlaagd_criterium`)."
    )

    def formula_2008_01_01(persoon, period, parameters):
        na_zoekjaar = (
            persoon("verblijfsvergunning", period) == Verblijfsvergunning.zoekjaar_hoogopgeleiden
        )
        return (
            na_zoekjaar
            | diploma_binnen_termijn(persoon, period, parameters)
            | persoon("kennismigrant_toegelaten_verlaagd_criterium", period)
        )
