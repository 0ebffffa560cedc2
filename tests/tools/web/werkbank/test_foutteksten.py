"""Every error the werkbank shows is Dutch (issue 23 item 3): each error path driven through the
page (bad form values of each input type, a bad history row, a bad upload, a bad change file, a
bad what-if of each parameter type, an unknown reform, an unknown variable, a bad property, a
failed population run), each answered with a 4xx (never a 500) and a Dutch message that names
the field and the value; and the translations of the deeper layers' English errors one by one."""

import io
import logging
import re
import time
from html import unescape

import pyarrow as pa
import pytest
from openfisca_core.errors import ParameterNotFoundError

from openfisca_arbeidsmigratie.model.invoer import OngeldigeInvoer, controleer_waarde
from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import Bron, valideer
from openfisca_arbeidsmigratie.tools.kern import register
from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout
from openfisca_arbeidsmigratie.tools.kern.yamlbron import YamlFout, laad_yaml
from openfisca_arbeidsmigratie.tools.web.werkbank import berekening, maak_app
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import (
    WerkbankFout,
    engels,
    nederlands,
)

# English words no Dutch message has (as a whole word, outside quoted values).
ENGELSE_WOORDEN = re.compile(
    r"\b(the|is not|accepted|expected|must|unknown|invalid|found|not|and|with|given|got|"
    r"only|line|row|column|value|number|whole|should|cannot|from|to|an|problem|nothing|"
    r"missing|required|property|expression|reform|file)\b"
)
GEVAL = {
    "actie": "bereken",
    "datum": "2026-06-01",
    "naam": "proef",
    "v_nationaliteit": "IN",
    "v_leeftijd": "30",
    "v_bruto_maandloon": "6000",
}


@pytest.fixture(scope="module")
def app(systeem):
    return maak_app(systeem)


@pytest.fixture
def client(app):
    client = app.test_client()
    client.environ_base["HTTP_X_CSRF_TOKEN"] = app.config["CSRF_TOKEN"]
    return client


def nederlands_en_noemt(melding: str, *namen: str) -> None:
    zonder_waarden = re.sub(r"'[^']*'|\"[^\"]*\"|\([^)]*,[^)]*\)", "", melding)
    assert not ENGELSE_WOORDEN.search(zonder_waarden), melding
    assert not engels(melding), melding
    for naam in namen:
        assert naam in melding, (naam, melding)


def meldingen(antwoord) -> dict:
    """The messages of the page by field: the summary's links and the texts beside fields."""
    html = antwoord.get_data(as_text=True)
    uit = {
        anker: unescape(re.sub(r"<[^>]+>", "", tekst)).strip()
        for anker, tekst in re.findall(r'<li><a href="#([^"]*)">(.*?)</a></li>', html, re.S)
    }
    for sleutel, tekst in re.findall(r'<p class="foutmelding" id="f_([^"]*)">(.*?)</p>', html):
        uit.setdefault(sleutel, unescape(tekst))
    return uit


def post(client, pad="/", bestanden=None, **velden):
    data = {**GEVAL, **velden}
    data.update(bestanden or {})
    return client.post(pad, data=data, content_type="multipart/form-data")


def veld_van(app, soort: str):
    return next(v for v in app.extensions["werkbank"].formulier.velden if v.soort == soort)


@pytest.mark.parametrize(
    ("soort", "waarde"),
    [
        ("enum", "XX"),
        ("enum", "true"),
        ("bool", "misschien"),
        ("int", "2,5"),
        ("int", "-5"),
        ("int", "99999999999"),
        ("float", "abc"),
        ("float", "-1"),
        ("float", "1e400"),
        ("date", "2026-13-01"),
    ],
)
def test_formulierwaarde_van_elk_soort(app, client, soort, waarde):
    veld = veld_van(app, soort)
    antwoord = post(client, **{f"v_{veld.naam}": waarde})
    assert antwoord.status_code == 400
    melding = meldingen(antwoord)[f"v_{veld.naam}"]
    nederlands_en_noemt(melding, veld.naam, waarde)


