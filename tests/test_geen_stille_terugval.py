"""No silent fallbacks: a salary criterion missing on a date is an error, never another amount."""

import pytest

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model.enums import OntbrekendCriterium

LEEG_VANAF = {"2026-01-01": "2026-02-02", "2010-01-01": "2010-02-01"}


@pytest.fixture(scope="module")
def zonder_criteria():
    """A system whose criteria all end with `value: null` (monthly in 2026, annual in 2010)."""
    systeem = CountryTaxBenefitSystem()
    p = systeem.parameters
    for knoop, start in (
        (p.kennismigrant.salariscriterium, "2026-01-01"),
        (p.kennismigrant.salariscriterium_jaar, "2010-01-01"),
    ):
        for naam in ("dertig_jaar_en_ouder", "jonger_dan_dertig", "verlaagd"):
            knoop.children[naam].update(start=start, value=None)
    p.blauwe_kaart.salariscriterium.update(start="2026-01-01", value=None)
    p.blauwe_kaart.salariscriterium_recent_afgestudeerd.update(start="2026-01-01", value=None)
    return systeem


def bereken(systeem, datum, variabele, **invoer):
    from openfisca_core.simulation_builder import SimulationBuilder

    persoon = {naam: {datum: waarde} for naam, waarde in invoer.items()}
    situatie = {"personen": {"p": persoon}, "werkgevers": {"w": {"werknemers": ["p"]}}}
    simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
    return simulatie.calculate(variabele, datum)


GEVALLEN = [
    ("dertig_jaar_en_ouder", {"leeftijd": 35}),
    ("jonger_dan_dertig", {"leeftijd": 25}),
    ("verlaagd", {"leeftijd": 25, "kennismigrant_verlaagd_criterium": True}),
]


@pytest.mark.parametrize("start,datum", LEEG_VANAF.items())
@pytest.mark.parametrize("categorie,invoer", GEVALLEN)
def test_ontbrekend_kennismigrantcriterium_is_een_fout(
    zonder_criteria, start, datum, categorie, invoer
):
    invoer = {"nationaliteit": "IN", "bruto_maandloon": 9000, **invoer}
    with pytest.raises(OntbrekendCriterium, match=categorie):
        bereken(zonder_criteria, datum, "kennismigrant_voldoet_salariscriterium", **invoer)


def test_onderzoeker_houdt_het_minimumloon(zonder_criteria):
    """The minimum-wage category has no criterion by law and still gets the minimum wage."""
    norm = bereken(
        zonder_criteria,
        "2026-02-02",
        "kennismigrant_salarisnorm",
        nationaliteit="IR",
        leeftijd=31,
        kennismigrant_functie="wetenschappelijk_onderzoeker",
    )
    assert norm[0] == pytest.approx(2549.73)


@pytest.mark.parametrize("afgestudeerd", [False, True])
def test_ontbrekend_blauwekaartcriterium_is_een_fout(zonder_criteria, afgestudeerd):
    with pytest.raises(Exception, match="salariscriterium"):
        bereken(
            zonder_criteria,
            "2026-02-02",
            "blauwe_kaart_salarisnorm",
            nationaliteit="IN",
            blauwe_kaart_recent_afgestudeerd=afgestudeerd,
        )
