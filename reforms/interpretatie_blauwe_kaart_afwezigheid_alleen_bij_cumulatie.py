from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.hervorming import INTERPRETATIE, lees_anders


class interpretatie_blauwe_kaart_afwezigheid_alleen_bij_cumulatie(Reform):
    """Reading: the longer absence limits for EU long-term resident status (twelve consecutive and
    eighteen months in total) apply only to a Blue Card holder whose residence in another member
    state is cumulated; every other Blue Card holder has the general limits (six consecutive, ten
    in total).

    Sources for: Directive 2009/50/EC art. 16(3) and Directive (EU) 2021/1883 art. 18(3) derogate
    from Directive 2003/109 art. 4(3) only for "the period referred to in paragraph 2(a)", the five
    years in the Union of the cumulation case; the audit of November 2026 (with COM(2014) 287)
    read them so.

    Sources against (the reading encoded as law): the decree. Vb 2000 art. 3.124 lid 2 onder d,
    in every text from 2011 (the versions of 2014 and 2015 in statengeneraal/laws-markdown) to the
    text of 12 June 2024 after Stb. 2024, 150 (MinBZK/regelrecht-corpus), spares "als houder van
    een Europese blauwe kaart" whoever was not longer than twelve consecutive and eighteen months
    in total outside the Netherlands, with no condition of cumulation (which is onder c). A member
    state may be more generous than the directive on absences (Directive 2003/109 art. 4(3),
    second subparagraph).

    An interpretation of current law, not a proposal: it sets
    `verblijf.eu_langdurig_ingezetene.blauwe_kaart_afwezigheid_alleen_bij_cumulatie` to true.
    """

    name = "Interpretatie: afwezigheidsgrenzen blauwe kaart alleen bij cumulatie"
    status = INTERPRETATIE
    beschrijving = (  # in Dutch, for the werkbank
        "Lezing: de ruimere afwezigheidsgrenzen voor de status van EU-langdurig ingezetene "
        "(twaalf maanden aaneen, achttien in totaal) gelden alleen voor een houder van een "
        "blauwe kaart wiens verblijf in een andere lidstaat wordt samengeteld; voor iedere "
        "andere houder gelden de algemene grenzen (zes aaneen, tien in totaal)."
    )

    def apply(self):
        self.modify_parameters(
            lees_anders(
                "verblijf.eu_langdurig_ingezetene.blauwe_kaart_afwezigheid_alleen_bij_cumulatie",
                True,
            )
        )