@pytest.mark.parametrize(
    ("geboortedatum", "deel"),
    [("3000-01-01", "1900-01-01"), ("2030-01-01", "leeftijd -4 op 2026-03-01")],
)
def test_geboortedatum_zonder_leeftijd(client, geboortedatum, deel):
    """A date of birth outside the model's years, or after the decision date: refused beside
    the field, in Dutch, with what it gives or what is accepted."""
    velden = {"v_geboortedatum": geboortedatum, "v_leeftijd": "", "datum": "2026-03-01"}
    antwoord = post(client, **velden)
    assert antwoord.status_code == 400
    melding = meldingen(antwoord)["v_geboortedatum"]
    nederlands_en_noemt(melding, "geboortedatum", geboortedatum, deel)


@pytest.mark.parametrize(
    ("rij", "namen"),
    [
        ({"van": "2020-13", "tot": "", "waarde": "arbeid_regulier"}, ["Periode 1", "JJJJ-MM"]),
        ({"van": "2020-01", "tot": "2021-01", "waarde": "vakantie"}, ["verblijfsdoel", "vakantie"]),
        ({"van": "2021-01", "tot": "2020-01", "waarde": "studie"}, ["2021-01", "2020-01"]),
    ],
)
def test_geschiedenisrij(client, rij, namen):
    velden = {"h_verblijfsdoel_aantal": "1"}
    velden.update({f"h_verblijfsdoel_{deel}_0": tekst for deel, tekst in rij.items()})
    antwoord = post(client, **velden)
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)["h_verblijfsdoel_0"], *namen)


@pytest.mark.parametrize(
    ("datum", "namen"),
    [("gisteren", ["gisteren", "JJJJ-MM-DD"]), ("1990-01-01", ["1990-01-01", "2004-01-01"])],
)
def test_datum_van_de_beslissing(client, datum, namen):
    antwoord = post(client, datum=datum)
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)["datum"], *namen)


UPLOADS = [
    (b"{{{", ["g.yaml", "regel 2"]),
    (b"a: b: c", ["g.yaml", "regel 1, kolom 5", "dubbele punt"]),
    (b"a:\n\tb: 1", ["g.yaml", "regel 2"]),
    (b"a: [1, 2", ["g.yaml", "']'"]),
    (b"a: *x", ["g.yaml", "'x'"]),
    (b"--- 1\n--- 2", ["g.yaml", "document"]),
    (b"a: !!python/object 1", ["g.yaml", "python/object"]),
    (b'"abc', ["g.yaml", "aanhalingsteken"]),
    (b"\xff\xfe", ["g.yaml", "UTF-8"]),
    (b"name: x\nname: y\n", ["g.yaml", "name", "regel 1 en 2"]),
    (b"- 1\n- 2", ["g.yaml", "geval 1"]),
    (b"name: x\nperiod: 2026-01-01\ninput:\n  leeftijd: abc\n", ["leeftijd", "abc"]),
    (b"name: x\nperiod: 2026-01-01\ninput:\n  bestaat_niet: 1\n", ["bestaat_niet"]),
    (b"name: x\nperiod: morgen\ninput:\n  leeftijd: 30\n", ["morgen"]),
    (b"name: x\nperiod: 2026-01-01\ninput:\n  nationaliteit: NO\n", ["nationaliteit", "NO"]),
    (b"name: x\nperiod: 2026-01-01\ninput:\n  verblijfsdoel:\n    2020: x\n", ["verblijfsdoel"]),
]


@pytest.mark.parametrize(("inhoud", "namen"), UPLOADS, ids=[u[0][:24] for u in UPLOADS])
def test_upload_van_een_geval(client, inhoud, namen):
    antwoord = post(client, actie="bestand", bestanden={"bestand": (io.BytesIO(inhoud), "g.yaml")})
    assert antwoord.status_code == 400
    alle = meldingen(antwoord)
    melding = next((m for m in alle.values() if namen[0] in m), " | ".join(alle.values()))
    nederlands_en_noemt(melding, *namen)


