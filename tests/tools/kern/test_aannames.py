"""Assumptions: the inputs a decision read at their default, from the trace, in every output."""

import json

import pytest

from openfisca_arbeidsmigratie.tools.cli import main
from openfisca_arbeidsmigratie.tools.geval.uitleg import leg_uit
from openfisca_arbeidsmigratie.tools.geval.vergelijking import NIET_VAN_TOEPASSING, vergelijk
from openfisca_arbeidsmigratie.tools.kern.aannames import bereken_met_aannames, geldt, is_voorstel
from openfisca_arbeidsmigratie.tools.kern.register import pas_toe

DATUM = "2027-02-02"  # the proposals start on 1 January 2027
PUNTEN = ("sector", "beroepsgroep", "huisvesting", "taalniveau_nederlands")
INDIER = {
    "name": "Indian engineer (29)",
    "period": DATUM,
    "input": {"nationaliteit": "IN", "leeftijd": 29, "bruto_maandloon": 5800},
}


def _namen(lijst):
    return [a.variabele for a in lijst]


def test_alleen_nationaliteit_gegeven_loon_en_geboortedatum_aangenomen(systeem):
    geval = {"period": DATUM, "input": {"nationaliteit": "IN"}}
    spoor = bereken_met_aannames(systeem, geval, ["toelatingsroute"])
    namen = _namen(spoor.aannames)
    assert "bruto_maandloon" in namen and "geboortedatum" in namen
    assert "nationaliteit" not in namen
    loon = next(a for a in spoor.aannames if a.variabele == "bruto_maandloon")
    assert loon.standaard == 0 and loon.tekst() == "bruto_maandloon (0)"


def test_gegeven_invoer_is_geen_aanname(systeem):
    spoor = bereken_met_aannames(systeem, INDIER, ["toelatingsroute"])
    namen = _namen(spoor.aannames)
    assert not {"nationaliteit", "leeftijd", "bruto_maandloon", "geboortedatum"} & set(namen)


def test_puntentoets_leest_punteninvoer_huidig_recht_niet(systeem):
    huidig = bereken_met_aannames(systeem, INDIER, ["toelatingsroute"])
    hervormd = pas_toe(systeem, "brede_welvaartstoets")
    voorstel = bereken_met_aannames(hervormd, INDIER, ["toelatingsroute"])
    assert not set(PUNTEN) & set(_namen(huidig.aannames))
    assert set(PUNTEN) <= set(_namen(voorstel.aannames))
    assert set(PUNTEN) <= voorstel.invoer - huidig.invoer


def test_voorstelvariabele_geldt_niet_onder_huidig_recht(systeem):
    assert is_voorstel(systeem.variables["brede_welvaart_punten_totaal"])
    assert not is_voorstel(systeem.variables["toelatingsroute"])
    naam = "brede_welvaart_punten_totaal"
    spoor = bereken_met_aannames(systeem, INDIER, ["toelatingsroute", naam])
    assert not geldt(systeem, naam, spoor)
    assert not set(PUNTEN) & set(_namen(spoor.aannames))


def test_vergelijk_toont_aannames_en_geen_punten_onder_huidig_recht(systeem):
    uitkomst = vergelijk(INDIER, ["brede_welvaartstoets"], systeem=systeem)
    assert uitkomst.rijen["brede_welvaart_punten_totaal"][0] == NIET_VAN_TOEPASSING
    assert uitkomst.rijen["brede_welvaart_punten_totaal"][1] == 12
    tekst = uitkomst.tekst()
    assert "Not given, default used (assumptions):" in tekst
    assert (
        "brede_welvaartstoets [proposal, not law]: as huidig_recht, and sector (onbekend)" in tekst
    )
    alleen_huidig = vergelijk(INDIER, systeem=systeem)
    assert "brede_welvaart_punten_totaal" not in alleen_huidig.rijen


def test_uitleg_json_en_tekst_noemen_aannames(tmp_path, capsys):
    import yaml

    pad = tmp_path / "geval.yaml"
    pad.write_text(yaml.safe_dump({"period": DATUM, "input": {"nationaliteit": "IN"}}))
    assert main(["uitleg", str(pad), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    namen = [a["variable"] for a in data[0]["assumptions"]]
    assert "bruto_maandloon" in namen and "nationaliteit" not in namen
    assert main(["uitleg", str(pad)]) == 0
    assert "Not given, default used (assumptions): " in capsys.readouterr().out


@pytest.mark.parametrize("volledig", [True, False])
def test_uitleg_stap_heeft_aannames(systeem, volledig):
    uitleg = leg_uit(systeem, {"period": DATUM, "input": {"nationaliteit": "IN"}})
    assert "bruto_maandloon" in _namen(uitleg.aannames)
    assert "assumptions" in uitleg.als_dict()


def test_bevolking_noemt_invoer_die_de_tabel_mist(systeem):
    from openfisca_arbeidsmigratie.tools.kern.aannames import (
        ontbrekend_per_systeem,
        ontbrekend_regels,
    )

    kolommen = {"persoon_id", "nationaliteit", "leeftijd", "bruto_maandloon", "erkend_referent"}
    systemen = {"huidig_recht": systeem, "punten": pas_toe(systeem, "brede_welvaartstoets")}
    ontbrekend = ontbrekend_per_systeem(systemen, kolommen, DATUM)
    huidig, punten = (set(_namen(ontbrekend[n])) for n in systemen)
    assert set(PUNTEN) <= punten - huidig
    assert "geboortedatum" not in huidig  # leeftijd is given: its formula is not computed
    assert not kolommen & (huidig | punten)
    regels = "\n".join(ontbrekend_regels(ontbrekend, 2500))
    assert "punten: the decisions of all 2,500 persons read inputs the table lacks" in regels


def test_tabelkolommen_van_maandkolommen():
    import pyarrow as pa

    from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, tabelkolommen

    bron = Bron("t", tabel=pa.table({"persoon_id": ["1"], "verblijfsdoel_2026_01": ["studie"]}))
    assert "verblijfsdoel" in tabelkolommen(bron, None, None)
