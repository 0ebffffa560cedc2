from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.hervorming import lees_anders


class interpretatie_blauwe_kaart_afwezigheid_zonder_cumulatie(Reform):
    """Reading: every Blue Card holder applying for EU long-term resident status may be absent up
    to twelve consecutive and eighteen months in total without interrupting the five years, also
    one who never resided in another member state.

    Sources for: practitioners' summaries (Anywr Group 2024; europeseblauwekaart.nl: "maximaal 12
    maanden aaneengesloten of 18 maanden in totaal") state the limits for Blue Card holders without
    the condition; the model applied them that way before the audit of November 2026.

    Sources against (the reading encoded as law): Directive 2009/50/EC art. 16(3) and Directive (EU)
    2021/1883 art. 18(3) derogate from Directive 2003/109 art. 4(3) for "the period referred to in
    paragraph 2(a)", the five years in the Union of the cumulation case; the audit of November 2026
    (with COM(2014) 287) reads them as limited to that case.

    An interpretation of current law, not a proposal: it sets
    `verblijf.eu_langdurig_ingezetene.blauwe_kaart_afwezigheid_alleen_bij_cumulatie` to false.
    """

    name = "Interpretatie: afwezigheidsgrenzen blauwe kaart voor iedere houder"
    beschrijving = (  # in Dutch, for the werkbank
        "Lezing: elke houder van een blauwe kaart die de status van EU-langdurig ingezetene "
        "aanvraagt, mag tot twaalf maanden aaneen en achttien maanden in totaal afwezig zijn "
        "zonder de vijf jaar te onderbreken, ook wie nooit in een andere lidstaat verbleef."
    )

    def apply(self):
        self.modify_parameters(
            lees_anders(
                "verblijf.eu_langdurig_ingezetene.blauwe_kaart_afwezigheid_alleen_bij_cumulatie",
                False,
            )
        )
