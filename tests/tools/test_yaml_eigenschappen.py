"""Property test (issue 25, item 5): change files and case files, valid and invalid, generated
with a fixed seed; every run of `vergelijk` and `uitleg` ends in a result (exit 0) or exit 2 with
one message, never a traceback."""

import contextlib
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import openfisca_arbeidsmigratie.tools.cli.uitleg as cli_uitleg
import openfisca_arbeidsmigratie.tools.cli.vergelijk as cli_vergelijk
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.cli.test import controleer_bestand
from openfisca_arbeidsmigratie.tools.geval.vergelijking import GevalFout

# `make fuzz` (in `make bench`) runs these searches 20 times longer.
FUZZ_FACTOR = int(os.environ.get("ARBEIDSMIGRATIE_FUZZ_FACTOR", "1"))

INSTELLINGEN = settings(
    max_examples=60 * FUZZ_FACTOR,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PADEN = [
    "kennismigrant.salariscriterium.jonger_dan_dertig",
    "kennismigrant.leeftijdsgrens",
    "waadi.toelating.handhaving",
    "wav.vrij_verkeer.nederland.landen",
    "wav.studenten.zomermaanden",
    "wav.minimumloon.vakantiebijslag_percentage",
    "verblijf.inburgering.taalniveau",
    "kennismigrant.salariscriterium",
    "bestaat.niet",
]
DATUMS = [
    "2026-01-01", "'2026-01-01'", "2026-02-30", "'2026-02-30'", "2026-1-5", "2026-01-01 10:00:00",
    "volgend jaar", "20260101", "1800-01-01", "9999-12-31", "[2026]", "null",
]  # fmt: skip
WAARDEN = [
    "4500", "0", "-1", "4500.5", "true", "false", ".nan", ".inf", "-.inf", "1.0e+29",
    "100000000000000000000000000000", "abc", "null", "[]", "[NL, 'NO']", "[NO]", "[6, 7]",
    "[6, 13]", "b1", "{a: 1}", "'4500'", "0x10", "4_500", "²",
]  # fmt: skip
VARIABELEN = [
    "leeftijd", "bruto_maandloon", "nationaliteit", "verblijfsvergunning", "erkend_referent",
    "arbeidsuren_per_week", "bestaat_niet", "verblijfsdoel",
]  # fmt: skip
INVOERWAARDEN = [
    "30", "-1", "131", "5000", "5000.5", ".nan", "true", "IN", "'NO'", "NO", "abc", "null",
    "[1, 2]", "{month:2020-01:12: arbeid_kennismigrant}", "{month:2020-01:100000: arbeid}",
    "{2026-02-30: 1}", "{x: 1}", "1.0e+40", "²", "{month:2020-13:2: arbeid}", "{2020: true}",
    "{month:2020-01:3: [1]}", "{eternity: 1}", "*x", "&x 3",
]  # fmt: skip
ENTITEITEN = [
    "personen: {p: {leeftijd: 30}}",
    "personen: {p: {leeftijd: 30}}\n    werkgevers: {w: {werknemers: [p]}}",
    "personen: {p: {}}\n    werkgevers: {w: {werknemers: [q]}}",
    "personen: {'': {}}",
    "personen: [p]",
    "werkgevers: {w: {werknemers: p}}",
]


@pytest.fixture
def snel(monkeypatch, systeem):
    """The CLI on the session's system (building one takes a second)."""
    for module in (cli_vergelijk, cli_uitleg):
        monkeypatch.setattr(module, "CountryTaxBenefitSystem", lambda: systeem)


@st.composite
def wijzigingsbestanden(draw) -> str:
    regels = []
    for pad in draw(st.lists(st.sampled_from(PADEN), min_size=1, max_size=2)):
        regels.append(f"{pad}:")
        for datum in draw(st.lists(st.sampled_from(DATUMS), min_size=1, max_size=3)):
            regels.append(f"  {datum}: {draw(st.sampled_from(WAARDEN))}")
    if draw(st.booleans()) and draw(st.booleans()):
        regels.insert(0, draw(st.sampled_from(["- lijst", "a: &a [1]", "[[[[[", "\t"])))
    return "\n".join(regels) + "\n"


@st.composite
def gevalbestanden(draw) -> str:
    regels = []
    for nummer in range(draw(st.integers(1, 3))):
        regels.append(f"- name: geval {nummer}")
        regels.append(f"  period: {draw(st.sampled_from(DATUMS[:6] + ['2003-01-01', 'x']))}")
        regels.append("  input:")
        if draw(st.integers(0, 4)) == 0:
            regels.append(f"    {draw(st.sampled_from(ENTITEITEN))}")
            continue
        for naam in draw(st.lists(st.sampled_from(VARIABELEN), min_size=0, max_size=4)):
            regels.append(f"    {naam}: {draw(st.sampled_from(INVOERWAARDEN))}")
    if draw(st.booleans()) and draw(st.booleans()):
        regels.append(draw(st.sampled_from(["- *x", "- &x {}", "  input: {}", "- 1", "- [["])))
    return "\n".join(regels) + "\n"


TEKENS = st.sampled_from(list("-:[]{}&*!|>'\"#%@ \n\t0123456789abcdefgpNOy.,²é"))


@INSTELLINGEN
@given(tekst=st.text(TEKENS, max_size=200), soort=st.sampled_from(["geval", "wijziging"]))
def test_willekeurige_tekst_geeft_uitkomst_of_exit_2(tmp_path, capsys, snel, tekst, soort):
    geval, bestand = tmp_path / "geval.yaml", tmp_path / "wijziging.yaml"
    geval.write_text(tekst if soort == "geval" else GEWOON_GEVAL, encoding="utf-8")
    bestand.write_text(tekst, encoding="utf-8")
    extra = ["--parameters", bestand] if soort == "wijziging" else []
    draai(capsys, "vergelijk", geval, *extra)


def draai(capsys, *argumenten) -> None:
    status = main([str(a) for a in argumenten])
    fout = capsys.readouterr().err
    assert status in (0, 2), (status, fout)
    assert "Traceback" not in fout
    if status == 2:
        assert fout.startswith("arbeidsmigratie: error: ") and fout.count("\n") == 1, fout


GEWOON_GEVAL = "- name: x\n  period: 2026-06-01\n  input: {leeftijd: 25, nationaliteit: IN}\n"


@INSTELLINGEN
@given(wijziging=wijzigingsbestanden())
def test_wijzigingsbestand_geeft_uitkomst_of_exit_2(tmp_path, capsys, snel, wijziging):
    geval, bestand = tmp_path / "geval.yaml", tmp_path / "wijziging.yaml"
    geval.write_text(GEWOON_GEVAL, encoding="utf-8")
    bestand.write_text(wijziging, encoding="utf-8")
    draai(capsys, "vergelijk", geval, "--parameters", bestand)


@INSTELLINGEN
@given(inhoud=gevalbestanden(), opdracht=st.sampled_from(["vergelijk", "uitleg"]))
def test_gevalbestand_geeft_uitkomst_of_exit_2(tmp_path, capsys, snel, inhoud, opdracht):
    geval = tmp_path / "geval.yaml"
    geval.write_text(inhoud, encoding="utf-8")
    draai(capsys, opdracht, geval)
    with contextlib.suppress(GevalFout):
        controleer_bestand(geval)
