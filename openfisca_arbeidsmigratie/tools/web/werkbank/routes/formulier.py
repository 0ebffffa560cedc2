"""The form page: the case, its decision under each system, the reasons, and the panels computed
on the same page (route against wage and age, specs, a population run waited for)."""

from datetime import date
from urllib.parse import urlencode

from flask import render_template, request, url_for

from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout
from openfisca_arbeidsmigratie.tools.web.werkbank.bevolkingsoverzicht import overzicht
from openfisca_arbeidsmigratie.tools.web.werkbank.formulier import Invulling
from openfisca_arbeidsmigratie.tools.web.werkbank.foutteksten import (
    REKENFOUTEN,
    WerkbankFout,
    rekenfout,
)
from openfisca_arbeidsmigratie.tools.web.werkbank.routes.specificaties import specificaties
from openfisca_arbeidsmigratie.tools.web.werkbank.toestand import Toestand, cijfers
from openfisca_arbeidsmigratie.tools.web.werkbank.wat_als import parameterfout

# What a shared link leaves out: the action buttons, the file upload and the example choice.
NIET_GEDEELD = {"actie", "bestand", "voorbeeld", "uitleg_kolom"}


def deel_url(toestand: Toestand, gegevens) -> str:
    """A link that restores the page: every filled-in field of the form, as a query string."""
    if toestand.geval is None or toestand.fouten:
        return ""
    paren = gegevens.items(multi=True) if hasattr(gegevens, "items") else []
    velden = [(k, v) for k, v in paren if v and k not in NIET_GEDEELD and isinstance(v, str)]
    velden.append(("actie", "bereken"))
    return url_for("begin") + "?" + urlencode(velden)


def _antwoord(werkbank, toestand: Toestand, actie: str, gegevens, context: dict) -> None:
    """The decision and what the action asks beside it, into `context`."""
    context["beslissingen"] = werkbank.beslissingen(toestand)
    context["actualiteit"] = werkbank.actualiteit(toestand.geval["period"])
    kolom = gegevens.get("uitleg_kolom")
    if kolom is not None:
        if not cijfers(kolom):
            raise WerkbankFout(
                f"Onbekende kolom '{kolom}' voor Waarom; kies een kolom van de tabel."
            )
        context["uitleg_titel"], context["uitleg"] = werkbank.uitleg(toestand, int(kolom))
    if actie == "route_as":
        context["route_assen"] = werkbank.route_assen(toestand)
    if actie == "specificaties":
        context.update(specificaties(werkbank, toestand))
    if actie == "bevolking":
        taak = werkbank.start_bevolking(toestand, wachten=True)
        if taak.status == "klaar":
            context["bevolking"] = overzicht(werkbank, taak)
        else:
            toestand.meldingen.append(f"Bevolking: {taak.fout or taak.status}")


def _parameterpanelen(werkbank, toestand: Toestand, context: dict) -> None:
    """The what-if's current value and the chosen parameter's timeline, into `context`."""
    pad = toestand.wijziging_tekst.get("parameter")
    if pad and "wijziging_parameter" not in toestand.fouten and toestand.geval is not None:
        context["wijziging_stand"] = werkbank.parameterstand(pad, toestand.geval["period"])
    if toestand.tijdlijn_parameter:
        try:
            context["tijdlijn"], context["tijdlijn_svg"] = werkbank.tijdlijn(
                toestand.tijdlijn_parameter, toestand.hervormingen
            )
        except HervormingsFout as fout:
            toestand.fouten["tijdlijn_parameter"] = parameterfout(
                werkbank.systeem, toestand.tijdlijn_parameter, fout
            )


def pagina(werkbank, toestand: Toestand, actie: str, gegevens):
    """The page for a read form: 400 with the messages beside their fields, else 200."""
    context = {"t": toestand, "actie": actie, "deel_url": deel_url(toestand, gegevens)}
    if toestand.geval is not None and not toestand.fouten:
        try:
            _antwoord(werkbank, toestand, actie, gegevens, context)
        except REKENFOUTEN as fout:
            rekenfout(toestand.fouten, fout, werkbank.systeem)
    _parameterpanelen(werkbank, toestand, context)
    status = 400 if toestand.fouten else 200
    return render_template("werkbank.html", **context), status


def registreer(app, werkbank) -> None:
    @app.get("/")
    def begin():
        if request.args:  # a shared link: the case, its reforms and what-if, computed again
            toestand = werkbank.toestand(request.args)
            return pagina(werkbank, toestand, request.args.get("actie", "bereken"), request.args)
        toestand = Toestand(Invulling(datum=date.today().isoformat()))
        return render_template("werkbank.html", t=toestand, actie="")

    @app.post("/")
    def verwerk():
        toestand = werkbank.toestand(request.form, request.files)
        return pagina(werkbank, toestand, request.form.get("actie", "bereken"), request.form)
