"""Population runs: agreement with single cases, chunking, validation, the commands."""

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import (
    RESULTATEN,
    Werkgevers,
    bereken_blok,
    modelinvoer,
)
from openfisca_arbeidsmigratie.tools.bevolking.schema import maandkolom, werkgeverkolommen
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, draai, systemen_voor
from openfisca_arbeidsmigratie.tools.bevolking.validatie import ValidatieFout
from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.gevallen import bereken_gevallen

DATUM = "2026-06-15"
HERVORMINGEN = ["kennismigrant_jongerennorm_verhoogd", "brede_welvaartstoets"]


@pytest.fixture(scope="module")
def bevolking(systeem):
    return genereer(systeem, 3_000, zaad=7, datum=DATUM)


def als_geval(rij: dict, werkgever: dict) -> dict:
    invoer, geschiedenis = {}, {}
    for naam, waarde in rij.items():
        maand = maandkolom(naam)
        if maand:
            geschiedenis.setdefault(maand[0], {})[maand[1]] = waarde
        elif naam not in ("persoon_id", "werkgever_id"):
            invoer[naam] = waarde
    invoer.update(werkgever)
    invoer.update(geschiedenis)
    return {"period": DATUM, "input": invoer}


def test_bevolking_gelijk_aan_losse_gevallen(systeem, bevolking):
    personen, werkgevers = bevolking
    steekproef = personen.slice(0, 200)
    systemen = systemen_voor(systeem, HERVORMINGEN)
    koppeling = Werkgevers(werkgevers, werkgeverkolommen(systeem))
    uitkomst = bereken_blok(systemen, modelinvoer(systeem, steekproef, koppeling), DATUM)
    werkgever_rijen = {r["werkgever_id"]: r for r in werkgevers.to_pylist()}
    gevallen = []
    for rij in steekproef.to_pylist():
        werkgever = werkgever_rijen[rij["werkgever_id"]]
        gevallen.append(als_geval(rij, {k: v for k, v in werkgever.items() if k != "werkgever_id"}))
    # The cases in one simulation per system: tests/tools/kern/test_gevallen.py holds that equal
    # to each case in its own, tests/tools/kern/test_hergebruik.py the reuse of current law's
    # values equal to a full recomputation.
    apart = bereken_gevallen(systemen, gevallen, RESULTATEN)
    for index, rij in enumerate(steekproef.to_pylist()):
        for naam in systemen:
            los = apart[naam][index]
            for variabele in RESULTATEN:
                waarde = uitkomst[naam][variabele][index]
                definitie = systeem.variables[variabele]
                if getattr(definitie, "possible_values", None) is not None:
                    waarde = list(definitie.possible_values)[waarde].name
                assert los[variabele] == waarde, (rij["persoon_id"], naam, variabele)


def test_gevarieerde_uitkomsten(systeem, bevolking):
    personen, werkgevers = bevolking
    telling = draai(
        systeem,
        Bron("test", tabel=personen),
        HERVORMINGEN,
        DATUM,
        werkgevers=werkgevers,
        blokgrootte=1_000,
    )
    routes = telling.per_route("huidig_recht")
    for route in ("vrij_verkeer", "kennismigrant", "twv", "geen", "arbeid_vrij_toegestaan"):
        assert routes[route] > 0, route


def test_blokken_veranderen_niets(systeem, bevolking, tmp_path):
    personen, werkgevers = bevolking
    een = draai(
        systeem,
        Bron("test", tabel=personen),
        HERVORMINGEN,
        DATUM,
        per=["nationaliteit"],
        werkgevers=werkgevers,
        blokgrootte=10_000,
    )
    veel = draai(
        systeem,
        Bron("test", tabel=personen),
        HERVORMINGEN,
        DATUM,
        per=["nationaliteit"],
        werkgevers=werkgevers,
        blokgrootte=701,
    )
    assert een.routetabel().equals(veel.routetabel())
    assert een.overgangstabel().equals(veel.overgangstabel())


