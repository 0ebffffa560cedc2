"""The workbench in a real browser: Debian's chromium driven by Playwright.

`make browser` installs chromium where it is missing (`make test` runs it first). Outside CI the
tests are skipped when chromium or Playwright is absent; in CI (CI=true) that is a failure.
Screenshots of each main screen go to build/screenshots/.
"""

import os
import re
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCHERMAFDRUKKEN = Path(__file__).resolve().parents[4] / "build" / "screenshots"
TURKSE_ONTWIKKELAAR = "Turkse ontwikkelaar (29) bij een erkend referent"
DOCS = Path(__file__).resolve().parents[4] / "docs"
LAPTOP = {"width": 1366, "height": 768}
# The proposals start on 1 January 2027 (no law enacts them): a reform's effect shows from then on.
HERVORMINGSDATUM = "2027-02-02"


def _vereist(reden: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reden} (run `make browser`)")
    pytest.skip(f"{reden}: run `make browser`")


@pytest.fixture(scope="module")
def werkbank_url():
    from werkzeug.serving import make_server

    from openfisca_arbeidsmigratie.tools.web.werkbank import maak_app

    server = make_server("127.0.0.1", 0, maak_app(), threaded=True)
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    yield f"http://127.0.0.1:{server.port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _vereist(f"{CHROMIUM} is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _vereist("Playwright for Python is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--lang=nl-NL"])
        yield browser
        browser.close()


