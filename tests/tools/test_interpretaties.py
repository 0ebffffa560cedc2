"""Interpretation variants: apart from policy reforms, sourced both ways, labelled in output."""

import importlib

import pytest
from test_metadata import bladeren

from openfisca_arbeidsmigratie.tools.cli import parser
from openfisca_arbeidsmigratie.tools.geval.vergelijking import INTERPRETATIE_LABEL, vergelijk
from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_geval
from openfisca_arbeidsmigratie.tools.kern.register import (
    HervormingsFout,
    beschikbare_hervormingen,
    beschikbare_interpretaties,
    hervorming,
    is_interpretatie,
    pas_toe,
)

VARIANTEN = {
    "interpretatie_nationaal_alleen_niet_tijdelijk",
    "interpretatie_eu_afwezigheid_tien_maanden",
    "interpretatie_blauwe_kaart_afwezigheid_alleen_bij_cumulatie",
    "interpretatie_single_permit_rechtstreekse_werking",
    "interpretatie_seizoensarbeid_24_weken_per_52",
}
OUD_STUDENT = {
    "name": "Former student",
    "period": "2025-03-10",
    "input": {
        "verblijfsdoel": {"month:2020-03:24": "studie", "month:2022-03:36": "arbeid_kennismigrant"},
        "middelen_voldoende": True,
        "inburgering_voldaan": True,
    },
}


def test_varianten_apart_van_beleidshervormingen():
    assert set(beschikbare_interpretaties()) == VARIANTEN
    assert not VARIANTEN & set(beschikbare_hervormingen())
    for naam in VARIANTEN:
        assert hervorming(naam) is beschikbare_interpretaties()[naam]


@pytest.mark.parametrize("naam", sorted(VARIANTEN))
def test_variant_noemt_bronnen_voor_en_tegen(naam):
    klasse = getattr(importlib.import_module(f"openfisca_arbeidsmigratie.reforms.{naam}"), naam)
    assert klasse.__doc__
    for kop in ("Sources for", "Sources against", "not a proposal"):
        assert kop in klasse.__doc__, f"{naam}: no '{kop}'"


def test_is_interpretatie():
    assert is_interpretatie("interpretatie_eu_afwezigheid_tien_maanden")
    assert is_interpretatie("brede_welvaartstoets+interpretatie_eu_afwezigheid_tien_maanden")
    assert not is_interpretatie("brede_welvaartstoets")
    assert not is_interpretatie("wijziging.yaml")


def test_varianten_samen_en_hun_metadata(systeem):
    hervormd = pas_toe(systeem, "+".join(sorted(VARIANTEN)))
    assert (
        hervormd.parameters.verblijf.eu_langdurig_ingezetene.onderbreking_totaal_maanden_buiten(
            "2013-01-01"
        )
        == 10
    )
    assert not hervormd.parameters.verblijf.onbepaalde_tijd.tijdelijk_verblijf_telt_mee(
        "2026-01-01"
    )
    assert systeem.parameters.verblijf.onbepaalde_tijd.tijdelijk_verblijf_telt_mee("2026-01-01")
    for parameter in bladeren(hervormd.parameters.verblijf):
        assert parameter.description and parameter.metadata.get("reference"), parameter.name


def test_variant_verandert_de_uitkomst(systeem):
    namen = ["verblijfsduur_maanden_vvo", "vvo_regulier_toelaatbaar"]
    wet = bereken_geval(systeem, OUD_STUDENT, namen)
    variant = bereken_geval(
        pas_toe(systeem, "interpretatie_nationaal_alleen_niet_tijdelijk"), OUD_STUDENT, namen
    )
    assert (wet["verblijfsduur_maanden_vvo"], wet["vvo_regulier_toelaatbaar"]) == (60, True)
    assert (variant["verblijfsduur_maanden_vvo"], variant["vvo_regulier_toelaatbaar"]) == (
        36,
        False,
    )


def test_vergelijk_labelt_de_variant(systeem):
    uitkomst = vergelijk(
        OUD_STUDENT,
        ["brede_welvaartstoets", "interpretatie_nationaal_alleen_niet_tijdelijk"],
        variabelen=["vvo_regulier_toelaatbaar"],
        systeem=systeem,
    )
    assert uitkomst.kolommen == [
        "huidig_recht",
        "brede_welvaartstoets [proposal, not law]",
        f"interpretatie_nationaal_alleen_niet_tijdelijk {INTERPRETATIE_LABEL}",
    ]
    assert uitkomst.rijen["vvo_regulier_toelaatbaar"] == [True, True, False]
    assert "another reading of current law" in uitkomst.tekst()
    zonder = vergelijk(OUD_STUDENT, ["brede_welvaartstoets"], ["vvo_regulier_toelaatbaar"])
    assert INTERPRETATIE_LABEL not in zonder.tekst()


