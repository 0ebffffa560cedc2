import numpy as np
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.enums import Verblijfsdoel, lid_van
from openfisca_arbeidsmigratie.model.invoer import Variabele


class maanden_tot_verblijfsduur_vervuld(Variabele):
    value_type = int
    entity = Persoon
    definition_period = DAY
    label = "Maanden tot aan de verblijfsduur voor verblijf voor onbepaalde tijd is voldaan"
    unit = "month"
    reference = (
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=21",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b",
    )
    documentation = (
        "If the current purpose continues without interruption: the months until the first of "
        "the two five-year requirements (national permit, EU long-term resident) is met. Each "
        "month of lawful residence adds a month to the national count (only a non-temporary one "
        "where `verblijf.onbepaalde_tijd.tijdelijk_verblijf_telt_mee` is false); a purpose that "
        "counts for EU status adds a month to the EU count, study half a month. 0 when already "
        "met; -1 when the current purpose never leads there (no lawful residence; where temporary "
        "residence does not count nationally, also a temporary purpose that does not count for EU "
        "status). Only the duration: a temporary purpose at the application is a separate refusal "
        "ground (`huidig_verblijfsdoel_niet_tijdelijk`). Absence rules are not projected. "
        "Before the age of eight the national count waits for that birthday (Vw 2000 art. 21 "
        "lid 5)."
    )

    def formula_2013_01_01(persoon, period, parameters):
        p = parameters(period).verblijf
        eu = p.eu_langdurig_ingezetene
        vereist = p.vereiste_verblijfsduur_maanden
        doel = persoon("huidig_verblijfsdoel", period)
        nationaal = np.where(
            p.onbepaalde_tijd.tijdelijk_verblijf_telt_mee,
            doel != Verblijfsdoel.geen,
            persoon("huidig_verblijfsdoel_niet_tijdelijk", period),
        )
        half = lid_van(doel, eu.half_meetellende_verblijfsdoelen)
        tempo_eu = np.where(
            persoon("huidig_verblijfsdoel_meetellend_eu", period),
            1.0,
            np.where(half, eu.gewicht_half_meetellend, 0.0),
        )
        nog_tot_leeftijd = np.maximum(-persoon("maanden_sinds_meetellende_leeftijd", period), 0)
        tekort_vvo = (
            np.maximum(vereist - persoon("verblijfsduur_maanden_vvo", period), 0) + nog_tot_leeftijd
        )
        tekort_eu = np.maximum(vereist - persoon("verblijfsduur_maanden_eu", period), 0)
        nooit = np.iinfo(np.int32).max
        maanden_vvo = np.where(nationaal | (tekort_vvo == 0), tekort_vvo, nooit)
        with np.errstate(divide="ignore", invalid="ignore"):
            maanden_eu = np.where(
                tempo_eu > 0, np.ceil(tekort_eu / np.where(tempo_eu > 0, tempo_eu, 1)), nooit
            )
        maanden_eu = np.where(tekort_eu == 0, 0, maanden_eu)
        kortste = np.minimum(maanden_vvo, maanden_eu)
        return np.where(kortste == nooit, -1, kortste).astype(int)