def test_csv_en_parquet_gelijk(systeem, bevolking, tmp_path):
    personen, werkgevers = bevolking
    klein = personen.slice(0, 500)
    gewoon = klein.cast(
        pa.schema(
            [
                pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type)
                for f in klein.schema
            ]
        )
    )
    pacsv.write_csv(gewoon, tmp_path / "p.csv")
    pq.write_table(klein, tmp_path / "p.parquet")
    uit_csv = draai(systeem, Bron("csv", pad=tmp_path / "p.csv"), [], DATUM, werkgevers=werkgevers)
    uit_pq = draai(
        systeem, Bron("pq", pad=tmp_path / "p.parquet"), [], DATUM, werkgevers=werkgevers
    )
    assert uit_csv.routetabel().equals(uit_pq.routetabel())


def _fout(systeem, tabel, **opties):
    with pytest.raises(ValidatieFout) as fout:
        draai(systeem, Bron("invoer.csv", tabel=tabel), [], DATUM, **opties)
    return str(fout.value)


GOED = {
    "persoon_id": ["a", "b", "c"],
    "nationaliteit": ["IN", "NO", "PL"],
    "leeftijd": [30, 40, 50],
    "bruto_maandloon": [5000.0, 3000.0, 2000.0],
}


def tabel(**wijzig):
    return pa.table({**GOED, **wijzig})


def test_goede_kleine_tabel(systeem):
    telling = draai(systeem, Bron("t", tabel=tabel()), [], DATUM)
    assert telling.aantal == 3


def test_negatieve_puntentoetsscore_is_geldig(systeem):
    ecologie = {"brede_welvaart_punten_ecologie": [-4.0, 0.0, 6.5]}
    telling = draai(systeem, Bron("t", tabel=tabel(**ecologie)), [], DATUM)
    assert telling.aantal == 3
    melding = _fout(systeem, tabel(brede_welvaart_punten_ecologie=[-4.0, float("nan"), 1.0]))
    assert (
        "column 'brede_welvaart_punten_ecologie': not a finite number: row 3: nan; "
        "accepted: any finite number" in melding
    )


@pytest.mark.parametrize(
    ("wijziging", "verwacht"),
    [
        ({"kleur": ["rood"] * 3}, "unknown columns: kleur"),
        (
            {"nationaliteit": ["IN", "XX", "NO"]},
            "column 'nationaliteit': unknown value: row 3: 'XX'",
        ),
        ({"nationaliteit": ["IN", None, "NO"]}, "column 'nationaliteit': empty cells"),
        ({"bruto_maandloon": [5000.0, -1.0, 2.0]}, "row 3: -1.0"),
        (
            {"leeftijd": ["30", "40", "50"]},
            "column 'leeftijd': not of the column's type: row 2: '30'; row 3: '40'; row 4: '50'",
        ),
        (
            {"leeftijd": [30.0, 40.5, 50.0]},
            "column 'leeftijd': not a whole number: row 3: 40.5; accepted: a whole number",
        ),
        ({"verblijfsvergunning": ["studie", "toerist", "geen"]}, "row 3: 'toerist'"),
        (
            {"erkend_referent": ["true", "nee", "false"]},
            "column 'erkend_referent': not of the column's type: row 3: 'nee'; accepted: true or",
        ),
        ({"persoon_id": ["a", "a", "c"]}, "identifier used more than once: row 3: 'a'"),
        ({"verblijfsdoel_2025_13": ["studie"] * 3}, "unknown columns: verblijfsdoel_2025_13"),
        ({"verblijfsdoel_2025_05": ["studie", "vakantie", "geen"]}, "row 3: 'vakantie'"),
    ],
)
def test_validatiefouten(systeem, wijziging, verwacht):
    melding = _fout(systeem, tabel(**wijziging))
    assert verwacht in melding
    assert "nothing was computed" in melding


def test_ontbrekende_kolom(systeem):
    zonder = pa.table({k: v for k, v in GOED.items() if k != "leeftijd"})
    assert "missing required columns: leeftijd" in _fout(systeem, zonder)


def test_alle_problemen_in_een_fout(systeem):
    melding = _fout(
        systeem, tabel(nationaliteit=["XX", "YY", "NO"], bruto_maandloon=[-1.0, 1.0, 2.0])
    )
    assert "nationaliteit" in melding and "bruto_maandloon" in melding
    assert "row 2: 'XX'; row 3: 'YY'" in melding


