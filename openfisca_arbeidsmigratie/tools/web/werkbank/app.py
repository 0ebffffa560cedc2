"""The Flask application: one page, one form, server-rendered; a little JavaScript for the
population panel's progress. Every input is checked before it reaches the model; a wrong value
is answered with the page (status 400) and the message next to its field.

This module only wires: the model side is `werkbank.Werkbank`, the page state `toestand`, each
page's routes a module of `routes`."""

from flask import Flask

from openfisca_arbeidsmigratie.tools.web.werkbank import csrf
from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import (
    GROEPERINGEN,
    TITEL_HUIDIG_RECHT,
    linktekst,
    toon_waarde,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import periode_rijen
from openfisca_arbeidsmigratie.tools.web.werkbank.opmaak import ZEKERHEID, datum_nl, getal, procent
from openfisca_arbeidsmigratie.tools.web.werkbank.routes import (
    bevolking,
    catalogus,
    downloads,
    formulier,
    foutpaginas,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.toestand import MAX_BESTAND
from openfisca_arbeidsmigratie.tools.web.werkbank.waarom import gunstig, wetteksten
from openfisca_arbeidsmigratie.tools.web.werkbank.werkbank import Werkbank

PAGINAS = (formulier, catalogus, downloads, bevolking, foutpaginas)


def maak_app(systeem=None) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 2 * MAX_BESTAND
    csrf.beveilig(app)
    werkbank = Werkbank(systeem)
    app.extensions["werkbank"] = werkbank
    app.add_template_filter(getal)
    app.add_template_filter(procent)

    @app.context_processor
    def hulp():
        return {
            "toon": toon_waarde,
            "gunstig": gunstig,
            "wetteksten": wetteksten,
            "datum_nl": datum_nl,
            "werkbank_groeperingen": GROEPERINGEN,
            "linktekst": lambda href: linktekst(href, werkbank.bronnen),
            "periode_rijen": periode_rijen,
            "werkbank": werkbank,
            "titel": werkbank.titel,
            "zekerheid": lambda code: ZEKERHEID.get(code or "confirmed", code),
            "TITEL_HUIDIG_RECHT": TITEL_HUIDIG_RECHT,
        }

    for pagina in PAGINAS:
        pagina.registreer(app, werkbank)
    return app