@pytest.fixture
def pagina(browser, werkbank_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    pagina = context.new_page()
    pagina.set_default_timeout(60_000)
    pagina.goto(werkbank_url)
    yield pagina
    context.close()


def schermafdruk(pagina, naam: str, hele_pagina=False):
    SCHERMAFDRUKKEN.mkdir(parents=True, exist_ok=True)
    pagina.screenshot(path=str(SCHERMAFDRUKKEN / f"{naam}.png"), full_page=hele_pagina)


def vul_turkse_ontwikkelaar_in(pagina):
    pagina.fill("#naam", "Turkse ontwikkelaar van 29")
    pagina.fill("#datum", HERVORMINGSDATUM)
    pagina.select_option("#v_nationaliteit", "TR")
    pagina.fill("#v_leeftijd", "29")
    pagina.fill("#v_bruto_maandloon", "4357")
    pagina.select_option("#v_erkend_referent", "true")
    pagina.click("#bereken")


def verwacht_aantal(locator, aantal: int) -> None:
    """The locator matches `aantal` elements, waiting for the page as Playwright's `expect` does
    (a count read at once can come before the page has answered, on a loaded machine)."""
    from playwright.sync_api import expect

    expect(locator).to_have_count(aantal, timeout=60_000)


def test_geval_invullen_en_de_route_lezen(pagina):
    vul_turkse_ontwikkelaar_in(pagina)
    kernzin = pagina.locator("#kernzin")
    assert "Huidig recht: Kennismigrantenregeling" in kernzin.inner_text()
    assert pagina.locator("table.beslissing td.verschil").count() == 0
    assert pagina.input_value("#v_leeftijd") == "29"
    schermafdruk(pagina, "1-geval-en-beslissing")


def test_hervorming_aanzetten_toont_het_verschil(pagina):
    vul_turkse_ontwikkelaar_in(pagina)
    pagina.check("#hervorming_kennismigrant_jongerennorm_verhoogd")
    pagina.click("#bereken")
    routes = pagina.locator("#kernzin .route")
    verwacht_aantal(routes, 2)
    assert "Kennismigrantenregeling" in routes.nth(0).inner_text()
    assert "Geen route" in routes.nth(1).inner_text()
    assert "verschil" in routes.nth(1).get_attribute("class")
    verschillen = pagina.locator("table.beslissing tr.anders th code").all_inner_texts()
    assert "kennismigrant_salarisnorm" in verschillen
    assert "toelatingsroute" in verschillen
    assert "blauwe_kaart_toelaatbaar" not in verschillen
    assert pagina.is_checked("#hervorming_kennismigrant_jongerennorm_verhoogd")
    schermafdruk(pagina, "2-hervorming-naast-huidig-recht")


def test_uitleg_openen_en_een_artikel_volgen(pagina):
    pagina.select_option("#voorbeeld", label=f"{TURKSE_ONTWIKKELAAR} (2026-02-02)")
    pagina.click("#laad-voorbeeld")
    assert pagina.input_value("#v_nationaliteit") == "TR"
    pagina.click("#bereken")
    pagina.get_by_role("button", name="Waarom? Uitleg onder Huidig recht").click()
    boom = pagina.locator(".uitlegboom")
    assert "Kennismigrantenregeling" in boom.locator("summary").first.inner_text()
    norm = boom.locator("tr", has=pagina.locator("code", has_text="jonger_dan_dertig")).first
    assert "4357" in norm.text_content()
    assert "2026-01-01" in norm.text_content()
    for stap in (
        "kennismigrant_toelaatbaar",
        "kennismigrant_voldoet_salariscriterium",
        "kennismigrant_salarisnorm",
    ):
        boom.locator("summary:visible", has=pagina.locator("code", has_text=stap)).first.click()
    norm = boom.locator("tr:visible", has=pagina.locator("code", has_text="jonger_dan_dertig"))
    assert "4357" in norm.first.inner_text()
    norm = norm.first
    norm.scroll_into_view_if_needed()
    schermafdruk(pagina, "3-uitleg")
    artikel = boom.locator("a.artikel").first
    href = artikel.get_attribute("href")
    assert href.startswith("https://wetten.overheid.nl/")
    pagina.route(
        "https://wetten.overheid.nl/**",
        lambda route: route.fulfill(body="<title>wetten.overheid.nl</title>artikel"),
    )
    with pagina.expect_navigation():
        artikel.click()
    assert pagina.url == href


def test_parameter_wijzigen_en_bevolking_bijwerken(pagina):
    vul_turkse_ontwikkelaar_in(pagina)
    pagina.fill("#wijziging_parameter", "kennismigrant.salariscriterium.jonger_dan_dertig")
    pagina.fill("#wijziging_waarde", "4907")
    pagina.click("#bereken")
    assert "Geen route" in pagina.locator("#kernzin .route").nth(1).inner_text()
    assert "nu 4357" in pagina.locator("#wijziging-hint").inner_text()
    pagina.fill("#steekproef", "5000")
    pagina.click("#bevolking-knop")
    uitkomst = pagina.locator("#bevolkingsuitkomst")
    uitkomst.wait_for()
    zin = uitkomst.locator(".kernzinnen li").first.inner_text()
    assert "minder arbeidsmigranten toegelaten" in zin
    assert uitkomst.locator("svg.grafiek rect").count() > 4
    assert "5.000 personen" in uitkomst.locator("h3").inner_text()
    uitkomst.scroll_into_view_if_needed()
    schermafdruk(pagina, "4-bevolking")


def test_bevolking_per_groep_gewogen_tegen_huidig_recht(pagina):
    """Issue 23 item 7: after a population run, the admitted labour migrants per group under
    each system against current law, as a table and a chart, saying how they are weighted."""
    vul_turkse_ontwikkelaar_in(pagina)
    pagina.check("#hervorming_kennismigrant_jongerennorm_verhoogd")
    pagina.select_option("#per", "leeftijdsgroep")
    pagina.fill("#steekproef", "3000")
    pagina.click("#bevolking-knop")
    tabel = pagina.locator("#groepentabel")
    tabel.wait_for()
    assert tabel.is_visible()
    kop = tabel.locator("thead th").all_inner_texts()
    assert kop[0] == "Leeftijdsgroep" and len(kop) == 3
    assert tabel.locator("tbody th").all_inner_texts()[:2] == ["0-24", "25-29"]
    bijschrift = tabel.locator("caption").inner_text()
    assert "tegen huidig recht" in bijschrift and "elke persoon telt als 1" in bijschrift
    assert "(-" in tabel.locator("tbody tr").nth(1).inner_text()
    assert pagina.is_visible("#groepen-weging")
    assert pagina.locator("#bevolkingsuitkomst svg.grafiek").count() >= 2
    pagina.select_option("#per", "toelatingsroute")
    pagina.click("#bevolking-knop")
    pagina.locator("#groepentabel thead th", has_text="Toelatingsroute").wait_for()
    assert "Kennismigrant" in pagina.locator("#groepentabel tbody").inner_text()
    pagina.locator("#groepentabel").scroll_into_view_if_needed()
    schermafdruk(pagina, "4b-bevolking-per-groep")


def test_bevolking_annuleren(pagina):
    vul_turkse_ontwikkelaar_in(pagina)
    pagina.check("#hervorming_kennismigrant_jongerennorm_verhoogd")
    pagina.fill("#steekproef", "300000")
    pagina.click("#bevolking-knop")
    assert pagina.is_visible("#bevolking-voortgang")
    pagina.click("#bevolking-annuleer")
    pagina.locator("#bevolking-uitkomst", has_text="geannuleerd").wait_for(timeout=5_000)
    assert pagina.is_hidden("#bevolking-voortgang")


def test_misvormd_yaml_geeft_een_melding_bij_het_veld(pagina):
    pagina.set_input_files(
        "#bestand",
        files=[
            {
                "name": "kapot.yaml",
                "mimeType": "text/yaml",
                "buffer": b"period: 2026-02-02\ninput: {nationaliteit: TR\n",
            }
        ],
    )
    pagina.click("#laad-bestand")
    melding = pagina.locator("#f_bestand")
    assert "kapot.yaml: geen geldige YAML" in melding.inner_text()
    assert pagina.get_attribute("#bestand", "aria-invalid") == "true"
    assert pagina.locator(".samenvatting-fouten").is_visible()
    schermafdruk(pagina, "5-fout-in-bestand")


def test_ongeldige_waarde_met_de_melding_van_het_model(pagina):
    pagina.fill("#datum", "2026-02-02")
    pagina.fill("#v_leeftijd", "-3")
    pagina.press("#v_leeftijd", "Enter")
    melding = pagina.locator("#f_v_leeftijd").inner_text()
    assert "leeftijd: ongeldige waarde '-3'" in melding
    assert pagina.locator("#kernzin").count() == 0


def test_tijdlijn_met_bronnen(pagina):
    pagina.fill("#tijdlijn_parameter", "kennismigrant.salariscriterium.jonger_dan_dertig")
    pagina.click("#tijdlijn-knop")
    pagina.wait_for_function("document.activeElement.id === 'kop-tijdlijn'")
    rijen = pagina.locator("table.tijdlijn tbody tr")
    assert rijen.count() > 5
    assert pagina.locator("table.tijdlijn a").first.get_attribute("href").startswith("https://")
    verwacht_aantal(pagina.locator("#tijdlijn svg.grafiek"), 1)
    schermafdruk(pagina, "6-tijdlijn")


def test_smal_scherm_zonder_horizontaal_schuiven(browser, werkbank_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    pagina = context.new_page()
    pagina.goto(werkbank_url)
    vul_turkse_ontwikkelaar_in(pagina)
    pagina.wait_for_function("document.activeElement.id === 'kop-beslissing'")
    breedte = pagina.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 390
    schermafdruk(pagina, "7-smal-scherm")
    context.close()


def test_met_het_toetsenbord_en_elk_veld_met_label(pagina):
    zonder_label = pagina.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden' && !e.labels.length && !e.getAttribute('aria-label'))
            .map(e => e.name)"""
    )
    assert zonder_label == []
    pagina.select_option("#voorbeeld", label=f"{TURKSE_ONTWIKKELAAR} (2026-02-02)")
    pagina.focus("#voorbeeld")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.id") == "laad-voorbeeld"
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert pagina.input_value("#v_leeftijd") == "29"
    pagina.fill("#datum", HERVORMINGSDATUM)
    pagina.focus("#hervorming_kennismigrant_jongerennorm_verhoogd")
    pagina.keyboard.press("Space")
    pagina.focus("#v_bruto_maandloon")
    with pagina.expect_navigation():
        pagina.keyboard.press("Enter")
    assert pagina.evaluate("document.activeElement.id") == "kop-beslissing"
    assert "Geen route" in pagina.locator("#kernzin .route").nth(1).inner_text()


def test_de_vraag_van_een_nieuwkomer(pagina):
    """Would the 29-year-old Turkish developer still be admitted under the raised under-30
    criterion, and how many fewer people would be admitted overall?"""
    pagina.select_option("#voorbeeld", label=f"{TURKSE_ONTWIKKELAAR} (2026-02-02)")
    pagina.click("#laad-voorbeeld")
    pagina.fill("#datum", HERVORMINGSDATUM)
    pagina.check("#hervorming_kennismigrant_jongerennorm_verhoogd")
    pagina.click("#bereken")
    onder_hervorming = pagina.locator("#kernzin .route").nth(1).inner_text()
    assert "Kennismigranten jonger dan 30: hoger salariscriterium" in onder_hervorming
    assert "Geen route: arbeid niet toegestaan" in onder_hervorming
    pagina.click("#bevolking-knop")
    zin = pagina.locator("#bevolkingsuitkomst .kernzinnen li").first.inner_text()
    assert re.search(r"\d+ minder arbeidsmigranten toegelaten: [\d.]+ in plaats van [\d.]+", zin)


def readme_afdruk(pagina, naam: str):
    """A screenshot for the README at laptop size, in 64 colours (small): to docs/werkbank/ with
    README_SCHERMAFDRUKKEN=1 (to refresh the README's images), else to build/screenshots/."""
    import io

    from PIL import Image

    map_ = DOCS / "werkbank" if os.environ.get("README_SCHERMAFDRUKKEN") else SCHERMAFDRUKKEN
    map_.mkdir(parents=True, exist_ok=True)
    beeld = Image.open(io.BytesIO(pagina.screenshot())).convert("RGB")
    beeld.quantize(colors=64).save(map_ / f"{naam}.png", optimize=True)


@pytest.fixture
def laptop(browser, werkbank_url):
    context = browser.new_context(viewport=LAPTOP, locale="nl-NL")
    pagina = context.new_page()
    pagina.set_default_timeout(60_000)
    pagina.goto(werkbank_url)
    yield pagina
    context.close()


def _in_beeld(pagina, selector: str) -> bool:
    doos = pagina.locator(selector).first.bounding_box()
    hoogte = pagina.viewport_size["height"]
    return doos is not None and doos["y"] >= 0 and doos["y"] + min(doos["height"], 40) <= hoogte


def test_leeg_formulier_geeft_geen_antwoord(laptop):
    laptop.click("#bereken")
    assert laptop.locator("#kernzin").count() == 0
    for veld in ("v_nationaliteit", "v_leeftijd", "v_bruto_maandloon"):
        assert laptop.locator(f"#f_{veld}").is_visible(), veld
    laptop.select_option("#v_nationaliteit", "IN")
    laptop.click("#bereken")
    assert laptop.locator("#kernzin").count() == 0
    assert "Vul de leeftijd in" in laptop.locator("#f_v_leeftijd").inner_text()


def test_aannames_boven_de_beslissing_op_een_laptopscherm(laptop):
    laptop.fill("#datum", "2027-01-15")
    laptop.select_option("#v_nationaliteit", "IN")
    laptop.fill("#v_leeftijd", "29")
    laptop.fill("#v_bruto_maandloon", "5800")
    laptop.select_option("#v_erkend_referent", "true")
    laptop.check("#hervorming_brede_welvaartstoets")
    assert laptop.locator("#voorstelinvoer").is_visible()
    laptop.click("#bereken")
    melding = laptop.locator("#aannames").inner_text()
    assert "Niet opgegeven, standaardwaarde gebruikt:" in melding
    assert "arbeidsuren_per_week (40)" in melding
    assert re.search(
        r"Brede welvaartstoets \(Adviesraad Migratie\).* leest ook: beroepsgroep", melding
    )
    assert "sector (" in melding
    laptop.evaluate("window.scrollTo(0, 0)")
    assert _in_beeld(laptop, "#bereken") and _in_beeld(laptop, "#kernzin")
    readme_afdruk(laptop, "beslissing")


def test_gedeelde_link_herstelt_het_geval(laptop, browser):
    laptop.select_option("#voorbeeld", label=f"{TURKSE_ONTWIKKELAAR} (2026-02-02)")
    laptop.click("#laad-voorbeeld")
    laptop.check("#hervorming_kennismigrant_jongerennorm_verhoogd")
    laptop.fill("#wijziging_parameter", "kennismigrant.salariscriterium.jonger_dan_dertig")
    laptop.fill("#wijziging_waarde", "4500")
    laptop.click("#bereken")
    # Compared without whitespace: inner_text's line breaks depend on when the styles applied.
    kernzin = "".join(laptop.locator("#kernzin").inner_text().split())
    link = laptop.locator("#deel-link").get_attribute("href")
    context = browser.new_context(viewport=LAPTOP, locale="nl-NL")
    nieuw = context.new_page()
    nieuw.goto(laptop.url.split("?")[0].rstrip("/") + link)
    assert "".join(nieuw.locator("#kernzin").inner_text().split()) == kernzin
    assert nieuw.is_checked("#hervorming_kennismigrant_jongerennorm_verhoogd")
    assert nieuw.input_value("#wijziging_waarde") == "4500"
    assert nieuw.input_value("#v_nationaliteit") == "TR"
    context.close()


def test_waarom_in_een_oogopslag(laptop):
    laptop.select_option("#voorbeeld", label=f"{TURKSE_ONTWIKKELAAR} (2026-02-02)")
    laptop.click("#laad-voorbeeld")
    laptop.fill("#v_bruto_maandloon", "4000")
    laptop.click("#bereken")
    laptop.get_by_role("button", name="Waarom? Uitleg onder Huidig recht").click()
    zinnen = laptop.locator(".uitlegboom .vergelijking").all_text_contents()
    assert any(
        z.startswith("Bruto maandloon € 4.000 < Salariscriterium kennismigrant") for z in zinnen
    )
    assert laptop.locator(".uitlegboom .waarde.ongunstig").count() > 0
    boom = laptop.locator(".uitlegboom")
    boom.locator(
        "summary", has=laptop.locator("code", has_text="kennismigrant_toelaatbaar")
    ).first.click()
    laptop.locator("#kop-uitleg").scroll_into_view_if_needed()
    readme_afdruk(laptop, "waarom")


def test_catalogus_noemt_elke_variabele(laptop, werkbank_url):
    from openfisca_arbeidsmigratie import CountryTaxBenefitSystem

    laptop.goto(werkbank_url + "catalogus")
    kaarten = laptop.locator("#variabelenlijst > li")
    assert kaarten.count() == len(CountryTaxBenefitSystem().variables)
    laptop.fill("#zoek", "salariscriterium")
    zichtbaar = laptop.locator("#variabelenlijst > li:visible").count()
    assert 0 < zichtbaar < kaarten.count()
    readme_afdruk(laptop, "catalogus")


def test_vijf_systemen_passen_op_een_laptopscherm(laptop):
    laptop.select_option("#voorbeeld", label=f"{TURKSE_ONTWIKKELAAR} (2026-02-02)")
    laptop.click("#laad-voorbeeld")
    for naam in (
        "kennismigrant_jongerennorm_verhoogd",
        "kennismigrant_jongerennorm_afgeschaft",
        "kennismigrant_salarisnormen_verhoogd",
        "brede_welvaartstoets",
    ):
        laptop.check(f"#hervorming_{naam}")
    laptop.check("#alleen_verschillen")
    laptop.click("#bereken")
    verwacht_aantal(laptop.locator("table.beslissing thead th"), 6)
    past = laptop.evaluate(
        """() => { const t = document.querySelector('table.beslissing');
                   return t.scrollWidth <= t.parentElement.clientWidth; }"""
    )
    assert past
    assert laptop.evaluate("document.documentElement.scrollWidth") <= LAPTOP["width"]
    laptop.locator("#route-as-knop").click()
    verwacht_aantal(laptop.locator("svg.routeas"), 2)
    laptop.locator("svg.routeas").first.scroll_into_view_if_needed()
    readme_afdruk(laptop, "route-tegen-loon")
