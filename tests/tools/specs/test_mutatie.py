"""The mutation score's machinery (issue 22, item 7): the seeded selection, each kind of mutant
applied to a copy of the rule trees, the order of the YAML tests, the YAML suite and the specs
judging mutants of a tiny rule tree (in one process and in two), and the report with the reviewed
judgements merged in."""

from pathlib import Path
from textwrap import dedent

import pytest

from openfisca_arbeidsmigratie.model import bereik
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.specs.mutatie import alle_mutanten, gemuteerde_systeem, kies
from openfisca_arbeidsmigratie.tools.specs.mutatiedraai import (
    Opdracht,
    Uitslag,
    beoordeel,
    draai,
    volgorde,
)
from openfisca_arbeidsmigratie.tools.specs.mutatieverslag import (
    BEGIN,
    EIND,
    OordeelFout,
    lees_oordelen,
    schrijf_tussen_markers,
    verslag,
)

VARIABELE = """
from openfisca_core.periods import DAY

from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Invoer, Variabele


class {naam}({basis}):
    value_type = {soort}
    entity = Persoon
    definition_period = DAY
    label = "{naam}"
    reference = "https://example.org"
{formule}
"""
INVOER = """
    unit = "currency-EUR"
    minimum = 0
    maximum = 1_000_000
"""
VOLDOENDE = """
    def formula_2020_01_01(persoon, period, parameters):
        p = parameters(period).loon
        loon = persoon("bruto_loon", period)
        return (loon >= p.drempel) & (loon < p.plafond)
"""
TOEGELATEN = """
    def formula_2020_01_01(persoon, period, parameters):
        return persoon("loon_voldoende", period)
"""
PARAMETER = """description: {naam}
metadata: {{label: {naam}, unit: currency-EUR, reference: https://example.org}}
values:
{waarden}
"""
GEVAL = """- name: "{naam}"
  period: {datum}
  input: {{bruto_loon: {loon}}}
  output: {{{variabele}: {uit}}}
"""
SPEC = """naam: Vanaf het plafond is het loon niet voldoende
bron: de kleine boom van deze test
systemen: [huidig_recht]
datum: 2021-06-01
domein:
  bruto_loon: {van: 0, tot: 6000}
eigenschappen:
  - naam: at the ceiling or above, not sufficient
    als: bruto_loon >= 5000
    dan: not loon_voldoende
"""


def _schrijf(pad: Path, tekst: str) -> Path:
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(dedent(tekst).lstrip(), encoding="utf-8")
    return pad


@pytest.fixture
def boom(tmp_path, systeem):
    """A tiny rule tree: `loon_voldoende` (a wage from a threshold, below a ceiling; 6 mutants),
    `toegelaten` reading it, `bruto_loon` as input, and YAML tests that pin the threshold but not
    the ceiling. The range of dates the model decides on is recorded again for current law
    afterwards (building a system records it)."""
    bron = tmp_path / "bron"
    variabelen = bron / "variables" / "loon"
    for naam, soort, formule in [
        ("bruto_loon", "float", INVOER),
        ("loon_voldoende", "bool", VOLDOENDE),
        ("toegelaten", "bool", TOEGELATEN),
    ]:
        _schrijf(
            variabelen / f"{naam}.py",
            VARIABELE.format(
                naam=naam,
                basis="Invoer" if formule is INVOER else "Variabele",
                soort=soort,
                formule=formule,
            ),
        )
    for naam, waarden in [
        ("drempel", {"2020-01-01": 1000, "2022-01-01": 1100}),
        ("plafond", {"2020-01-01": 5000}),
    ]:
        regels = "\n".join(f"  {datum}: {{value: {w}}}" for datum, w in waarden.items())
        _schrijf(
            bron / "parameters" / "loon" / f"{naam}.yaml",
            PARAMETER.format(naam=naam, waarden=regels),
        )
    tests = tmp_path / "tests"
    gevallen = [
        ("drempel gehaald", "2021-06-01", 1000, "true"),
        ("een cent onder de drempel", "2021-06-01", 999.99, "false"),
        ("dag voor de verhoging", "2021-12-31", 1000, "true"),
        ("dag van de verhoging: 1.100", "2022-01-01", 1100, "true"),
        ("dag van de verhoging: een cent eronder", "2022-01-01", 1099.99, "false"),
    ]
    _schrijf(
        tests / "loon" / "loon_voldoende.yaml",
        "".join(
            GEVAL.format(naam=n, datum=d, loon=loon, variabele="loon_voldoende", uit=u)
            for n, d, loon, u in gevallen
        ),
    )
    _schrijf(
        tests / "loon" / "toegelaten.yaml",
        GEVAL.format(
            naam="toegelaten", datum="2021-06-01", loon=3000, variabele="toegelaten", uit="true"
        ),
    )
    _schrijf(
        tests / "loon" / "bruto_loon.yaml",
        GEVAL.format(
            naam="invoer", datum="2021-06-01", loon=3000, variabele="bruto_loon", uit=3000
        ),
    )
    _schrijf(
        tests / "andere" / "noemt.yaml",
        GEVAL.format(
            naam="noemt", datum="2021-06-01", loon=3000, variabele="loon_voldoende", uit="true"
        ),
    )
    yield bron, tests
    bereik.leg_vast(systeem)


