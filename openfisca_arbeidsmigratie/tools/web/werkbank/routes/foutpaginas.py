"""The pages for a request the werkbank cannot answer: not found, not allowed, too large, broken."""

from flask import render_template

from openfisca_arbeidsmigratie.tools.web.werkbank.toestand import MAX_BESTAND

# HTTP status: (title, text) of the page.
FOUTPAGINAS = {
    400: ("Ongeldig verzoek", "Het formulier kon niet worden gelezen."),
    404: ("Niet gevonden", "Deze pagina bestaat niet."),
    405: ("Niet toegestaan", "Gebruik het formulier op de beginpagina."),
    413: ("Te groot", f"Een bestand mag hoogstens {MAX_BESTAND // 1024} kB zijn."),
    500: (
        "Interne fout",
        "Dit is een fout in de werkbank, niet in uw invoer; de melding staat in het venster "
        "waarin de werkbank draait.",
    ),
}


def registreer(app, _werkbank=None) -> None:
    for status, (titel, tekst) in FOUTPAGINAS.items():

        def pagina(_fout, status=status, titel=titel, tekst=tekst):
            return render_template("fout.html", titel=titel, tekst=tekst), status

        app.register_error_handler(status, pagina)
