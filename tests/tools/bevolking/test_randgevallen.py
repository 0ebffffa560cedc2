"""Inputs at the edges (issue 26.2, 26.3): a month given in two places is refused with both
named; a pandas categorical column is read by the run as `valideer` reads it; a number where a
date is expected is refused, naming the cell."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.model.invoer import OngeldigeInvoer
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai, valideer
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout

BIN = Path(sys.executable).parent
DATUM = "2026-06-15"
PERSONEN = {
    "persoon_id": ["a", "b", "c"],
    "nationaliteit": ["IN", "NO", "PL"],
    "leeftijd": [30, 40, 50],
    "bruto_maandloon": [5000.0, 3000.0, 2000.0],
}


def lang(personen, maanden):
    return pa.table(
        {
            "persoon_id": personen,
            "maand": maanden,
            "verblijfsdoel": ["arbeid_kennismigrant"] * len(personen),
        }
    )


def fouten(systeem, personen: pa.Table, geschiedenis: pa.Table) -> list[str]:
    """The messages of the run and of `valideer`, which must agree."""
    meldingen = []
    with pytest.raises(ValidatieFout) as fout:
        draai(systeem, Bron("p.csv", tabel=personen), [], DATUM, lang=geschiedenis)
    meldingen.append(str(fout.value))
    with pytest.raises(ValidatieFout) as fout:
        valideer(systeem, Bron("p.csv", tabel=personen), None, geschiedenis, [], 2)
    meldingen.append(str(fout.value))
    return meldingen


def test_maand_breed_en_lang_gegeven(systeem):
    breed = ["arbeid_kennismigrant", "geen", "arbeid_kennismigrant"]
    personen = pa.table({**PERSONEN, "verblijfsdoel_2020_01": breed})
    geschiedenis = lang(["a", "c", "b"], ["2020-02", "2020-01", "2019-12"])
    for melding in fouten(systeem, personen, geschiedenis):
        assert (
            "column 'verblijfsdoel_2020_01': the month 2020-01 is also given in history table; "
            "give each month of a person in one place: row 4: 'c (also history table row 3)'"
        ) in melding
        assert "1 problem(s)" in melding, melding
    zonder = lang(["a", "b"], ["2020-02", "2019-12"])
    assert draai(systeem, Bron("p", tabel=personen), [], DATUM, lang=zonder).aantal == 3
    assert valideer(systeem, Bron("p", tabel=personen), None, zonder, [], 2) is not None


def test_categorie_zonder_personen(systeem, tmp_path):
    """A pandas categorical with a category no one has (`ZZ`, not a code): the run reads the
    values as `valideer` does; a category someone has is refused by both alike."""
    df = pd.DataFrame(PERSONEN)
    df["nationaliteit"] = pd.Categorical(df["nationaliteit"], categories=["IN", "NO", "PL", "ZZ"])
    pad = tmp_path / "p.parquet"
    df.to_parquet(pad)
    uit = subprocess.run(
        [BIN / "arbeidsmigratie", "valideer", pad], capture_output=True, text=True, timeout=120
    )
    assert uit.returncode == 0, uit.stderr
    uit = subprocess.run(
        [BIN / "arbeidsmigratie", "bevolking", "--invoer", pad, "--uitvoer", tmp_path / "u"],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert uit.returncode == 0, uit.stderr
    df.loc[1, "nationaliteit"] = "ZZ"
    df.to_parquet(pad)
    for opdracht in (["valideer", pad], ["bevolking", "--invoer", pad, "--uitvoer", tmp_path]):
        uit = subprocess.run(
            [BIN / "arbeidsmigratie", *opdracht], capture_output=True, text=True, timeout=240
        )
        assert uit.returncode == 2, uit.stderr
        assert "column 'nationaliteit'" in uit.stderr and "row 3: 'ZZ'" in uit.stderr


def test_categorie_via_populatie(systeem):
    from openfisca_arbeidsmigratie import Populatie

    df = pd.DataFrame(PERSONEN)
    df["nationaliteit"] = pd.Categorical(df["nationaliteit"], categories=["IN", "NO", "PL", "ZZ"])
    uit = Populatie(df, systeem=systeem).bereken(["nationaliteit"], DATUM)
    assert uit.iloc[:, -1].astype(str).tolist() == ["IN", "NO", "PL"]


@pytest.mark.parametrize("waarde", [19900101, 7000, 1990.5, True])
def test_getal_als_datum_geweigerd(systeem, waarde):
    situatie = {
        "personen": {"p": {"geboortedatum": {"ETERNITY": waarde}}},
        "werkgevers": {"w": {"werknemers": ["p"]}},
    }
    with pytest.raises(SituationParsingError) as fout:
        SimulationBuilder().build_from_entities(systeem, situatie)
    assert f"geboortedatum: invalid value {waarde!r}" in str(fout.value)
    assert "accepted: a date as YYYY-MM-DD" in str(fout.value)


def test_datum_als_tekst_en_datum_goed(systeem):
    situatie = {
        "personen": {"p": {"geboortedatum": {"ETERNITY": "1990-01-01"}}},
        "werkgevers": {"w": {"werknemers": ["p"]}},
    }
    simulatie = SimulationBuilder().build_from_entities(systeem, situatie)
    assert simulatie.calculate("leeftijd", DATUM).tolist() == [36]


def test_getallen_als_datums_via_python_geweigerd(systeem):
    simulatie = SimulationBuilder().build_default_simulation(systeem, count=2)
    with pytest.raises(OngeldigeInvoer, match="position 0"):
        simulatie.set_input("afstudeerdatum", "ETERNITY", np.array([18000, 19000]))
    simulatie.set_input("afstudeerdatum", "ETERNITY", np.array(["2019-06-01", "2020-07-01"]))
