"""When the law may be stale: figures due and not encoded, figures due soon, end dates near."""

import csv
import json
from types import SimpleNamespace

import pytest
from openfisca_core.parameters import ParameterNode

from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.kern.actualiteit import DOORGETROKKEN, meldingen
from openfisca_arbeidsmigratie.tools.web.web_api import maak_app

KM = (
    "kennismigrant.salariscriterium.dertig_jaar_en_ouder: EUR 5,942 from 2026-01-01, "
    "carried forward (no figure published for 2027)"
)
WML = (
    "wav.minimumloon.uurloon: EUR 14.99 from 2026-07-01, carried forward "
    "(no figure published from 2027-01-01)"
)


# A date whose figures are all encoded, and nothing due or ending within six months.
GEDEKT = "2025-03-01"


def doorgetrokken(systeem, datum, namen=None):
    return [m for m in meldingen(systeem, datum, namen) if m.soort == DOORGETROKKEN]


def teksten(systeem, datum):
    return [m.tekst().split("; check:")[0] for m in doorgetrokken(systeem, datum)]


def test_jaarlijks_bedrag_vanaf_de_volgende_indexering(systeem):
    assert KM not in teksten(systeem, "2026-12-31")
    assert KM in teksten(systeem, "2027-01-01")
    assert KM in teksten(systeem, "2028-06-15")


def test_halfjaarlijks_minimumloon(systeem):
    assert WML not in teksten(systeem, "2026-12-31")
    assert WML in teksten(systeem, "2027-01-01")


def test_alleen_geindexeerde_bedragen(systeem):
    namen = {d.naam for d in doorgetrokken(systeem, "2030-01-01")}
    assert namen == {
        "blauwe_kaart.salariscriterium",
        "blauwe_kaart.salariscriterium_recent_afgestudeerd",
        "kennismigrant.salariscriterium.dertig_jaar_en_ouder",
        "kennismigrant.salariscriterium.jonger_dan_dertig",
        "kennismigrant.salariscriterium.verlaagd",
        "wav.minimumloon.uurloon",
    }


def test_alleen_gevraagde_namen(systeem):
    lijst = doorgetrokken(systeem, "2027-03-01", {"wav.minimumloon.uurloon"})
    assert [d.naam for d in lijst] == ["wav.minimumloon.uurloon"]


@pytest.fixture
def geval(tmp_path):
    def maak(datum):
        pad = tmp_path / f"geval-{datum}.yaml"
        pad.write_text(
            f"- name: developer\n  period: {datum}\n  input:\n    nationaliteit: IN\n"
            "    leeftijd: 35\n    bruto_maandloon: 6000\n    arbeidsuren_per_week: 40\n"
            "    erkend_referent: true\n  output:\n    toelatingsroute: kennismigrant\n",
            encoding="utf-8",
        )
        return str(pad)

    return maak


def test_vergelijk_noemt_doorgetrokken_bedragen(geval, capsys):
    assert main(["vergelijk", geval("2027-03-01"), "--reform", "brede_welvaartstoets"]) == 0
    uit = capsys.readouterr().out
    assert "The law may be stale on this date" in uit
    assert KM in uit
    assert main(["vergelijk", geval(GEDEKT)]) == 0
    assert "may be stale" not in capsys.readouterr().out