def test_onbekende_werkgever(systeem):
    werkgevers = pa.table({"werkgever_id": ["w1"], "erkend_referent": [True]})
    melding = _fout(systeem, tabel(werkgever_id=["w1", "w2", "w1"]), werkgevers=werkgevers)
    assert "column 'werkgever_id': not in the employers table: row 3: 'w2'" in melding


def test_onbekende_werkgever_naast_dubbele_werkgever(systeem):
    """An employers table with a repeated identifier is reported, and the persons whose employer
    is in no row of it still are, each under its own table."""
    werkgevers = pa.table({"werkgever_id": ["w1", "w1"], "erkend_referent": [True, False]})
    melding = _fout(systeem, tabel(werkgever_id=["w1", "w2", None]), werkgevers=werkgevers)
    dubbel = "employers table: column 'werkgever_id': identifier used more than once: row 3: 'w1'"
    assert dubbel in melding
    assert "column 'werkgever_id': not in the employers table: row 3: 'w2'; row 4\n" in melding


def test_drempel_met_dubbele_werkgever(systeem):
    """`drempel` reads the chunks once and keeps them as model input: with an employers table that
    repeats an identifier, none is kept (the table is never joined) and the repeat is reported."""
    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, voorbereid

    werkgevers = pa.table({"werkgever_id": ["w1", "w1"], "erkend_referent": [True, False]})
    opdracht = Opdracht(DATUM, werkgevers=werkgevers)
    with pytest.raises(ValidatieFout) as fout:
        voorbereid(systeem, opdracht, Bron("invoer.csv", tabel=tabel(werkgever_id=["w1"] * 3)), 2)
    assert "identifier used more than once: row 3: 'w1'" in str(fout.value)


def test_onbekende_per_kolom(systeem):
    assert "--per: sector" in _fout(systeem, tabel(), per=["sector"])


def test_lange_geschiedenis(systeem):
    lang = pa.table(
        {
            "persoon_id": ["a"] * 60,
            "maand": [f"{2021 + (m + 5) // 12}-{(m + 5) % 12 + 1:02d}" for m in range(60)],
            "verblijfsdoel": ["arbeid_kennismigrant"] * 60,
        }
    )
    personen = tabel(middelen_voldoende=[True] * 3, inburgering_voldaan=[True] * 3)
    uit = draai(systeem, Bron("t", tabel=personen), [], "2026-06-15", lang=lang)
    assert uit.aantal == 3
    fout = lang.set_column(1, "maand", pa.array(["2021-13"] * 60))
    assert "expected a month as YYYY-MM" in _fout(systeem, personen, lang=fout)


def test_cli_bevolking(tmp_path, capsys):
    uitvoer = tmp_path / "uit"
    assert (
        main(
            [
                "bevolking",
                "--aantal",
                "2000",
                "--datum",
                DATUM,
                "--per",
                "nationaliteit",
                "--reform",
                "brede_welvaartstoets",
                "--uitvoer",
                str(uitvoer),
            ]
        )
        == 0
    )
    tekst = capsys.readouterr().out
    assert "admitted labour migrants" in tekst and "brede_welvaartstoets" in tekst
    for bestand in ("personen.parquet", "aggregaat.csv", "verschil.csv", "routes.png"):
        assert (uitvoer / bestand).stat().st_size > 0
    assert pq.read_table(uitvoer / "personen.parquet").num_rows == 2000


