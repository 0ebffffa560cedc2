"""The catalogue of the decision (variables/beslissing.yaml) against the rules it describes."""

import inspect
import re

import pytest

from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.model.regelmap import regelmap
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import RESULTATEN
from openfisca_arbeidsmigratie.tools.cli.voorbeelden import VERBLIJF_KOLOMMEN, VOORBEELD_KOLOMMEN
from openfisca_arbeidsmigratie.tools.geval.vergelijking import STANDAARD_VARIABELEN
from openfisca_arbeidsmigratie.tools.kern.beslissing import catalogus

LEEST = re.compile(r'persoon\(\s*"(\w+)"')
# Decisions that are a conjunction of named conditions: the catalogue lists every one of them.
CONJUNCTIES = ("_toelaatbaar", "_toekenbaar")


def gelezen(systeem, naam: str) -> list[str]:
    """The variables the formulas of `naam` read, in the order of the source."""
    bron = inspect.getsource(inspect.getmodule(type(systeem.variables[naam])))
    return list(dict.fromkeys(LEEST.findall(bron)))


def test_elke_route_heeft_een_onderdeel():
    routes = [o.route for o in catalogus().onderdelen if o.route is not None]
    assert sorted(routes) == sorted(lid.name for lid in Toelatingsroute if lid.name != "geen")


def test_noemt_alleen_bestaande_variabelen(systeem):
    onbekend = catalogus().alle_variabelen() - set(systeem.variables)
    assert not onbekend


@pytest.mark.parametrize("onderdeel", catalogus().onderdelen, ids=lambda o: o.id)
def test_voorwaarden_in_de_volgorde_van_de_formule(systeem, onderdeel):
    gelezen_namen = gelezen(systeem, onderdeel.beslissing)
    assert set(onderdeel.voorwaarden) <= set(gelezen_namen)
    plekken = [gelezen_namen.index(naam) for naam in onderdeel.voorwaarden]
    assert plekken == sorted(plekken)
    if onderdeel.beslissing.endswith(CONJUNCTIES):
        assert set(gelezen_namen) == set(onderdeel.voorwaarden)


@pytest.mark.parametrize("onderdeel", catalogus().onderdelen, ids=lambda o: o.id)
def test_parametervoorvoegsels_bestaan(systeem, onderdeel):
    for voorvoegsel in onderdeel.parameters:
        knoop = systeem.parameters
        for deel in voorvoegsel.split("."):
            assert deel in knoop.children, f"{onderdeel.id}: {voorvoegsel}"
            knoop = knoop.children[deel]


@pytest.mark.parametrize("onderdeel", catalogus().onderdelen, ids=lambda o: o.id)
def test_status_voorstel_alleen_voor_voorstellen(onderdeel):
    bestanden = list(regelmap("variables").rglob(f"{onderdeel.beslissing}.py"))
    assert len(bestanden) == 1
    onder_voorstellen = "voorstellen" in bestanden[0].parts
    assert (onderdeel.status == "voorstel") == onder_voorstellen


def test_de_tools_nemen_hun_rijen_en_kolommen_uit_de_catalogus():
    assert catalogus().vergelijkingsrijen() == STANDAARD_VARIABELEN
    assert catalogus().bevolkingskolommen() == RESULTATEN
    assert catalogus().tabelkolommen("beslissing") == VOORBEELD_KOLOMMEN
    assert catalogus().tabelkolommen("verblijf") == VERBLIJF_KOLOMMEN
    assert STANDAARD_VARIABELEN[0] == RESULTATEN[0] == "toelatingsroute"
