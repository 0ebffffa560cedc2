"""The form page's downloads: the case as a YAML test, the parameter change, the decision, the
reasons and a parameter's timeline. Each is computed from the submitted form, as the page is."""

from dataclasses import asdict

import yaml
from flask import abort, request

from openfisca_arbeidsmigratie.tools.web.werkbank.bestandsnaam import stam
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import (
    REKENFOUTEN,
    WerkbankFout,
    rekenfout,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.opmaak import als_csv, als_json, download
from openfisca_arbeidsmigratie.tools.web.werkbank.routes.formulier import pagina
from openfisca_arbeidsmigratie.tools.web.werkbank.toestand import cijfers


def _geval_yaml(werkbank, toestand, naam, _gegevens):
    bestandsnaam = stam(toestand.geval["name"])
    eerste = werkbank.beslissingen(toestand).rijen[0]
    test = {**toestand.geval, "output": {eerste["naam"]: eerste["waarden"][0]}}
    kop = (
        "# Een geval uit de werkbank arbeidsmigratie, als YAML-test: `output` is de\n"
        "# beslissing onder huidig recht. Voer de test uit met:\n"
        f"#   arbeidsmigratie test {bestandsnaam}.yaml\n"
    )
    tekst = kop + yaml.safe_dump([test], allow_unicode=True, sort_keys=False)
    return download(tekst, f"{bestandsnaam}.yaml", "application/x-yaml")


def _wijziging_yaml(_werkbank, toestand, naam, _gegevens):
    if toestand.wijziging is None:
        raise WerkbankFout("Er is geen parameterwijziging ingevuld om te bewaren.")
    kop = "# A parameter-change file: arbeidsmigratie vergelijk CASE.yaml --parameters FILE\n"
    tekst = kop + yaml.safe_dump(toestand.wijziging.als_bestand(), sort_keys=False)
    return download(tekst, "wijziging.yaml", "application/x-yaml")


def _beslissing(werkbank, toestand, naam, _gegevens):
    bestandsnaam = stam(toestand.geval["name"])
    beslissingen = werkbank.beslissingen(toestand)
    if naam.endswith(".json"):
        return download(
            als_json(beslissingen.als_dict(toestand.geval)),
            f"{bestandsnaam}_beslissing.json",
            "application/json",
        )
    rijen = [[r["naam"], r["label"], *r["waarden"]] for r in beslissingen.rijen]
    return download(
        als_csv(["variabele", "label", *beslissingen.kolommen], rijen),
        f"{bestandsnaam}_beslissing.csv",
        "text/csv",
    )


def _uitleg(werkbank, toestand, _naam, gegevens):
    kolom = gegevens.get("uitleg_kolom", "0")
    if not cijfers(kolom):
        raise WerkbankFout(f"Onbekende kolom '{kolom}' voor Waarom; kies een kolom van de tabel.")
    titel, stap = werkbank.uitleg(toestand, int(kolom))
    data = {"case": toestand.geval, "system": titel, **stap.als_dict()}
    bestandsnaam = stam(toestand.geval["name"])
    return download(als_json(data), f"{bestandsnaam}_uitleg.json", "application/json")


def _tijdlijn(werkbank, toestand, naam, _gegevens):
    if not toestand.tijdlijn_parameter:
        raise WerkbankFout("Er is geen parameter voor de tijdlijn gekozen.")
    waarden, _ = werkbank.tijdlijn(toestand.tijdlijn_parameter, toestand.hervormingen)
    if naam.endswith(".json"):
        return download(als_json([asdict(w) for w in waarden]), "tijdlijn.json", "application/json")
    rijen = [
        [
            w.parameter,
            w.datum,
            w.waarde,
            w.zekerheid or "",
            "; ".join(f"{b['title']} <{b['href']}>" for b in w.bron),
        ]
        for w in waarden
    ]
    return download(
        als_csv(["parameter", "vanaf", "waarde", "zekerheid", "bron"], rijen),
        "tijdlijn.csv",
        "text/csv",
    )


DOWNLOADS = {
    "geval.yaml": _geval_yaml,
    "wijziging.yaml": _wijziging_yaml,
    "beslissing.csv": _beslissing,
    "beslissing.json": _beslissing,
    "uitleg.json": _uitleg,
    "tijdlijn.csv": _tijdlijn,
    "tijdlijn.json": _tijdlijn,
}


def registreer(app, werkbank) -> None:
    @app.post("/download/<naam>", endpoint="download")
    def download_(naam):
        toestand = werkbank.toestand(request.form, request.files)
        if toestand.geval is None or toestand.fouten:
            return pagina(werkbank, toestand, "bereken", request.form)
        maker = DOWNLOADS.get(naam)
        if maker is None:
            abort(404)
        try:
            return maker(werkbank, toestand, naam, request.form)
        except REKENFOUTEN as fout:
            rekenfout(toestand.fouten, fout, werkbank.systeem)
            return pagina(werkbank, toestand, "bereken", request.form)
