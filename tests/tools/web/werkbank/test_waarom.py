"""Waarom at a glance: the deciding comparison in one line, colours by what a value means for the
person, each condition once; and the catalogue that the steps link to."""

import pytest

from openfisca_arbeidsmigratie.tools.geval.uitleg import Stap
from openfisca_arbeidsmigratie.tools.kern.register import _bladeren
from openfisca_arbeidsmigratie.tools.web.werkbank import maak_app
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import leg_geval_uit, toon_waarde
from openfisca_arbeidsmigratie.tools.web.werkbank.waarom import gunstig, waarom, wetteksten

GEVAL = {
    "period": "2026-01-15",
    "input": {"nationaliteit": "IN", "leeftijd": 31, "bruto_maandloon": 5800},
}


@pytest.fixture(scope="module")
def boom(systeem):
    return waarom(
        leg_geval_uit(systeem, GEVAL, "toelatingsroute"),
        systeem,
        lambda naam, w: toon_waarde(systeem, naam, w),
    )


def _alle(stap):
    yield stap
    for kind in stap.stappen:
        yield from _alle(kind)


def _stap(boom, naam):
    return next(s for s in _alle(boom) if s.variabele == naam and s.soort != "see above")


def test_salariscriterium_in_een_regel(boom):
    zin = _stap(boom, "kennismigrant_voldoet_salariscriterium").vergelijking
    assert zin.startswith("Bruto maandloon € 5.800 < Salariscriterium kennismigrant")
    assert "€ 5.942 (Salariscriterium 30 jaar en ouder" in zin
    assert "art. 2.1" in zin and zin.endswith("sinds 1-1-2026)")


def test_bepaling_met_lid_en_onderdeel(boom):
    stap = _stap(boom, "vacature_tijdig_gemeld")
    assert stap.bepaling == "Wet arbeid vreemdelingen, art. 8, eerste lid, onder b"
    assert "0 weken < 5 weken" in stap.vergelijking


def test_elke_voorwaarde_een_keer_uitgelegd(boom):
    volledig = [s.variabele for s in _alle(boom) if s.soort != "see above"]
    assert len(volledig) == len(set(volledig))
    assert any(s.soort == "see above" for s in _alle(boom))


def _s(naam, waarde):
    return Stap(naam, naam, waarde, [], "formula")


def test_kleur_is_gunstig_voor_de_persoon_niet_ja():
    assert gunstig(_s("kennismigrant_toelaatbaar", True)) is True
    assert gunstig(_s("erkend_referent_weigeringsgrond", False)) is True
    assert gunstig(_s("openbare_orde_bezwaar", True)) is False
    assert gunstig(_s("twv_vereist", True)) is False
    assert gunstig(_s("erkend_referent_zonder_weigeringsgrond", True)) is True
    assert gunstig(_s("geen_verblijfsvergunning_asiel", True)) is True
    assert gunstig(_s("toelatingsroute", "twv")) is None


def test_werkbank_toont_vergelijking_en_kleur(systeem):
    app = maak_app(systeem)
    client = app.test_client()
    client.environ_base["HTTP_X_CSRF_TOKEN"] = app.config["CSRF_TOKEN"]
    data = {
        "actie": "bereken",
        "datum": "2026-01-15",
        "v_nationaliteit": "IN",
        "v_leeftijd": "31",
        "v_bruto_maandloon": "5800",
        "uitleg_kolom": "0",
    }
    html = client.post("/", data=data).get_data(as_text=True)
    assert '<span class="vergelijking">Bruto maandloon € 5.800 &lt; Salariscriterium' in html
    assert 'class="waarde ongunstig"' in html and 'class="waarde gunstig"' in html
    assert 'href="/catalogus#v-kennismigrant_voldoet_salariscriterium"' in html


def test_catalogus_noemt_elke_variabele_en_parameter(systeem):
    html = maak_app(systeem).test_client().get("/catalogus").get_data(as_text=True)
    for naam in systeem.variables:
        assert f'id="v-{naam}"' in html, naam
    for pad, _ in _bladeren(systeem.parameters):
        assert f'id="p-{pad}"' in html, pad
    assert "Alleen een voorstel, geen geldend recht." in html


def test_bedrag_houdt_zijn_parameters_in_de_korte_uitleg(boom):
    norm = _stap(boom, "kennismigrant_salarisnorm")
    criterium = next(p for p in norm.parameters if p.naam.endswith("dertig_jaar_en_ouder"))
    assert (criterium.waarde, criterium.sinds) == (5942, "2026-01-01")


def test_wettekst_van_precies_de_geciteerde_bepaling(boom):
    vacature = [t.aanduiding for t in wetteksten(_stap(boom, "vacature_tijdig_gemeld"))]
    assert vacature[0] == "art. 8, lid 1, onder b Wet arbeid vreemdelingen"
    assert "art. 8 Wet arbeid vreemdelingen" not in vacature  # the article is not repeated whole
    salaris = wetteksten(_stap(boom, "kennismigrant_salarisnorm"))
    assert [t.aanduiding for t in salaris] == [
        "art. 2.1, lid 5 Besluit uitvoering Wet arbeid vreemdelingen 2022"
    ]
    assert _stap(boom, "arbeid_vrij_toegestaan").bepaling is None  # "zonder" is no onderdeel
    for stap in _alle(boom):
        for tekst in wetteksten(stap):
            assert tekst.artikel.bron["url"].startswith("https://wetten.overheid.nl/")


def test_werkbank_toont_de_wettekst_met_versiedatum(systeem):
    app = maak_app(systeem)
    client = app.test_client()
    client.environ_base["HTTP_X_CSRF_TOKEN"] = app.config["CSRF_TOKEN"]
    data = {
        "actie": "bereken",
        "datum": "2026-01-15",
        "v_nationaliteit": "IN",
        "v_leeftijd": "31",
        "v_bruto_maandloon": "5800",
        "uitleg_kolom": "0",
    }
    html = client.post("/", data=data).get_data(as_text=True)
    assert (
        "<summary>Tekst van art. 8, lid 1, onder b Wet arbeid vreemdelingen "
        '<span class="versie">(versie geldend vanaf 12-6-2026)</span></summary>'
    ) in html
    assert "<p>b. indien het een arbeidsplaats betreft waarvan de beschikbaarheid niet" in html
    assert "De datum van het geval ligt vóór deze versie" in html
    later = client.post("/", data={**data, "datum": "2026-12-01"}).get_data(as_text=True)
    assert "versie geldend vanaf 12-6-2026" in later
    assert "De datum van het geval ligt vóór deze versie" not in later
