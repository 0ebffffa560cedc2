from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.hervorming import INTERPRETATIE, lees_anders


class interpretatie_eu_afwezigheid_tien_maanden(Reform):
    """Reading: for EU long-term resident status, ten or more months outside the Netherlands in
    total within the five years interrupt the residence (instead of eleven or more).

    Sources for: the Dutch statute, Vw 2000 art. 45b lid 2 onder b: "zes of meer achtereenvolgende
    maanden of in totaal tien of meer maanden buiten Nederland";
    the IND's page on the EU long-term resident permit ("10 maanden of langer in totaal"), which is
    how applications are decided in practice.

    Sources against (the reading encoded as law): Directive 2003/109/EC art. 4(3): absences that
    "do not exceed in total ten months" do not interrupt; the directive's conditions are exhaustive
    and a member state may only be more generous (art. 4(3) second subparagraph, art. 13); the
    provision is unconditional and precise, so it has direct effect against the state after 23
    January 2006 (Van Duyn, Ratti, Simmenthal). The statute itself allows the conforming reading:
    art. 45b lid 2 says the application "kan slechts worden afgewezen" in that case, a power to
    refuse and not a duty, to be exercised in line with the directive.

    An interpretation of current law, not a proposal: it sets
    `verblijf.eu_langdurig_ingezetene.onderbreking_totaal_maanden_buiten` to 10 on every date.
    """

    name = "Interpretatie: tien maanden afwezigheid onderbreekt (Vw 2000, IND)"
    status = INTERPRETATIE
    beschrijving = (  # in Dutch, for the werkbank
        "Lezing: voor de status van EU-langdurig ingezetene onderbreken tien of meer maanden "
        "buiten Nederland in totaal binnen de vijf jaar het verblijf (in plaats van elf of "
        "meer)."
    )

    def apply(self):
        self.modify_parameters(
            lees_anders("verblijf.eu_langdurig_ingezetene.onderbreking_totaal_maanden_buiten", 10)
        )
