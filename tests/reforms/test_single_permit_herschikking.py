"""Without the optional labour-market test, a change of employer by notification needs none."""

from openfisca_arbeidsmigratie.reforms.single_permit_herschikking import single_permit_herschikking

from openfisca_arbeidsmigratie.tools.kern.gevallen import simulatie_voor_geval
from openfisca_arbeidsmigratie.tools.kern.register import wijzigingshervorming

GEVAL = {
    "period": "2026-06-01",
    "input": {
        "nationaliteit": "PH",
        "verblijfsvergunning": "arbeid_regulier",
        "werkgeverswissel": True,
    },
}
PAD = "hervormingen.single_permit_herschikking.arbeidsmarkttoets_bij_werkgeverswissel"


def _toets_vereist(systeem) -> bool:
    return bool(
        simulatie_voor_geval(systeem, GEVAL).calculate("arbeidsmarkttoets_vereist", "2026-06-01")[0]
    )


def test_optionele_toets_uit_schrapt_de_toets_bij_wissel(systeem):
    herschikt = single_permit_herschikking(systeem)
    assert _toets_vereist(herschikt)
    zonder_toets = wijzigingshervorming({PAD: {"2026-05-21": False}}, "zonder toets")(herschikt)
    assert not _toets_vereist(zonder_toets)
