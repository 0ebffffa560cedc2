"""The route explanation names a Wtta fine alongside the route, without changing the route."""

from openfisca_arbeidsmigratie.tools.geval.uitleg import als_tekst, leg_uit

UITGELEEND = {
    "nationaliteit": "PL",
    "ter_beschikking_gesteld": True,
    "werkgever_is_uitlener": True,
    "uitlener_toegelaten": False,
}


def test_boete_inlener_naast_de_route_vanaf_2028(systeem):
    uitleg = leg_uit(systeem, {"period": "2028-01-01", "input": UITGELEEND})
    assert uitleg.waarde == "vrij_verkeer"
    assert [b.variabele for b in uitleg.daarnaast] == ["inlener_beboetbaar_wtta"]
    assert "alongside" in uitleg.als_dict()
    tekst = als_tekst(uitleg, "kop")
    assert "Alongside, without effect on this decision:" in tekst
    assert "inlener_beboetbaar_wtta = yes" in tekst


def test_geen_bevinding_de_dag_ervoor(systeem):
    uitleg = leg_uit(systeem, {"period": "2027-12-31", "input": UITGELEEND})
    assert uitleg.waarde == "vrij_verkeer"
    assert uitleg.daarnaast == []
    assert "alongside" not in uitleg.als_dict()
    assert "Alongside" not in als_tekst(uitleg, "kop")
