"""`arbeidsmigratie werkbank`: the drafters' workbench in the browser, served on this computer."""

import argparse
import sys


def poort(tekst: str) -> int:
    if not tekst.isdigit() or not 1 <= int(tekst) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, got '{tekst}'")
    return int(tekst)


def registreer(sub) -> None:
    werkbank = sub.add_parser(
        "werkbank",
        help="the workbench: a web page to try cases, reforms and parameter changes",
        description=(
            "Serve the drafters' workbench on this computer: describe a case (or load an example "
            "or a case YAML), see the decision (toelatingsroute, permanent residence) under "
            "current law and reforms side by side, the reasons with the law's articles, the "
            "effect of a parameter change on a synthetic population, and a parameter's timeline. "
            "Open the printed address in a browser; nothing is fetched from the internet."
        ),
    )
    werkbank.add_argument(
        "--poort", type=poort, default=8000, metavar="PORT", help="port (default 8000)"
    )
    werkbank.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this computer only)",
    )
    werkbank.set_defaults(uitvoeren=werkbank_opdracht)


def werkbank_opdracht(argumenten) -> int:
    from werkzeug.serving import make_server

    from openfisca_arbeidsmigratie.tools.werkbank import maak_app

    app = maak_app()
    try:
        server = make_server(argumenten.host, argumenten.poort, app, threaded=True)
    except (OSError, SystemExit) as fout:
        print(
            f"arbeidsmigratie: error: cannot listen on {argumenten.host}:{argumenten.poort} "
            f"({fout}); choose another port with --poort",
            file=sys.stderr,
        )
        return 2
    host = f"[{argumenten.host}]" if ":" in argumenten.host else argumenten.host
    print(f"Werkbank arbeidsmigratie: open http://{host}:{server.port}/ in your browser.")
    if argumenten.host not in ("127.0.0.1", "localhost", "::1"):
        print("Note: listening beyond this computer; anyone who can reach it can use it.")
    print("Stop with Ctrl+C.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        server.server_close()
    return 0