PAD = "kennismigrant.salariscriterium.jonger_dan_dertig"
WIJZIGINGSBESTANDEN = [
    (b"{{{", "wijzigingsbestand", ["w.yaml", "regel 2"]),
    (b"- 1", "wijzigingsbestand", ["w.yaml", PAD]),
    (f"{PAD}: 5\n".encode(), "wijzigingsbestand", ["w.yaml", PAD, "5"]),
    (f"{PAD}:\n  morgen: 4800\n".encode(), "wijzigingsbestand", ["w.yaml", PAD, "morgen"]),
    (f"{PAD}:\n  2027-02-30: 4800\n".encode(), "wijzigingsbestand", ["w.yaml", "2027-02-30"]),
    (
        f"{PAD}:\n  9999-12-31: 4800\n".encode(),
        "wijzigingsbestand",
        ["w.yaml", "9999-12-31", "1900 tot en met 2100"],
    ),
    (
        f"{PAD}:\n  2027-01-01: 4800\n  2027-01-01: 4900\n".encode(),
        "wijzigingsbestand",
        ["w.yaml", "2027-01-01", "regel 2 en 3"],
    ),
    (f"{PAD}x:\n  2027-01-01: 4800\n".encode(), "wijziging_parameter", [f"{PAD}x", PAD]),
    (f"{PAD}:\n  2027-01-01: abc\n".encode(), "wijziging_waarde", [PAD, "abc"]),
    (f"{PAD}:\n  2027-01-01: -5\n".encode(), "wijziging_waarde", [PAD, "-5"]),
    (
        b"wav.associatie_turkije.landen:\n  2027-01-01: [TR, XX]\n",
        "wijziging_waarde",
        ["wav.associatie_turkije.landen", "XX"],
    ),
    (
        b"kennismigrant.salariscriterium:\n  2027-01-01: 5\n",
        "wijziging_parameter",
        ["kennismigrant.salariscriterium"],
    ),
]


@pytest.mark.parametrize(
    ("inhoud", "veld", "namen"), WIJZIGINGSBESTANDEN, ids=[str(i) for i in range(12)]
)
def test_wijzigingsbestand(client, inhoud, veld, namen):
    bestand = {"wijzigingsbestand": (io.BytesIO(inhoud), "w.yaml")}
    antwoord = post(client, actie="wijzigingsbestand", bestanden=bestand)
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)[veld], *namen)


def test_wijzigingsbestand_heen_en_terug(client):
    velden = {
        "wijziging_parameter": PAD,
        "wijziging_waarde": "4800",
        "wijziging_vanaf": "2026-01-01",
        "wijziging_parameter_2": "wav.associatie_turkije.landen",
        "wijziging_waarde_2": "TR, DE",
        "wijziging_vanaf_2": "2026-01-01",
    }
    bewaard = post(client, "/download/wijziging.yaml", **velden)
    assert bewaard.status_code == 200
    bestand = {"wijzigingsbestand": (io.BytesIO(bewaard.data), "wijziging.yaml")}
    geladen = post(client, actie="wijzigingsbestand", bestanden=bestand)
    assert geladen.status_code == 200, meldingen(geladen)
    html = geladen.get_data(as_text=True)
    assert f'name="wijziging_parameter" list="parameterlijst" value="{PAD}"' in html
    assert 'name="wijziging_waarde_2" value="[TR, DE]"' in html


@pytest.mark.parametrize(
    ("parameter", "waarde"),
    [
        (PAD, "abc"),
        (PAD, "-5"),
        (PAD, "4.907"),
        ("wav.tijdelijke_bescherming.meldplicht", "misschien"),
        ("wav.associatie_turkije.landen", "TR, XX"),
        ("wav.studenten.zomermaanden", "6, 13"),
        ("wav.studenten.zomermaanden", "6, juli"),
    ],
)
def test_wat_als_van_elk_parametersoort(client, parameter, waarde):
    antwoord = post(client, wijziging_parameter=parameter, wijziging_waarde=waarde)
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)["wijziging_waarde"], parameter, waarde.split(", ")[-1])


