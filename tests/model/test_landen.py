"""Every country code has a Dutch name (the werkbank shows countries in Dutch)."""

from openfisca_arbeidsmigratie.model.landen import NEDERLANDSE_NAMEN, Land


def test_elke_code_een_nederlandse_naam():
    assert set(NEDERLANDSE_NAMEN) == {lid.name for lid in Land}
    assert NEDERLANDSE_NAMEN["DE"] == "Duitsland"
    assert NEDERLANDSE_NAMEN["GB"] == "Verenigd Koninkrijk"
    assert all(naam.strip() for naam in NEDERLANDSE_NAMEN.values())