def _opdracht(bron, tests, specs=()):
    return Opdracht(tuple(sorted(tests.rglob("*.yaml"))), tests, 2_000, bron=bron, specs=specs)


def _sleutels(mutanten) -> list[str]:
    return [m.sleutel for m in mutanten]


def test_mutanten_van_de_kleine_boom(boom):
    bron, _ = boom
    assert _sleutels(alle_mutanten(bron)) == [
        "variables/loon/loon_voldoende.py: BitAnd -> BitOr in "
        "`(loon >= p.drempel) & (loon < p.plafond)`",
        "variables/loon/loon_voldoende.py: GtE -> Gt in `loon >= p.drempel`",
        "variables/loon/loon_voldoende.py: Lt -> LtE in `loon < p.plafond`",
        "parameters/loon/drempel.yaml: 2020-01-01: 1000 -> 1001",
        "parameters/loon/drempel.yaml: 2022-01-01: 1100 -> 1101",
        "parameters/loon/plafond.yaml: 2020-01-01: 5000 -> 5001",
    ]


def test_volgorde_eerst_de_eigen_tests_dan_de_lezers(boom):
    bron, tests = boom
    paden = sorted(tests.rglob("*.yaml"))
    namen = ["noemt.yaml", "bruto_loon.yaml", "loon_voldoende.yaml", "toegelaten.yaml"]
    assert [p.name for p in paden] == namen
    variabele, *_, plafond = alle_mutanten(bron)
    for mutant in (variabele, plafond):
        gekozen = volgorde(mutant, paden, tests, bron / "variables")
        assert [p.name for p in gekozen] == [
            "loon_voldoende.yaml",  # mirrors the mutated variable or the parameter's reader
            "toegelaten.yaml",  # mirrors a variable reading that one
            "noemt.yaml",  # names it
            "bruto_loon.yaml",
        ]


def test_de_yaml_suite_doodt_en_de_overlevers_blijven_over_ook_in_twee_processen(boom):
    bron, tests = boom
    mutanten = alle_mutanten(bron)
    verwacht = [True, True, False, True, True, False]  # the ceiling is not tested
    for processen in (1, 2):
        uitslagen, uitgezonderd = draai(mutanten, _opdracht(bron, tests), processen)
        assert uitgezonderd == []
        assert [u.mutant for u in uitslagen] == mutanten
        assert [u.yaml for u in uitslagen] == verwacht
        assert [u.specs_gedraaid for u in uitslagen] == [not v for v in verwacht]


def test_een_spec_doodt_een_overlever_van_de_yaml_suite(boom, tmp_path):
    bron, tests = boom
    spec = _schrijf(tmp_path / "plafond.spec.yaml", SPEC)
    mutant = alle_mutanten(bron)[2]  # loon < plafond turned into loon <= plafond
    uitslag = beoordeel(mutant, _opdracht(bron, tests, (spec,)))
    assert not uitslag.yaml and uitslag.specs == ["plafond.spec.yaml"]


DUBBEL = """
    def formula_2020_01_01(persoon, period, parameters):
        loon = persoon("bruto_loon", period)
        return (loon > 0) & (loon > 0)
"""


def test_dezelfde_wijziging_twee_keer_in_een_bestand_heeft_een_eigen_sleutel(boom):
    bron, _ = boom
    _schrijf(
        bron / "variables" / "loon" / "dubbel.py",
        VARIABELE.format(naam="dubbel", basis="Variabele", soort="bool", formule=DUBBEL),
    )
    mutanten = [m for m in alle_mutanten(bron) if m.bestand.endswith("dubbel.py")]
    assert [m.sleutel.split(": ", 1)[1] for m in mutanten] == [
        "BitAnd -> BitOr in `(loon > 0) & (loon > 0)`",
        "Gt -> GtE in `loon > 0`",
        "Gt -> GtE in `loon > 0` (#2)",
    ]
    tekst = verslag([Uitslag(m, False, [], True) for m in mutanten], [], 2026)
    assert "Gt -> GtE in `loon > 0` (#2) | survives |" in tekst


