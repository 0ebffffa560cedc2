"""The stored statute texts (issue 23 item 4): each one verbatim as recorded (its SHA-256), from a
named corpus file and commit, of the consolidation in force on the werkbank's dates; each cited by
some variable; a reference finds exactly the clause it names, or nothing."""

import hashlib
import re

import pytest

from openfisca_arbeidsmigratie.tools.kern import wetteksten as wet
from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml

WAV, BUWAV, VW = "BWBR0007149", "BWBR0046078", "BWBR0011823"
# The clauses the Waarom steps cite most (issue 23 item 4); Richtlijn (EU) 2021/1883 art. 5 and
# 7 are not in the public corpora the project reads (README, "Waarom").
VEREIST = {
    (WAV, "2"),
    (WAV, "3"),
    (WAV, "4"),
    (WAV, "8"),
    (WAV, "11"),
    (BUWAV, "2.1"),
    (BUWAV, "2.2"),
    (VW, "21"),
    (VW, "45a"),
    (VW, "45b"),
}


def test_elke_tekst_is_de_vastgelegde_tekst():
    for artikel in wet.artikelen().values():
        assert hashlib.sha256(artikel.tekst.encode("utf-8")).hexdigest() == artikel.sha256, (
            artikel.artikel
        )


def test_elke_tekst_noemt_zijn_bron_en_versie():
    for artikel in wet.artikelen().values():
        bron = artikel.bron
        assert bron["corpus"] == "MinBZK/regelrecht-corpus"
        assert re.fullmatch(r"[0-9a-f]{40}", bron["commit"])
        assert bron["pad"].endswith(f"/{artikel.geldig_vanaf}.yaml")
        assert bron["url"] == (
            f"https://wetten.overheid.nl/{artikel.bwb}/{artikel.geldig_vanaf}"
            f"#Artikel{artikel.artikel}"
        )
        assert "2026-06-12" <= artikel.geldig_vanaf <= "2026-12-07"


def test_de_meest_geciteerde_artikelen_staan_erin():
    assert set(wet.artikelen()) >= VEREIST


def test_elk_artikel_wordt_door_een_variabele_geciteerd(systeem):
    geciteerd = set()
    for variabele in systeem.variables.values():
        for href in variabele.reference or ():
            tekst = wet.uit_verwijzing(href)
            if tekst is not None:
                geciteerd.add((tekst.artikel.bwb, tekst.artikel.artikel))
    assert set(wet.artikelen()) <= geciteerd, set(wet.artikelen()) - geciteerd


def test_bestand_is_een_lijst_met_alleen_bekende_velden():
    velden = {"wet", "bwb", "artikel", "geldig_vanaf", "bron", "sha256", "tekst"}
    for item in laad_yaml(wet.PAD, "specs"):
        assert set(item) == velden


@pytest.mark.parametrize(
    ("titel", "aanduiding", "begin"),
    [
        (
            "Wet arbeid vreemdelingen, art. 8, eerste lid, onder b",
            "art. 8, lid 1, onder b Wet arbeid vreemdelingen",
            "b. indien het een arbeidsplaats betreft waarvan de beschikbaarheid",
        ),
        (
            "Wet arbeid vreemdelingen, art. 11, tweede lid (tot 2014 derde lid), versie 12 juni "
            "2026",
            "art. 11, lid 2 Wet arbeid vreemdelingen",
            "2 Ten behoeve van tijdelijk werk",
        ),
        (
            "Besluit uitvoering Wet arbeid vreemdelingen 2022, art. 2.1 (kennismigranten); lid 5: "
            "indexering",
            "art. 2.1, lid 5 Besluit uitvoering Wet arbeid vreemdelingen 2022",
            "5 De in het eerste lid, onder a, genoemde bedragen worden jaarlijks",
        ),
        (
            "Wet arbeid vreemdelingen, art. 2 (verbod zonder tewerkstellingsvergunning)",
            "art. 2 Wet arbeid vreemdelingen",
            "1 Het is een werkgever verboden",
        ),
    ],
)
def test_titel_vindt_precies_die_bepaling(titel, aanduiding, begin):
    tekst = wet.uit_titel(titel)
    assert tekst.aanduiding == aanduiding
    assert begin in "\n".join(tekst.alineas)
    artikel = wet.alineas(tekst.artikel.tekst)
    assert all(alinea in artikel for alinea in tekst.alineas)


def test_onderdeel_met_de_aanhef_van_zijn_lid_en_niets_daarna():
    tekst = wet.bepaling(WAV, "8", "1", "e")
    assert tekst.alineas[0].startswith("1 Onze Minister weigert")
    assert tekst.alineas[1] == "e. indien het een vreemdeling betreft:"
    assert [a[:3] for a in tekst.alineas[2:]] == ["1°.", "2°.", "3°."]
    assert not any(a.startswith("f.") for a in tekst.alineas)


@pytest.mark.parametrize(
    "titel",
    [
        "Wet arbeid vreemdelingen, art. 1 (begrip vreemdeling) en art. 2",
        "Besluit uitvoering Wet arbeid vreemdelingen (tot 2022), art. 1d",
        "Vreemdelingenwet 2000, art. 2e, eerste lid, onder c",
        "Wet arbeid vreemdelingen, art. 8, twaalfde lid",
        "Wet arbeid vreemdelingen, art. 8, eerste lid, onder z",
        "Richtlijn (EU) 2021/1883, art. 5, vijfde lid",
        "Adviesraad Migratie, Afgewogen arbeidsmigratie (10 september 2024)",
    ],
)
def test_geen_tekst_zonder_precies_die_bepaling(titel):
    assert wet.uit_titel(titel) is None


@pytest.mark.parametrize(
    ("href", "aanduiding"),
    [
        ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=8", "art. 8 Wet arbeid"),
        ("https://wetten.overheid.nl/BWBR0007149/2026-06-12#Artikel11", "art. 11 Wet arbeid"),
        ("https://wetten.overheid.nl/jci1.3:c:BWBR0011823&artikel=45b", "art. 45b Vreemdelingen"),
        ("https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=4&lid=2", "art. 4, lid 2 Wet"),
    ],
)
def test_verwijzing_vindt_het_artikel(href, aanduiding):
    assert wet.uit_verwijzing(href).aanduiding.startswith(aanduiding)


@pytest.mark.parametrize(
    "href",
    [
        "https://wetten.overheid.nl/BWBR0046078",
        "https://wetten.overheid.nl/jci1.3:c:BWBR0007149&artikel=9",
        "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021L1883",
    ],
)
def test_verwijzing_zonder_opgeslagen_artikel(href):
    assert wet.uit_verwijzing(href) is None


def test_leesbare_alineas_zonder_opmaak_van_het_corpus():
    for artikel in wet.artikelen().values():
        for alinea in wet.alineas(artikel.tekst):
            assert "[ref" not in alinea and "](" not in alinea and "\n" not in alinea
