"""Formal policy specs: the bundled ones hold, a bad spec names its line, and planted bugs are
caught by a bundled spec (issue 22, item 6)."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from openfisca_core.periods import DAY
from openfisca_core.reforms import Reform

from openfisca_arbeidsmigratie.model.bedragen import in_centen
from openfisca_arbeidsmigratie.model.entities import Persoon
from openfisca_arbeidsmigratie.model.invoer import Variabele
from openfisca_arbeidsmigratie.tools.kern.register import wijzigingshervorming
from openfisca_arbeidsmigratie.tools.specs import SpecFout, Systemen, bundelspecs, laad
from openfisca_arbeidsmigratie.tools.specs.zoeken import controleer_spec

ROOT = Path(__file__).resolve().parents[3]
BUDGET = 200_000


def _spec(naam: str) -> Path:
    return next(p for p in bundelspecs() if p.name == f"{naam}.spec.yaml")


class Geplant(Systemen):
    """The registry's systems, with one replaced by a planted bug."""

    def __init__(self, naam, maak):
        super().__init__()
        self.geplant = (naam, maak)

    def __call__(self, naam):
        if naam == self.geplant[0]:
            return self.geplant[1](super().__call__(naam))
        return super().__call__(naam)


def _faalt(spec: Path, systemen: Systemen) -> list[str]:
    [gelezen] = laad([spec], systemen)
    return [tv.eigenschap.naam for tv in controleer_spec(gelezen, BUDGET).mislukt]


def test_elke_bundelspec_geldt():
    """Every bundled spec holds (the points-test spec holds once issue 19 item 11 is merged)."""
    assert len(bundelspecs()) >= 18
    for spec in laad(bundelspecs()):
        verslag = controleer_spec(spec, BUDGET)
        assert verslag.geldt, (spec.pad, [(m.eigenschap.naam, m.invoer) for m in verslag.mislukt])


def test_huidig_recht_heeft_ten_minste_dertig_invarianten():
    huidig = [s for s in laad(bundelspecs()) if list(s.systemen) == ["huidig_recht"]]
    assert sum(len(s.eigenschappen) for s in huidig) >= 30


def test_hervorming_die_ook_dertigplussers_raakt():
    """A reform that also raises the criterion for people over 30 (by EUR 100)."""

    def ook_ouder(systeem):
        return wijzigingshervorming(
            {"kennismigrant.salariscriterium.dertig_jaar_en_ouder": {"2026-01-01": 6042}}, "fout"
        )(systeem)

    systemen = Geplant("kennismigrant_jongerennorm_afgeschaft", ook_ouder)
    assert "only people under 30 whose wage lies between the two criteria change" in _faalt(
        _spec("kennismigrant_jongerennorm_afgeschaft"), systemen
    )


class strikt_groter(Reform):
    """`>=` turned into `>` in kennismigrant_voldoet_salariscriterium."""

    def apply(self):
        class kennismigrant_voldoet_salariscriterium(Variabele):
            value_type = bool
            entity = Persoon
            definition_period = DAY
            label = "planted bug"

            def formula_2014_01_01(persoon, period, parameters):
                return in_centen(persoon("bruto_maandloon", period)) > in_centen(
                    persoon("kennismigrant_salarisnorm", period)
                )

        self.update_variable(kennismigrant_voldoet_salariscriterium)


def test_groter_of_gelijk_wordt_groter():
    systemen = Geplant("huidig_recht", strikt_groter)
    assert "whoever earns the criterion meets it" in _faalt(_spec("kennismigrant"), systemen)


def test_parameter_een_euro_verschoven():
    """The Blue Card graduate threshold moved one euro down on 1 January 2026."""

    def verschoven(systeem):
        pad = "blauwe_kaart.salariscriterium_recent_afgestudeerd"
        waarde = systeem.parameters.blauwe_kaart.salariscriterium_recent_afgestudeerd("2026-01-01")
        return wijzigingshervorming({pad: {"2026-01-01": float(waarde) - 1}}, "fout")(systeem)

    systemen = Geplant("huidig_recht", verschoven)
    assert "the graduate threshold is at least 80% of the general threshold" in _faalt(
        _spec("blauwe_kaart"), systemen
    )