def test_vaste_geplante_selectie_van_minstens_200():
    alle = alle_mutanten()
    assert len(alle) >= 200
    assert {m.soort for m in alle} == {"comparison", "boolean", "parameter"}
    assert len({m.sleutel for m in alle}) == len(alle)
    assert kies(200, 2026) == kies(200, 2026) != kies(200, 7)


def test_parametermutant_verschuift_een_waarde(tmp_path):
    mutant = next(
        m
        for m in alle_mutanten()
        if m.bestand == "parameters/blauwe_kaart/salariscriterium.yaml" and "2026-01-01" in str(m)
    )
    systeem = gemuteerde_systeem(mutant, tmp_path)
    oud = mutant.plek[1]
    assert systeem.parameters.blauwe_kaart.salariscriterium("2026-06-15") == oud + 1
    assert systeem.parameters.blauwe_kaart.salariscriterium("2025-12-31") != oud + 1


def _oordelen(tmp_path, tekst: str) -> Path:
    return _schrijf(tmp_path / "oordelen.yaml", tekst)


def test_oordelen_samengevoegd_nieuwe_overlevers_gemarkeerd(boom, tmp_path):
    bron, _ = boom
    m = alle_mutanten(bron)
    pad = _oordelen(
        tmp_path,
        f"""
        - mutant: "{m[5].sleutel}"
          soort: ontbrekende_yaml_test
          reden: no case at the ceiling
        - mutant: "{m[0].sleutel}"
          soort: equivalent
          reden: judged when it survived
        """,
    )
    uitslagen = [
        Uitslag(m[0], True),
        Uitslag(m[1], False, ["x.spec.yaml"], True),
        Uitslag(m[2], False, [], True),
        Uitslag(m[5], False, [], True),
    ]
    tekst = verslag(uitslagen, [], 2026, lees_oordelen(pad), "1 min 2 s")
    assert "Killed by the YAML suite alone: 1 of 4 (25.0%)" in tekst
    assert "Killed by the YAML suite plus the specs: 2 of 4 (50.0%)" in tekst
    assert "| (a) missing YAML test | no case at the ceiling |" in tekst
    assert "| x.spec.yaml | killed by the specs |" in tekst
    assert (
        "(a) missing YAML test 1, (b) missing spec 0, (c) equivalent mutant 0, not yet judged 1"
        in tekst
    )
    nieuw, verouderd = tekst.split("NOT YET JUDGED (add")[1].split("now killed")
    assert m[2].sleutel.replace("|", "\\|") in nieuw and m[5].sleutel not in nieuw
    assert m[0].sleutel in verouderd
    assert "Wall time of the run: 1 min 2 s." in tekst


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("- {mutant: a, soort: vergeten, reden: r}", "entry 1: soort 'vergeten' is not one of"),
        ("- {mutant: a, soort: equivalent}", "entry 1 must have exactly mutant, soort and reden"),
        (
            "- {mutant: a, soort: equivalent, reden: r}\n"
            "- {mutant: a, soort: equivalent, reden: s}",
            "entry 2: mutant judged twice",
        ),
        ("mutant: a", "expected a list"),
    ],
)
def test_slecht_oordelenbestand(tmp_path, tekst, melding):
    with pytest.raises(OordeelFout, match=melding):
        lees_oordelen(_oordelen(tmp_path, tekst))


def test_verslag_tussen_de_markers_heel_of_niet(tmp_path):
    pad = _schrijf(tmp_path / "mutatie.md", f"# kop\n{BEGIN}\noud\n{EIND}\nstaart\n")
    schrijf_tussen_markers(pad, "nieuw")
    assert pad.read_text() == f"# kop\n{BEGIN}\nnieuw\n{EIND}\nstaart\n"
    zonder = _schrijf(tmp_path / "zonder.md", "geen markers\n")
    with pytest.raises(OordeelFout, match="no <!-- mutatie:begin -->"):
        schrijf_tussen_markers(zonder, "nieuw")
    assert zonder.read_text() == "geen markers\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mutatie.md", "zonder.md"]


def test_opdrachtregel_weigert_slechte_keuzes(tmp_path, capsys):
    slecht = _oordelen(tmp_path, "- {mutant: a, soort: b, reden: c}")
    assert main(["mutatie", "--oordelen", str(slecht)]) == 2
    assert "soort 'b' is not one of" in capsys.readouterr().err
    md = _schrijf(tmp_path / "m.md", f"{BEGIN}\n{EIND}\n")
    assert main(["mutatie", "--alleen", "x", "--verslag", str(md)]) == 2
    assert "cannot write --verslag" in capsys.readouterr().err
    assert main(["mutatie", "--alleen", "geen-zo-een-mutant"]) == 2
    assert "no selected mutant's key contains" in capsys.readouterr().err
