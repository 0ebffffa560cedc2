"""Cross-site request forgery: every state-changing request carries the werkbank's token.

A page on another site can make the browser post to the werkbank (a form, a fetch), but cannot
read the werkbank's pages, so it cannot know the token. The token is made when the app starts
and is put in every page: a hidden field of the form (`csrf_token`) and a `<meta name="csrf-token">`
that the page's script sends as the `X-CSRF-Token` header. A POST without it is refused with 403
and a message in Dutch, before the request is read any further.
"""

import hmac
import secrets

from flask import jsonify, render_template, request

VELD = "csrf_token"
KOP = "X-CSRF-Token"
MELDING = (
    "Dit verzoek komt niet van een pagina van deze werkbank (het beveiligingskenmerk ontbreekt "
    "of klopt niet). Laad de werkbank opnieuw en probeer het nog eens."
)


def beveilig(app) -> None:
    """Give `app` a token, put it in every page and refuse a POST without it."""
    app.config.setdefault("CSRF_TOKEN", secrets.token_urlsafe(32))

    @app.context_processor
    def token():
        return {"csrf_token": app.config["CSRF_TOKEN"]}

    @app.before_request
    def controleer():
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return None
        gegeven = request.headers.get(KOP) or request.form.get(VELD) or ""
        if hmac.compare_digest(gegeven.encode(), app.config["CSRF_TOKEN"].encode()):
            return None
        if request.path.startswith("/bevolking/"):
            return jsonify({"fouten": {"csrf": MELDING}}), 403
        return render_template("fout.html", titel="Verzoek geweigerd", tekst=MELDING), 403
