"""`arbeidsmigratie serve`: the OpenFisca Web API with the project's limits in front."""

from openfisca_arbeidsmigratie.tools.cli.opties import positief
from openfisca_arbeidsmigratie.tools.web.web_api import Limieten

STANDAARD = Limieten()

LIMIETEN = (
    ("--max-lichaam", STANDAARD.max_lichaam, "BYTES", "largest request body"),
    ("--max-personen", STANDAARD.max_personen, "N", "most persons per request"),
    ("--max-perioden", STANDAARD.max_perioden, "N", "most periods per variable of one person"),
    ("--max-waarden", STANDAARD.max_waarden, "N", "most values per request"),
    (
        "--tijdslimiet",
        int(STANDAARD.tijdslimiet),
        "SECONDS",
        "longest computation of one request, in seconds",
    ),
    (
        "--zware-kosten",
        STANDAARD.zware_kosten,
        "N",
        "values (persons x periods x variables) above which a situation is large",
    ),
    (
        "--zware-plaatsen",
        STANDAARD.zware_plaatsen,
        "N",
        f"large situations (more than {STANDAARD.zware_drempel} persons or --zware-kosten "
        "values) computed at once over all workers; more get 503 with Retry-After",
    ),
)


def _limieten(opdracht) -> None:
    """The Web API's limits as options, each with its default."""
    for optie, standaard, metavar, uitleg in LIMIETEN:
        opdracht.add_argument(
            optie,
            type=positief,
            default=standaard,
            metavar=metavar,
            help=f"{uitleg} (default {standaard:,})",
        )


def registreer(sub) -> None:
    serve = sub.add_parser(
        "serve",
        help="the OpenFisca Web API with limits on body size, persons, periods and time",
        description=(
            "Serve the OpenFisca Web API (/calculate, /trace, /variables, /parameters, /spec) "
            "with waitress in --workers processes, behind limits: a larger body is refused "
            "with 413, more persons or periods with 400, a longer computation with 503; large "
            "situations are computed a few at a time so that small requests are always "
            "answered. CORS is off unless --cors gives the origins."
        ),
    )
    serve.add_argument("--bind", default="127.0.0.1:5000", help="address (default 127.0.0.1:5000)")
    serve.add_argument("--workers", type=positief, default=2, help="worker processes (default 2)")
    serve.add_argument(
        "--threads", type=positief, default=4, help="threads per worker process (default 4)"
    )
    _limieten(serve)
    serve.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow this browser origin (repeat; * allows any); default: no CORS",
    )
    serve.add_argument(
        "--vertrouwde-proxies",
        type=int,
        choices=range(0, 10),
        default=0,
        metavar="N",
        help="the number of reverse proxies in front whose X-Forwarded-For/-Host/-Proto headers "
        "are trusted (default 0: none; then /spec and links name the host the client asked)",
    )
    serve.set_defaults(uitvoeren=serve_opdracht)


def serve_opdracht(argumenten) -> int:
    import shutil
    import tempfile
    from pathlib import Path

    from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
    from openfisca_arbeidsmigratie.tools.web.dienst import dien
    from openfisca_arbeidsmigratie.tools.web.web_api import maak_app

    limieten = Limieten(
        max_lichaam=argumenten.max_lichaam,
        max_personen=argumenten.max_personen,
        max_perioden=argumenten.max_perioden,
        max_waarden=argumenten.max_waarden,
        tijdslimiet=float(argumenten.tijdslimiet),
        zware_kosten=argumenten.zware_kosten,
        zware_plaatsen=argumenten.zware_plaatsen,
        cors=tuple(argumenten.cors),
        vertrouwde_proxies=argumenten.vertrouwde_proxies,
    )
    slotmap = Path(tempfile.mkdtemp(prefix="arbeidsmigratie-serve-"))
    try:
        app = maak_app(CountryTaxBenefitSystem(), limieten, slotmap)
        print(
            f"Serving on http://{argumenten.bind} ({argumenten.workers} processes, "
            f"{argumenten.threads} threads each)",
            flush=True,
        )
        dien(app, argumenten.bind, argumenten.workers, argumenten.threads, limieten)
    finally:
        shutil.rmtree(slotmap, ignore_errors=True)
    return 0
