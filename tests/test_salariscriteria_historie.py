"""The salary criteria have a complete, ordered, sourced history from their start to 2026."""

import pytest
import yaml

from openfisca_arbeidsmigratie.model.regelmap import regelmap

LAATSTE_JAAR = 2026

# Each criterion: its parameter files (annual until 2013, then monthly) and its first date.
CRITERIA = {
    "kennismigrant 30 jaar en ouder": (
        [
            "kennismigrant/salariscriterium_jaar/dertig_jaar_en_ouder.yaml",
            "kennismigrant/salariscriterium/dertig_jaar_en_ouder.yaml",
        ],
        "2004-10-01",
    ),
    "kennismigrant jonger dan 30": (
        [
            "kennismigrant/salariscriterium_jaar/jonger_dan_dertig.yaml",
            "kennismigrant/salariscriterium/jonger_dan_dertig.yaml",
        ],
        "2004-10-01",
    ),
    "verlaagd salariscriterium": (
        [
            "kennismigrant/salariscriterium_jaar/verlaagd.yaml",
            "kennismigrant/salariscriterium/verlaagd.yaml",
        ],
        "2008-01-01",
    ),
    "blauwe kaart": (
        ["blauwe_kaart/salariscriterium_jaar.yaml", "blauwe_kaart/salariscriterium.yaml"],
        "2011-06-19",
    ),
    "blauwe kaart recent afgestudeerd": (
        ["blauwe_kaart/salariscriterium_recent_afgestudeerd.yaml"],
        "2024-06-12",
    ),
}


def waarden(bestand):
    with (regelmap("parameters") / bestand).open(encoding="utf-8") as f:
        return yaml.safe_load(f)["values"]


@pytest.mark.parametrize("naam", CRITERIA)
def test_historie_compleet_geordend_en_met_bron(naam):
    bestanden, begin = CRITERIA[naam]
    gezien = {}
    for bestand in bestanden:
        data = waarden(bestand)
        datums = [str(d) for d in data]
        assert datums == sorted(datums), f"{bestand}: dates out of order"
        for datum, waarde in data.items():
            verwijzing = waarde["metadata"]["reference"]
            assert verwijzing and all(v["href"].startswith("http") for v in verwijzing), (
                f"{bestand} {datum}: no source"
            )
            if waarde["value"] is not None:
                assert str(datum) not in gezien, f"{naam}: two values on {datum}"
                gezien[str(datum)] = waarde["value"]
    assert min(gezien) == begin
    begonnen = int(begin[:4]) + (0 if begin.endswith("01-01") else 1)
    ontbrekend = [
        jaar for jaar in range(begonnen, LAATSTE_JAAR + 1) if f"{jaar}-01-01" not in gezien
    ]
    assert not ontbrekend, f"{naam}: no value on 1 January of {ontbrekend}"


@pytest.mark.parametrize("naam", CRITERIA)
def test_criterium_stijgt_of_blijft_gelijk_binnen_een_reeks(naam):
    bestanden, _ = CRITERIA[naam]
    for bestand in bestanden:
        bedragen = [w["value"] for w in waarden(bestand).values() if w["value"] is not None]
        if naam == "blauwe kaart" and "jaar" not in bestand:
            continue
        assert bedragen == sorted(bedragen), f"{bestand}: an indexed amount went down"
