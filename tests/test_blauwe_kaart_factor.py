"""The derived average salary of blauwe_kaart_aangescherpt agrees with the 2026 criteria."""

from openfisca_arbeidsmigratie.reforms.blauwe_kaart_aangescherpt import blauwe_kaart_aangescherpt

IMPLICIETE_FACTOR = 1.375
FACTOR_JONGEREN_VOORSTEL = 1.1


def test_afgeleid_gemiddelde_reproduceert_de_criteria_van_2026(systeem):
    parameters = blauwe_kaart_aangescherpt(systeem).parameters("2026-06-01")
    gemiddeld_per_maand = (
        parameters.hervormingen.blauwe_kaart_aangescherpt.gemiddeld_bruto_jaarsalaris / 12
    )
    blauwe_kaart = parameters.blauwe_kaart
    assert (
        abs(
            FACTOR_JONGEREN_VOORSTEL * gemiddeld_per_maand
            - blauwe_kaart.salariscriterium_recent_afgestudeerd
        )
        < 1
    )
    assert abs(IMPLICIETE_FACTOR * gemiddeld_per_maand - blauwe_kaart.salariscriterium) < 1
