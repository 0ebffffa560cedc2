import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Werkgever
from openfisca_arbeidsmigratie.model.invoer import Variabele


class ontheffing_voorwaarden_voldaan(Variabele):
    value_type = bool
    entity = Werkgever
    definition_period = DAY
    label = "De rechtspersoon of onderneming voldoet aan de voorwaarden voor ontheffing (Wtta)"
    reference = (
        "https://wetten.overheid.nl/BWBR0009616/2026-07-01#Artikel12e",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=690",
    )
    documentation = (
        "Waadi art. 12e(1), from 1 July 2026: wages paid over at least twelve months "
        "(`maanden_loon_uitbetaald`), and lending turnover per twelve months (`omzet_uitlenen`) "
        "below 10% of the total turnover (`totale_omzet`) and at most EUR 5,000,000. Not for an "
        "employer under art. 7:690 BW (`uitzendwerkgever`, art. 12e(5)). The minister grants the "
        "exemption on application when these are met; the decision is `ontheffing_uitlener`. "
        "The turnovers are compared in float64, but an input is stored in float32, exact to the "
        "euro up to about EUR 16 million: at these amounts the boundaries are tested to the euro."
    )

    def formula_2026_07_01(werkgever, period, parameters):
        p = parameters(period).waadi.ontheffing
        omzet_uitlenen = np.asarray(werkgever("omzet_uitlenen", period), dtype=np.float64)
        totale_omzet = np.asarray(werkgever("totale_omzet", period), dtype=np.float64)
        return (
            (werkgever("maanden_loon_uitbetaald", period) >= p.loon_uitbetaald_minimum_maanden)
            & (omzet_uitlenen < p.omzetaandeel_uitlenen_grens * totale_omzet)
            & (omzet_uitlenen <= p.omzet_uitlenen_maximum)
            & ~werkgever("uitzendwerkgever", period)
        )
