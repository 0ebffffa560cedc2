from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.hervorming import INTERPRETATIE, lees_anders


class interpretatie_nationaal_alleen_niet_tijdelijk(Reform):
    """Reading: for the national permanent permit (Vw 2000 art. 21) only the months on a permit for
    a non-temporary purpose count toward the five years; study, search-year and other temporary
    months are lawful and do not interrupt, but do not count.

    Sources for: the cabinet's letter of 9 January 2025 (Kamerstuk 29 861, nr. 153: "vijf jaar
    onafgebroken rechtmatig verblijf in Nederland voor een niet-tijdelijk verblijfsdoel"); an older
    IND overview ("5 jaar ... met een verblijfsvergunning regulier voor bepaalde tijd voor een
    niet-tijdelijk doel"); before 2014 the ground "verblijfsrecht van tijdelijke aard" in the period
    stood in art. 21 lid 1 onder b Vw 2000, the article that then served both permits.

    Sources against (the reading encoded as law): Vw 2000 art. 21 lid 1 aanhef asks five years of
    lawful residence; the temporary-nature ground in the period is the EU permit's (art. 45b lid 1
    onder b, Directive 2003/109 art. 3(2)(e)); the IND's current conditions ("minimaal 5 jaar achter
    elkaar een geldige Nederlandse verblijfsvergunning", "nu een geldige verblijfsvergunning voor
    een niet-tijdelijk verblijfsdoel", 22 March 2024); Mynta, Everaert, Pathway Partners.

    An interpretation of current law, not a proposal: it sets
    `verblijf.onbepaalde_tijd.tijdelijk_verblijf_telt_mee` to false on every date.
    """

    name = "Interpretatie: alleen niet-tijdelijk verblijf telt voor de nationale vergunning"
    status = INTERPRETATIE
    beschrijving = (  # in Dutch, for the werkbank
        "Lezing: voor de nationale vergunning voor onbepaalde tijd (Vw 2000 art. 21) tellen "
        "alleen de maanden met een vergunning voor een niet-tijdelijk doel mee voor de vijf "
        "jaar; studie, zoekjaar en ander tijdelijk verblijf is rechtmatig en onderbreekt "
        "niet, maar telt niet mee."
    )

    def apply(self):
        self.modify_parameters(
            lees_anders("verblijf.onbepaalde_tijd.tijdelijk_verblijf_telt_mee", False)
        )
