"""The population panel's routes: start a run, follow it, cancel it, download its aggregates."""

from flask import abort, jsonify, render_template, request

from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import TITEL_HUIDIG_RECHT
from openfisca_arbeidsmigratie.tools.web.werkbank.bevolkingsoverzicht import overzicht
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import REKENFOUTEN, rekenfout
from openfisca_arbeidsmigratie.tools.web.werkbank.opmaak import als_csv, als_json, download


def aggregaat(werkbank, taak, soort: str):
    """The routes per system of a finished run, as a CSV or JSON download."""
    namen = {HUIDIG_RECHT: TITEL_HUIDIG_RECHT, **{k: k for k in taak.kolommen[1:]}}
    tabel = taak.telling.routetabel().to_pylist()
    for rij in tabel:
        rij["systeem"] = namen.get(rij["systeem"], rij["systeem"])
    if soort == "json":
        data = {
            "population": f"synthetic, {taak.aantal} persons, seed {taak.zaad}",
            "date": taak.datum,
            "routes": tabel,
            "admitted_labour_migrants": dict(
                zip(taak.kolommen, overzicht(werkbank, taak)["toegelaten"], strict=True)
            ),
        }
        return download(als_json(data), "bevolking.json", "application/json")
    kop = list(tabel[0]) if tabel else ["systeem", "toelatingsroute", "aantal", "aandeel"]
    return download(als_csv(kop, [list(r.values()) for r in tabel]), "bevolking.csv", "text/csv")


def registreer(app, werkbank) -> None:
    def taak_of_404(taak_id):
        taak = werkbank.taken.get(taak_id)
        if taak is None:
            abort(404)
        return taak

    @app.post("/bevolking/start")
    def bevolking_start():
        toestand = werkbank.toestand(request.form)
        if toestand.geval is None or toestand.fouten:
            return jsonify({"fouten": toestand.fouten}), 400
        try:
            werkbank.beslissingen(toestand)
            taak = werkbank.start_bevolking(toestand)
        except REKENFOUTEN as fout:
            fouten = {}
            rekenfout(fouten, fout, werkbank.systeem)
            return jsonify({"fouten": fouten}), 400
        return jsonify({"id": taak.id, "totaal": taak.aantal})

    @app.get("/bevolking/<taak_id>")
    def bevolking_stand(taak_id):
        taak = taak_of_404(taak_id)
        antwoord = {
            "status": taak.status,
            "gedaan": taak.gedaan,
            "fase": taak.fase,
            "totaal": taak.aantal,
            "fout": taak.fout,
        }
        if taak.status == "klaar":
            antwoord["html"] = render_template("bevolking.html", b=overzicht(werkbank, taak))
        return jsonify(antwoord)

    @app.post("/bevolking/<taak_id>/annuleer")
    def bevolking_annuleer(taak_id):
        return jsonify({"status": werkbank.taken.annuleer(taak_of_404(taak_id))})

    @app.get("/bevolking/<taak_id>/aggregaat.<soort>")
    def bevolking_download(taak_id, soort):
        taak = taak_of_404(taak_id)
        if taak.status != "klaar" or soort not in ("csv", "json"):
            abort(404)
        return aggregaat(werkbank, taak, soort)
