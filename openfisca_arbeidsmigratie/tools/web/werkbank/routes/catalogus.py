"""The catalogue page: every variable and parameter of the model, searchable."""

from flask import render_template


def registreer(app, werkbank) -> None:
    @app.get("/catalogus")
    def catalogus():
        return render_template(
            "catalogus.html",
            variabelen=werkbank.catalogus_variabelen,
            parameters=werkbank.catalogus_parameters,
        )
