"""The catalogue page: every variable and parameter of the model, searchable; and one entry by
its name (`/catalogus/<naam>`), for a link that names a variable or parameter."""

import difflib

from flask import redirect, render_template, url_for


def registreer(app, werkbank) -> None:
    @app.get("/catalogus")
    def catalogus():
        return render_template(
            "catalogus.html",
            variabelen=werkbank.catalogus_variabelen,
            parameters=werkbank.catalogus_parameters,
        )

    @app.get("/catalogus/<naam>")
    def catalogus_naam(naam):
        if naam in werkbank.systeem.variables:
            return redirect(url_for("catalogus", _anchor=f"v-{naam}"))
        paden = [p.pad for p in werkbank.catalogus_parameters]
        if naam in paden:
            return redirect(url_for("catalogus", _anchor=f"p-{naam}"))
        namen = difflib.get_close_matches(naam, [*werkbank.systeem.variables, *paden], n=5)
        voorstel = f" Bedoelt u: {', '.join(namen)}?" if namen else ""
        tekst = f"De catalogus kent geen variabele of parameter '{naam}'.{voorstel}"
        return render_template("fout.html", titel="Niet in de catalogus", tekst=tekst), 404
