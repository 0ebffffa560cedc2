from openfisca_core.periods import instant
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.hervorming import (
    INTERPRETATIE,
    laad_hervormingsparameters,
    pas_gebundelde_hervorming_toe,
)

# The reform whose rules this reading applies by direct effect.
NAAM = "single_permit_herschikking"

# The day after the transposition deadline of Directive (EU) 2024/1233 (art. 36: 21 May 2026).
RECHTSTREEKSE_WERKING = "2026-05-22"
VOOR_RECHTSTREEKSE_WERKING = "2026-05-21"
EERSTE_DAG_MODEL = "2004-01-01"
# The options of art. 11 as read under direct effect: no minimum period with the first employer
# (an option the Netherlands did not take up), the existing labour-market test of Wav art. 8.
KEUZES = {"minimale_maanden_eerste_werkgever": 0, "arbeidsmarkttoets_bij_werkgeverswissel": True}


def _vanaf_rechtstreekse_werking(parameters):
    knoop = parameters.children["hervormingen"].children[NAAM]
    knoop.children["van_kracht"].update(
        start=instant(EERSTE_DAG_MODEL), stop=instant(VOOR_RECHTSTREEKSE_WERKING), value=False
    )
    knoop.children["van_kracht"].update(start=instant(RECHTSTREEKSE_WERKING), value=True)
    for naam, parameter in knoop.children.items():
        if naam == "van_kracht":
            continue
        waarden = [w.value for w in parameter.values_list if w.value is not None]
        waarde = KEUZES.get(naam, waarden[-1])
        parameter.update(start=instant(RECHTSTREEKSE_WERKING), value=waarde)
    return parameters


class interpretatie_single_permit_rechtstreekse_werking(Reform):
    """Reading: the unconditional provisions of the recast Single Permit Directive (EU) 2024/1233
    apply in the Netherlands by direct effect from 22 May 2026, the day after its transposition
    deadline (art. 36: 21 May 2026), although the Netherlands has not transposed it.

    Sources for: Directive (EU) 2024/1233 art. 11: a holder of a single permit may change employer
    (the member state may ask for a notification and object within 45 days), and unemployment of
    at most three months in total, six after two years of holding the permit, is no ground to
    withdraw it; these are unconditional and precise, so after the deadline an individual may rely
    on them against the state (Van Duyn, Ratti; Becker: a member state cannot rely on options it
    did not take up). Read so: no minimum period with the first employer (an option of at most six
    months, not taken up), and the labour-market test of Wav art. 8, a national measure the recast
    allows at a change of employer, still applies.

    Sources against (the reading encoded as law): no Dutch transposition was found; the
    consolidated Wav of 12 June 2026 still defines the gecombineerde vergunning and its
    aanvullend document by reference to Directive 2011/98/EU (art. 1 onder h en i) and has no
    change of employer by notification and no permitted unemployment; the BuWav versions of
    22 May and 1 August 2026 show neither. Direct effect is for the courts to confirm.

    An interpretation of current law, not a proposal: it applies the rules of the reform
    `single_permit_herschikking` from 22 May 2026 with the options above, whatever start date
    that reform's own parameters give.
    """

    name = "Interpretatie: rechtstreekse werking herschikte richtlijn gecombineerde vergunning"
    status = INTERPRETATIE
    beschrijving = (  # in Dutch, for the werkbank
        "Lezing: de onvoorwaardelijke bepalingen van de herschikte richtlijn gecombineerde "
        "vergunning (EU) 2024/1233 werken in Nederland rechtstreeks vanaf 22 mei 2026, de dag "
        "na de omzettingstermijn, hoewel Nederland de richtlijn niet heeft omgezet."
    )

    def apply(self):
        pas_gebundelde_hervorming_toe(self, NAAM)
        laad = laad_hervormingsparameters(NAAM)
        self.modify_parameters(lambda parameters: _vanaf_rechtstreekse_werking(laad(parameters)))