@pytest.mark.parametrize(
    ("velden", "veld", "namen"),
    [
        ({"wijziging_parameter": f"{PAD}x", "wijziging_waarde": "1"}, "wijziging_parameter", [PAD]),
        ({"hervorming": "bestaat_niet"}, "hervormingen", ["bestaat_niet"]),
        ({"uitleg_variabele": "bestaat_niet"}, "uitleg_variabele", ["bestaat_niet"]),
        ({"uitleg_kolom": "x"}, "f_berekening", ["'x'"]),
        ({"tijdlijn_parameter": "wav.bestaat_niet"}, "tijdlijn_parameter", ["wav.bestaat_niet"]),
        ({"per": "kleur"}, "per", ["kleur"]),
        ({"steekproef": "12"}, "steekproef", ["100"]),
    ],
)
def test_onbekende_namen(client, velden, veld, namen):
    antwoord = post(client, **velden)
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)[veld], *namen)


def test_gedeelde_link_met_een_onbekende_hervorming(client):
    antwoord = client.get("/", query_string={**GEVAL, "hervorming": "bestaat_niet"})
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)["hervormingen"], "bestaat_niet")


@pytest.mark.parametrize(
    ("eigenschap", "namen"),
    [
        ("huidig.bruto_maanloon > 3", ["bruto_maanloon", "bruto_maandloon"]),
        ("(((", ["(((", "kolom 3"]),
        ("huidig.leeftijd + 'a'", ["'a'"]),
        ("huidig.nationaliteit == 'XX'", ["'XX'", "Land"]),
        ("x.leeftijd > 3", ["'x'", "huidig"]),
        ("huidig.leeftijd", ["huidig.leeftijd"]),
        ("huidig.leeftijd > 3 and 4", ["and"]),
        ("parameter('wav.bestaat_niet') > 3", ["wav.bestaat_niet"]),
        ("huidig.leeftijd > '3'", ["'3'"]),
        ("foo(3) > 2", ["abs", "parameter"]),
        ("huidig.nationaliteit < 3", ["categorie"]),
        ("huidig.leeftijd > 3 if 1 else 2", ["IfExp"]),
        ("huidig.leeftijd in 3", ["'in'"]),
        ("'abc", ["aanhalingsteken"]),
        ("huidig", ["huidig.variabele"]),
        ("huidig.verblijfsdoel == 'x'", ["verblijfsdoel"]),
        ("huidig.geboortedatum > 3", ["datum", "getal"]),
        ("datum > 3", ["datum", "getal"]),
        (
            "huidig.leeftijd >= parameter('wav.associatie_turkije.landen')",
            ["wav.associatie_turkije.landen", "lijst"],
        ),
    ],
)
def test_eigenschap_van_de_specificaties(client, eigenschap, namen):
    antwoord = post(client, actie="specificaties", eigenschap=eigenschap)
    assert antwoord.status_code == 400
    nederlands_en_noemt(meldingen(antwoord)["eigenschap"], *namen)


def _validatiefout(systeem):
    personen, werkgevers = genereer(systeem, 20, 1, "2026-06-01")
    i = personen.schema.get_field_index("leeftijd")
    leeftijden = [-5, 200, *personen.column("leeftijd").to_pylist()[2:]]
    personen = personen.set_column(
        i, "leeftijd", pa.array(leeftijden, type=personen.schema.field(i).type)
    )
    try:
        valideer(systeem, Bron("steekproef", tabel=personen), werkgevers, None, [], 1000)
    except ValueError as fout:
        return fout
    raise AssertionError("the population validation accepted an age of -5")


def test_bevolkingspaneel_met_een_validatiefout(client, systeem, monkeypatch):
    fout = _validatiefout(systeem)

    def weigert(*_argumenten, **_opties):
        raise fout

    monkeypatch.setattr(berekening, "doorloop", weigert)
    start = post(client, "/bevolking/start", actie="bevolking", steekproef="100")
    assert start.status_code == 200, start.get_json()
    taak = start.get_json()["id"]
    for _ in range(200):
        stand = client.get(f"/bevolking/{taak}").get_json()
        if stand["status"] != "bezig":
            break
        time.sleep(0.05)
    assert stand["status"] == "fout"
    nederlands_en_noemt(stand["fout"], "leeftijd", "rij 2", "-5", "rij 3", "200", "130")