@pytest.mark.parametrize("opdracht", ["vergelijk", "bevolking", "uitleg", "verschil", "tijdlijn"])
def test_help_noemt_varianten_apart(opdracht, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "1000")
    with pytest.raises(SystemExit):
        parser().parse_args([opdracht, "--help"])
    hulp = " ".join(capsys.readouterr().out.split())
    beleid, _, varianten = hulp.partition("interpretation variants (other readings")
    assert "policy reforms:" in beleid and "brede_welvaartstoets" in beleid
    for naam in VARIANTEN:
        assert naam in varianten and naam not in beleid


def test_bevolking_standaard_zonder_varianten(monkeypatch):
    from openfisca_arbeidsmigratie.tools.bevolking import uitvoeren

    gezien = {}

    class Gestopt(Exception):
        pass

    def draai(_systeem, _bron, hervormingen, **_):
        gezien["hervormingen"] = list(hervormingen)
        raise Gestopt

    monkeypatch.setattr(uitvoeren, "draai", draai)
    argumenten = parser().parse_args(["bevolking", "--aantal", "10"])
    with pytest.raises(Gestopt):
        argumenten.uitvoeren(argumenten)
    assert set(gezien["hervormingen"]) == set(beschikbare_hervormingen())
    assert not VARIANTEN & set(gezien["hervormingen"])


def test_onbekende_naam_noemt_beide_soorten(systeem):
    with pytest.raises(HervormingsFout) as fout:
        pas_toe(systeem, "interpretatie_onbekend")
    tekst = str(fout.value)
    beleid, _, varianten = tekst.partition("interpretation variants:")
    assert "Valid reforms: blauwe_kaart_aangescherpt, brede_welvaartstoets" in beleid
    for naam in VARIANTEN:
        assert naam in varianten and naam not in beleid


def test_bevolking_met_variant_labelt_de_kolom(tmp_path, capsys):
    argumenten = parser().parse_args(
        [
            "bevolking",
            "--aantal",
            "200",
            "--reform",
            "interpretatie_nationaal_alleen_niet_tijdelijk",
            "--uitvoer",
            str(tmp_path),
        ]
    )
    assert argumenten.uitvoeren(argumenten) == 0
    uit = capsys.readouterr().out
    assert f"R1: interpretatie_nationaal_alleen_niet_tijdelijk {INTERPRETATIE_LABEL}" in uit
    assert "another reading of current law" in uit


def test_bevolking_labelt_een_voorstel_en_schrijft_de_status(tmp_path, capsys):
    """Every output of a reform's result calls a proposal a proposal: the printed legend and the
    `status` column of aggregaat.csv and verschil.csv."""
    import pyarrow.csv as pacsv

    argumenten = parser().parse_args(
        [
            "bevolking",
            "--aantal",
            "200",
            "--datum",
            "2027-02-02",
            "--reform",
            "brede_welvaartstoets",
            "--reform",
            "interpretatie_nationaal_alleen_niet_tijdelijk",
            "--uitvoer",
            str(tmp_path),
        ]
    )
    assert argumenten.uitvoeren(argumenten) == 0
    uit = capsys.readouterr().out
    assert "R1: brede_welvaartstoets [proposal, not law]" in uit
    assert "[proposal, not law]: a policy reform or what-if" in uit
    aggregaat = pacsv.read_csv(tmp_path / "aggregaat.csv").to_pydict()
    status = dict(zip(aggregaat["systeem"], aggregaat["status"], strict=True))
    assert status == {
        "huidig_recht": "wet",
        "brede_welvaartstoets": "voorstel",
        "interpretatie_nationaal_alleen_niet_tijdelijk": "interpretatie",
    }
    verschil = pacsv.read_csv(tmp_path / "verschil.csv").to_pydict()
    assert set(zip(verschil["systeem"], verschil["status"], strict=True)) <= {
        ("brede_welvaartstoets", "voorstel"),
        ("interpretatie_nationaal_alleen_niet_tijdelijk", "interpretatie"),
    }