SLECHT = """naam: slecht
bron: test
systemen: [huidig_recht]
datum: 2026-06-15
domein:
  bruto_maandloon: {van: 0, tot: 9000}
eigenschappen:
  - naam: een
    altijd: __import__('os').system('true')
"""


@pytest.mark.parametrize(
    ("vervang", "regel", "melding"),
    [
        ("", 9, "the only functions are abs"),
        ("altijd: bruto_maandloon >= ", 9, "not an expression"),
        ("altijd: onbekend > 1", 9, "unknown variable or input 'onbekend'"),
        ("altijd: toelatingsroute == 'ruimte'", None, "not a member of Toelatingsroute"),
        ("altijd: geboortedatum > 3", None, "a date is compared with a number"),
        (
            "altijd: leeftijd >= parameter('wav.associatie_turkije.landen')",
            9,
            "parameter 'wav.associatie_turkije.landen' is a list, not a number",
        ),
    ],
)
def test_slechte_spec_noemt_regel(tmp_path, vervang, regel, melding):
    tekst = SLECHT
    if vervang:
        tekst = tekst.replace("altijd: __import__('os').system('true')", vervang)
    pad = tmp_path / "slecht.spec.yaml"
    pad.write_text(tekst, encoding="utf-8")
    if regel is None:
        [spec] = laad([pad])
        with pytest.raises(SpecFout, match=f"slecht.spec.yaml:8: property 'een': .*{melding}"):
            controleer_spec(spec, 100)
        cli = [sys.executable, "-m", "openfisca_arbeidsmigratie.tools.cli", "controleer"]
        uit = subprocess.run([*cli, str(pad)], capture_output=True, text=True)
        assert uit.returncode == 2 and melding in uit.stdout, uit.stdout + uit.stderr
        return
    with pytest.raises(SpecFout, match=f"slecht.spec.yaml:{regel}: .*{melding}"):
        laad([pad])


def test_cli_schrijft_tegenvoorbeeld_als_yaml_test(tmp_path):
    spec = tmp_path / "proef.spec.yaml"
    spec.write_text(
        SLECHT.replace(
            "altijd: __import__('os').system('true')",
            "als: bruto_maandloon >= 5000\n    dan: kennismigrant_voldoet_salariscriterium",
        ).replace("  bruto_maandloon:", "  nationaliteit: [IN]\n  bruto_maandloon:"),
        encoding="utf-8",
    )
    cli = [sys.executable, "-m", "openfisca_arbeidsmigratie.tools.cli"]
    uit = subprocess.run(
        [*cli, "controleer", str(spec), "--uitvoer", str(tmp_path / "tv")],
        capture_output=True,
        text=True,
    )
    assert uit.returncode == 1, uit.stdout + uit.stderr
    assert "COUNTEREXAMPLE" in uit.stdout and "kennismigrant_voldoet_salariscriterium" in uit.stdout
    [test] = (tmp_path / "tv").glob("*.yaml")
    # The written test demands what the spec demands, so it fails under current law.
    draai = subprocess.run([*cli, "test", str(test)], capture_output=True, text=True)
    assert draai.returncode != 0
    slecht = tmp_path / "slecht.spec.yaml"
    slecht.write_text(SLECHT, encoding="utf-8")
    uit = subprocess.run([*cli, "controleer", str(slecht)], capture_output=True, text=True)
    assert uit.returncode == 2 and "slecht.spec.yaml:9" in uit.stdout + uit.stderr


def test_opname_vindt_drempels_en_bewijst():
    [spec] = laad([_spec("kennismigrant")])
    verslag = controleer_spec(spec, BUDGET)
    assert verslag.geldt and verslag.oordeel == "proved"
    [wav] = laad([_spec("wav")])
    verslag = controleer_spec(wav, BUDGET)
    assert verslag.oordeel == "checked" and any("numpy maximum" in r for r in verslag.redenen)


def test_steekproef_als_het_rooster_te_groot_is():
    [spec] = laad([_spec("toelating")])
    verslag = controleer_spec(spec, 500)
    assert verslag.oordeel == "sampled" and verslag.geldt and verslag.aantal >= 500
    assert np.isfinite(verslag.tijd)