def test_uitleg_noemt_de_gebruikte_doorgetrokken_bedragen(geval, capsys):
    assert main(["uitleg", geval("2027-03-01"), "--variabele", "kennismigrant_salarisnorm"]) == 0
    uit = capsys.readouterr().out
    assert KM in uit
    assert "blauwe_kaart.salariscriterium:" not in uit
    assert main(["uitleg", geval("2027-03-01"), "--json"]) == 0
    verder = json.loads(capsys.readouterr().out)[0]["actualiteit"]
    km = next(m for m in verder if m["parameter"].endswith("dertig_jaar_en_ouder"))
    assert km["kind"] == "doorgetrokken"
    assert (km["value"], km["since"], km["date"]) == (5942, "2026-01-01", "2027-01-01")
    assert km["source"]["href"].startswith("https://")
    assert main(["uitleg", geval(GEDEKT), "--variabele", "kennismigrant_salarisnorm"]) == 0
    assert "may be stale" not in capsys.readouterr().out
    assert main(["uitleg", geval(GEDEKT), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["actualiteit"] == []


def test_bevolking_noemt_doorgetrokken_bedragen(tmp_path, capsys):
    uitvoer = tmp_path / "uit"
    opdracht = ["bevolking", "--aantal", "200", "--reform", "brede_welvaartstoets"]
    assert main([*opdracht, "--datum", "2027-03-01", "--uitvoer", str(uitvoer)]) == 0
    assert KM in capsys.readouterr().out
    with (uitvoer / "aggregaat.csv").open(encoding="utf-8") as f:
        rijen = list(csv.DictReader(f))
    assert {r["systeem"] for r in rijen} == {"huidig_recht", "brede_welvaartstoets"}
    assert all(KM in r["actualiteit"] for r in rijen)
    assert main([*opdracht, "--datum", GEDEKT, "--uitvoer", str(uitvoer)]) == 0
    assert "may be stale" not in capsys.readouterr().out
    with (uitvoer / "aggregaat.csv").open(encoding="utf-8") as f:
        assert all(r["actualiteit"] == "" for r in csv.DictReader(f))


BRON = {"title": "Staatscourant", "href": "https://zoek.officielebekendmakingen.nl/"}


def proefsysteem(waarden, **actualisatie):
    """A parameter tree with one amount `proef.bedrag` with these values and this declaration."""
    blad = {
        "description": "Proefbedrag",
        "metadata": {
            "unit": "currency-EUR",
            "actualisatie": {"bron_te_controleren": BRON, **actualisatie},
        },
        "values": waarden,
    }
    return SimpleNamespace(parameters=ParameterNode("", data={"proef": {"bedrag": blad}}))


def soorten(systeem, datum):
    return [(m.soort, m.naam, m.datum) for m in meldingen(systeem, datum)]


HALFJAARLIJKS = proefsysteem({"2025-01-01": 10.0, "2025-07-01": 11.0}, cadans=["01-01", "07-01"])


def test_een_geplante_leemte_wordt_gevonden():
    """The figure of 2026-01-01 is missing: due from that day, carried forward."""
    assert soorten(HALFJAARLIJKS, "2026-01-01") == [("doorgetrokken", "proef.bedrag", "2026-01-01")]
    assert soorten(HALFJAARLIJKS, "2030-05-05") == [("doorgetrokken", "proef.bedrag", "2026-01-01")]
    melding = meldingen(HALFJAARLIJKS, "2026-02-01")[0]
    assert melding.tekst() == (
        "proef.bedrag: EUR 11 from 2025-07-01, carried forward (no figure published from "
        "2026-01-01); check: Staatscourant <https://zoek.officielebekendmakingen.nl/>"
    )


def test_de_dag_ervoor_is_het_bedrag_verwacht_niet_doorgetrokken():
    assert soorten(HALFJAARLIJKS, "2025-12-31") == [("verwacht", "proef.bedrag", "2026-01-01")]
    assert meldingen(HALFJAARLIJKS, "2025-12-31")[0].dagen == 1
    assert soorten(HALFJAARLIJKS, "2025-07-01") == [("verwacht", "proef.bedrag", "2026-01-01")]
    assert soorten(HALFJAARLIJKS, "2025-06-30") == []


def test_een_ingevoerd_bedrag_vult_de_leemte():
    gevuld = proefsysteem(
        {"2025-01-01": 10.0, "2025-07-01": 11.0, "2026-01-01": 12.0}, cadans=["01-01", "07-01"]
    )
    assert soorten(gevuld, "2026-01-01") == [("verwacht", "proef.bedrag", "2026-07-01")]


def test_een_afgeschaft_bedrag_wordt_niet_meer_verwacht():
    afgeschaft = proefsysteem({"2025-01-01": 10.0, "2025-07-01": None}, cadans=["01-01"])
    assert soorten(afgeschaft, "2030-01-01") == []


def test_zonder_cadans_niets():
    assert soorten(proefsysteem({"2025-01-01": 10.0}, cadans="geen"), "2030-01-01") == []


def test_einddatum_binnen_zes_maanden_ervoor_en_erna():
    tijdelijk = proefsysteem(
        {"2022-03-04": 1.0, "2027-03-05": 0.0}, cadans="geen", einddatum="laatste_waarde"
    )
    einde = [("einde", "proef.bedrag", "2027-03-05")]
    assert soorten(tijdelijk, "2026-09-04") == []
    assert soorten(tijdelijk, "2026-09-05") == einde
    assert soorten(tijdelijk, "2027-09-05") == einde
    assert soorten(tijdelijk, "2027-09-06") == []
    assert "ends 2027-03-05" in meldingen(tijdelijk, "2027-01-01")[0].tekst()


def test_alleen_de_wet_niet_een_hervorming_voegt_meldingen_toe(systeem):
    from openfisca_arbeidsmigratie.tools.kern.register import pas_toe

    hervormd = pas_toe(systeem, "brede_welvaartstoets")
    assert soorten(hervormd, "2100-01-01") == soorten(systeem, "2100-01-01")


WEB_GEVAL = {
    "personen": {
        "p": {
            "nationaliteit": {"D": "IN"},
            "leeftijd": {"D": 35},
            "bruto_maandloon": {"D": 6000},
            "toelatingsroute": {"D": None},
        }
    }
}


def web_geval(datum):
    return json.loads(json.dumps(WEB_GEVAL).replace('"D"', f'"{datum}"'))


def test_web_api_geeft_de_meldingen_van_de_gevraagde_datum(systeem, tmp_path):
    client = maak_app(systeem, slotmap=tmp_path).test_client()
    antwoord = client.post("/calculate", json=web_geval("2030-03-01"))
    assert antwoord.status_code == 200, antwoord.get_data(as_text=True)
    gegevens = antwoord.get_json()
    assert gegevens["personen"]["p"]["toelatingsroute"]["2030-03-01"]
    namen = {m["parameter"] for m in gegevens["actualiteit"] if m["kind"] == "doorgetrokken"}
    assert "kennismigrant.salariscriterium.dertig_jaar_en_ouder" in namen
    assert all(m["checked_for"] == ["2030-03-01"] for m in gegevens["actualiteit"])
    antwoord = client.post("/calculate", json=web_geval(GEDEKT))
    assert antwoord.get_json()["actualiteit"] == []


def test_web_api_noemt_per_melding_de_datums_waarvoor_hij_geldt(systeem, tmp_path):
    client = maak_app(systeem, slotmap=tmp_path).test_client()
    geval = web_geval("2030-03-01")
    geval["personen"]["q"] = web_geval(GEDEKT)["personen"]["p"]
    geval["personen"]["r"] = web_geval("2031-03-01")["personen"]["p"]
    gegevens = client.post("/calculate", json=geval).get_json()
    km = [
        m
        for m in gegevens["actualiteit"]
        if m["parameter"] == "kennismigrant.salariscriterium.dertig_jaar_en_ouder"
    ]
    assert len(km) == 1
    assert km[0]["checked_for"] == ["2030-03-01", "2031-03-01"]


@pytest.mark.parametrize("dag", ["2026-08-31", "2026-12-07", "2024-02-29", "2026-03-31"])
@pytest.mark.parametrize("maanden", [6, -6])
def test_zes_maanden_verder_zoals_openfisca(dag, maanden):
    from openfisca_core import periods

    from openfisca_arbeidsmigratie.tools.kern.actualiteit import _verschoven

    assert _verschoven(dag, maanden) == str(periods.instant(dag).offset(maanden, "month"))


def test_geen_volgende_indexering_na_het_jaar_9999():
    """A value dated in the year 9999 has no next cadence date: no warning, no error (found by
    `make fuzz` through a change file dated 9999-12-31, now refused before this)."""
    from openfisca_arbeidsmigratie.tools.kern.actualiteit import volgende

    assert volgende(("01-01",), "9999-12-31") is None
    assert volgende(("01-01", "07-01"), "9999-06-30") == "9999-07-01"
    assert volgende(("01-01",), "2026-06-15") == "2027-01-01"


def test_wijzigingsbestand_na_2100_exit_2(tmp_path, capsys):
    geval = tmp_path / "geval.yaml"
    geval.write_text(
        "- name: x\n  period: 2026-06-01\n  input: {leeftijd: 25, nationaliteit: IN}\n",
        encoding="utf-8",
    )
    bestand = tmp_path / "wijziging.yaml"
    bestand.write_text(
        "kennismigrant.salariscriterium.jonger_dan_dertig:\n  9999-12-31: 4500\n", encoding="utf-8"
    )
    assert main(["vergelijk", str(geval), "--parameters", str(bestand)]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("arbeidsmigratie: error: ") and "9999-12-31" in fout
    assert "1900 to 2100" in fout
