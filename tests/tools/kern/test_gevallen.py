"""Cases in one simulation per system: the same values as each case in its own simulation."""

import pytest

from openfisca_arbeidsmigratie.situaties import laad_voorbeelden
from openfisca_arbeidsmigratie.tools.cli.voorbeelden import VERBLIJF_KOLOMMEN, VOORBEELD_KOLOMMEN
from openfisca_arbeidsmigratie.tools.kern.gevallen import (
    bereken_geval,
    bereken_gevallen,
    samen_berekend,
)
from openfisca_arbeidsmigratie.tools.kern.register import (
    HUIDIG_RECHT,
    beschikbare_hervormingen,
    beschikbare_interpretaties,
    pas_toe,
)

VARIABELEN = [naam for naam, _ in VOORBEELD_KOLOMMEN + VERBLIJF_KOLOMMEN]


@pytest.fixture(scope="module")
def systemen(systeem):
    namen = [*beschikbare_hervormingen(), *beschikbare_interpretaties()]
    return {HUIDIG_RECHT: systeem, **{naam: pas_toe(systeem, naam) for naam in namen}}


def test_voorbeelden_samen_gelijk_aan_los(systemen):
    """Every bundled case (different dates, histories) under every system, every column."""
    gevallen = laad_voorbeelden()
    assert len({str(geval["period"]) for geval in gevallen}) > 1
    samen = samen_berekend(systemen, gevallen, VARIABELEN)
    assert set(samen) == set(systemen)
    for naam, systeem in systemen.items():
        for geval, uitkomst in zip(gevallen, samen[naam], strict=True):
            assert uitkomst == bereken_geval(systeem, geval, VARIABELEN), (naam, geval["name"])


def test_formule_deels_gegeven_rekent_los(systeem):
    """`leeftijd` given for one case and computed from `geboortedatum` for the other on the same
    date: one simulation would give the second its default age, so they are joined apart."""
    datum = "2025-03-10"
    gevallen = [
        {"period": datum, "input": {"nationaliteit": "IN", "leeftijd": 24}},
        {"period": datum, "input": {"nationaliteit": "IN", "geboortedatum": "1980-01-01"}},
    ]
    variabelen = ["leeftijd", "kennismigrant_salarisnorm"]
    los = [bereken_geval(systeem, geval, variabelen) for geval in gevallen]
    assert samen_berekend({HUIDIG_RECHT: systeem}, gevallen, variabelen) == {HUIDIG_RECHT: los}
    assert bereken_gevallen({HUIDIG_RECHT: systeem}, gevallen, variabelen)[HUIDIG_RECHT] == los
    assert los[1]["leeftijd"] == 45


def test_fout_in_een_geval_als_los(systeem):
    """A case the engine refuses raises its own error, as when computed alone."""
    gevallen = [{"period": "2025-03-10", "input": {"leeftijd": 24}}, {"period": "2025-03-10"}]
    gevallen.append({"period": "2025-03-10", "input": {"leeftijd": -3}})
    with pytest.raises(Exception, match="leeftijd") as samen:
        bereken_gevallen({HUIDIG_RECHT: systeem}, gevallen, ["leeftijd"])
    with pytest.raises(Exception, match="leeftijd") as los:
        bereken_geval(systeem, gevallen[2], ["leeftijd"])
    assert str(samen.value) == str(los.value)


def test_variabelen_per_systeem(systemen):
    """Current law's columns and one variable per reform in one pass: the same values as each
    list computed on its own."""
    gevallen = laad_voorbeelden()
    namen = list(systemen)[:3]
    gekozen = {naam: systemen[naam] for naam in namen}
    variabelen = {namen[0]: VARIABELEN, **{naam: ["toelatingsroute"] for naam in namen[1:]}}
    samen = bereken_gevallen(gekozen, gevallen, variabelen)
    for naam in namen:
        los = bereken_gevallen({naam: systemen[naam]}, gevallen, variabelen[naam])[naam]
        assert samen[naam] == los