def test_steekproef_vindt_geplante_fout():
    """With a budget far below the grid, the random, population and Hypothesis search still
    find the planted `>`: half of the values are drawn near the recorded thresholds."""
    systemen = Geplant("huidig_recht", strikt_groter)
    [spec] = laad([_spec("kennismigrant")], systemen)
    verslag = controleer_spec(spec, 400)
    assert verslag.oordeel == "sampled"
    assert "whoever earns the criterion meets it" in [m.eigenschap.naam for m in verslag.mislukt]


def test_drempel_van_de_eigenschap_zelf_telt_mee(tmp_path):
    """A property's own comparison (4321 < wage < 4322, no threshold of the model) is recorded
    too: the grid gets a point inside and the property fails, never 'proved'."""
    pad = tmp_path / "eigen.spec.yaml"
    pad.write_text(
        SLECHT.replace(
            "altijd: __import__('os').system('true')",
            "altijd: not (bruto_maandloon > 4321 and bruto_maandloon < 4322)",
        ).replace("  bruto_maandloon:", "  nationaliteit: [IN]\n  bruto_maandloon:"),
        encoding="utf-8",
    )
    [spec] = laad([pad])
    [tegenvoorbeeld] = controleer_spec(spec, BUDGET).mislukt
    assert tegenvoorbeeld.invoer["bruto_maandloon"] == 4321.01


def test_na_een_tegenvoorbeeld_worden_de_andere_eigenschappen_doorzocht(tmp_path):
    pad = tmp_path / "twee.spec.yaml"
    pad.write_text(
        SLECHT.replace(
            "  - naam: een\n    altijd: __import__('os').system('true')",
            "  - naam: een\n    altijd: bruto_maandloon < 9000\n"
            "  - naam: twee\n    altijd: not (bruto_maandloon > 4321 and bruto_maandloon < 4322)",
        ).replace("  bruto_maandloon:", "  nationaliteit: [IN]\n  bruto_maandloon:"),
        encoding="utf-8",
    )
    [spec] = laad([pad])
    assert [tv.eigenschap.naam for tv in controleer_spec(spec, BUDGET).mislukt] == ["een", "twee"]


def test_nationaliteitsgroep(tmp_path):
    pad = tmp_path / "groep.spec.yaml"
    tekst = SLECHT.replace(
        "  bruto_maandloon: {van: 0, tot: 9000}", '  nationaliteit: [IN, "groep:eer"]'
    ).replace("altijd: __import__('os').system('true')", "altijd: nationaliteit != 'XK'")
    pad.write_text(tekst, encoding="utf-8")
    [spec] = laad([pad])
    assert {"IS", "NO", "IN"} <= {
        spec.domein["nationaliteit"].als_yaml(i) for i in spec.domein["nationaliteit"].waarden
    }
    pad.write_text(tekst.replace("groep:eer", "groep:atlantis"), encoding="utf-8")
    with pytest.raises(SpecFout, match="groep.spec.yaml:6: unknown group 'atlantis'"):
        laad([pad])


def test_periode_geeft_elke_wijzigingsdatum(tmp_path):
    pad = tmp_path / "periode.spec.yaml"
    pad.write_text(
        SLECHT.replace("datum: 2026-06-15", "datum: {van: 2025-06-01, tot: 2026-06-15}").replace(
            "altijd: __import__('os').system('true')", "altijd: bruto_maandloon >= 0"
        ),
        encoding="utf-8",
    )
    [spec] = laad([pad])
    assert spec.datums[0] == "2025-06-01" and spec.datums[-1] == "2026-06-15"
    assert {"2025-12-31", "2026-01-01", "2025-06-30", "2025-07-01"} <= set(spec.datums)


def test_datum_in_een_eigenschap(tmp_path):
    pad = tmp_path / "datum.spec.yaml"
    pad.write_text(
        SLECHT.replace("datum: 2026-06-15", "datum: [2025-12-31, 2026-01-01]").replace(
            "altijd: __import__('os').system('true')", "altijd: datum < '2026-01-01'"
        ),
        encoding="utf-8",
    )
    [spec] = laad([pad])
    [tegenvoorbeeld] = controleer_spec(spec, BUDGET).mislukt
    assert tegenvoorbeeld.datum == "2026-01-01"
    pad.write_text(pad.read_text().replace("'2026-01-01'", "'1 januari'"), encoding="utf-8")
    [spec] = laad([pad])
    with pytest.raises(SpecFout, match="'1 januari' is not a date"):
        controleer_spec(spec, BUDGET)