def test_cli_bevolking_foute_invoer(tmp_path, capsys):
    pad = tmp_path / "p.csv"
    pad.write_text("persoon_id,nationaliteit,leeftijd,bruto_maandloon\na,XX,30,-5\n")
    assert main(["bevolking", "--invoer", str(pad), "--uitvoer", str(tmp_path)]) == 2
    fout = capsys.readouterr().err
    assert "'XX'" in fout and "-5" in fout
    assert main(["bevolking", "--invoer", str(tmp_path / "geen.csv")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_cli_drempel(tmp_path, capsys):
    assert (
        main(
            [
                "drempel",
                "kennismigrant.salariscriterium.jonger_dan_dertig",
                "--aantal",
                "3000",
                "--datum",
                DATUM,
                "--stappen",
                "3",
                "--doel",
                "-2%",
                "--uitvoer",
                str(tmp_path),
            ]
        )
        == 0
    )
    tekst = capsys.readouterr().out
    assert "(now)" in tekst and "Target -2.0%" in tekst
    assert (tmp_path / "drempel.png").exists()


def test_cli_drempel_fouten(tmp_path, capsys):
    assert main(["drempel", "kennismigrant.bestaat_niet", "--aantal", "100"]) == 2
    assert "unknown parameter path" in capsys.readouterr().err
    assert main(["drempel", "wav.vergunningplicht.arbeid_vrij_toegestaan", "--aantal", "100"]) == 2
    assert "only a number can be varied" in capsys.readouterr().err


def test_generator_deterministisch(systeem):
    een, _ = genereer(systeem, 500, zaad=3, datum=DATUM)
    twee, _ = genereer(systeem, 500, zaad=3, datum=DATUM)
    drie, _ = genereer(systeem, 500, zaad=4, datum=DATUM)
    assert een.equals(twee)
    assert not een.equals(drie)
    assert np.isin(np.asarray(een.column("nationaliteit").to_pylist()), ["NO", "IN"]).any()


def test_toegelaten_volgt_de_parameter(systeem, bevolking, tmp_path):
    """Who counts as admitted is the law (`toelating.toegelaten_routes`); a reform can move it."""
    personen, werkgevers = bevolking
    wijziging = tmp_path / "zonder_twv.yaml"
    wijziging.write_text(
        "toelating.toegelaten_routes: {2026-01-01: [kennismigrant, blauwe_kaart, "
        "brede_welvaartstoets, vrijgesteld, associatierecht_turkije]}\n",
        encoding="utf-8",
    )
    telling = draai(
        systeem,
        Bron("test", tabel=personen),
        [str(wijziging)],
        DATUM,
        uitvoer=tmp_path / "uit",
        werkgevers=werkgevers,
        per_persoon=False,
    )
    hervorming = telling.systemen[1]
    twv = telling.per_route("huidig_recht")["twv"]
    assert twv > 0
    assert telling.per_route(hervorming)["twv"] == twv
    assert telling.winst_en_verlies(hervorming) == (0, twv)
    huidig = sum(telling.toegelaten_per_route("huidig_recht").values())
    assert sum(telling.toegelaten_per_route(hervorming).values()) == huidig - twv
    _, rijen = telling.naast_elkaar()
    toegelaten = next(r for r in rijen if r[0] == "admitted labour migrants")
    assert toegelaten[2].startswith(f"{huidig - twv:,} ")


def test_generator_leeftijdsgrens_uit_de_parameter(systeem, tmp_path):
    """The knowledge-migrant age limit is the parameter's: moving it moves only those it covers."""
    wijziging = tmp_path / "grens_35.yaml"
    wijziging.write_text("kennismigrant.leeftijdsgrens: {2026-01-01: 35}\n", encoding="utf-8")
    hervormd = systemen_voor(systeem, [str(wijziging)])[str(wijziging)]
    basis, _ = genereer(systeem, 3_000, zaad=5, datum=DATUM)
    anders, _ = genereer(hervormd, 3_000, zaad=5, datum=DATUM)
    leeftijd = np.asarray(basis.column("leeftijd"))
    verschilt = np.asarray(basis.column("bruto_maandloon")) != np.asarray(
        anders.column("bruto_maandloon")
    )
    assert verschilt.any()
    assert ((leeftijd[verschilt] >= 30) & (leeftijd[verschilt] < 35)).all()


def test_generator_minimumjeugdloon(systeem):
    """TWV applicants earn around 1.12 times the minimum wage for their own age and hours."""
    personen, _ = genereer(systeem, 20_000, zaad=5, datum=DATUM)
    leeftijd = np.asarray(personen.column("leeftijd"))
    uren = np.asarray(personen.column("arbeidsuren_per_week"))
    simulatie = SimulationBuilder().build_default_simulation(systeem, personen.num_rows)
    simulatie.set_input("leeftijd", DATUM, leeftijd)
    simulatie.set_input("arbeidsuren_per_week", DATUM, uren)
    wml = np.asarray(simulatie.calculate("minimumloon_bruto_maand", DATUM))
    twv = np.asarray(personen.column("wervingsinspanning_voldoende")) & (leeftijd < 21)
    assert twv.sum() > 5
    verhouding = np.asarray(personen.column("bruto_maandloon"))[twv] / wml[twv]
    assert 1.05 < np.median(verhouding) < 1.2