def test_nooit_een_500_op_een_download_zonder_gegevens(client):
    for naam in ("wijziging.yaml", "tijdlijn.csv"):
        antwoord = post(client, f"/download/{naam}")
        assert antwoord.status_code == 400
        nederlands_en_noemt(" ".join(meldingen(antwoord).values()))


# The translations one by one: each error of a deeper layer, raised as that layer raises it.


def test_ongeldige_invoer_van_het_model(systeem):
    for naam, waarde in (("leeftijd", -3), ("nationaliteit", "XX"), ("erkend_referent", 3)):
        with pytest.raises(OngeldigeInvoer) as fout:
            controleer_waarde(systeem.variables[naam], waarde)
        assert "accepted" in str(fout.value)
        nederlands_en_noemt(nederlands(fout.value, systeem), naam, str(waarde))


def test_parameter_niet_gevonden():
    fout = ParameterNotFoundError("wav.bestaat_niet", "2003-01-01", "toelatingsroute")
    nederlands_en_noemt(nederlands(fout), "wav.bestaat_niet", "2003-01-01", "toelatingsroute")


@pytest.mark.parametrize(
    ("aanroep", "namen"),
    [
        (lambda s: register.hervorming("bestaat_niet"), ["bestaat_niet"]),
        (lambda s: register.parameter_object(s, "wav.bestaat_niet"), ["wav.bestaat_niet"]),
        (lambda s: register.parameter_object(s, "kennismigrant"), ["kennismigrant"]),
        (lambda s: register.wijzigingen_uit([], "w.yaml"), ["w.yaml"]),
        (lambda s: register.wijzigingen_uit({PAD: 3}, "w.yaml"), ["w.yaml", PAD, "3"]),
        (lambda s: register.wijzigingen_uit({PAD: {"x": 3}}, "w.yaml"), [PAD, "'x'"]),
        (lambda s: register.lees_parameterwijzigingen("/bestaat/niet.yaml"), ["niet.yaml"]),
        (
            lambda s: register.controleer_wijziging(
                register.parameter_object(s, PAD), s, PAD, "2027-01-01", -5, "w.yaml, line 2"
            ),
            [PAD, "2027-01-01", "-5", "regel 2", "toegestaan"],
        ),
    ],
)
def test_hervormingsfout_van_het_register(systeem, aanroep, namen):
    with pytest.raises(HervormingsFout) as fout:
        aanroep(systeem)
    assert engels(str(fout.value))
    nederlands_en_noemt(nederlands(fout.value, systeem), *namen)


def test_yamlfout():
    with pytest.raises(YamlFout) as fout:
        laad_yaml(b"a: b: c", "upload", "g.yaml")
    nederlands_en_noemt(nederlands(fout.value), "g.yaml", "regel 1")


def test_validatiefout_van_de_bevolking(systeem):
    fout = _validatiefout(systeem)
    assert engels(str(fout))
    nederlands_en_noemt(nederlands(fout, systeem), "steekproef", "leeftijd", "rij 2", "-5")


def test_een_onbekende_engelse_melding_wordt_niet_getoond(caplog):
    with caplog.at_level(logging.WARNING):
        tekst = nederlands(RuntimeError("the frobnicator is not accepted"))
    nederlands_en_noemt(tekst, "Engels")
    assert "frobnicator" not in tekst
    assert "frobnicator" in caplog.text


def test_eigen_meldingen_van_de_werkbank_ongewijzigd():
    assert nederlands(WerkbankFout("Kies eerst een bestand.")) == "Kies eerst een bestand."


def test_onbekende_naam_in_de_catalogus(client):
    antwoord = client.get("/catalogus/bruto_maanloon")
    assert antwoord.status_code == 404
    tekst = unescape(re.search(r"<p>(De catalogus.*?)</p>", antwoord.get_data(as_text=True))[1])
    nederlands_en_noemt(tekst, "bruto_maanloon", "bruto_maandloon")
    bekend = client.get("/catalogus/bruto_maandloon")
    assert bekend.status_code == 302 and bekend.location.endswith("/catalogus#v-bruto_maandloon")
    parameter = client.get(f"/catalogus/{PAD}")
    assert parameter.status_code == 302 and parameter.location.endswith(f"#p-{PAD}")
