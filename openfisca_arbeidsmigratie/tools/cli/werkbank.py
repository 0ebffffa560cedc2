"""`arbeidsmigratie werkbank`: the drafters' workbench in the browser, served on this computer."""

import argparse
import ipaddress
import sys


def poort(tekst: str) -> int:
    if not tekst.isdigit() or not 1 <= int(tekst) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 1 to 65535, got '{tekst}'")
    return int(tekst)


def blootstelling(host: str, poort: int) -> str | None:
    """What the werkbank exposes when it listens beyond this computer; None on loopback."""
    try:
        lokaal = host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        lokaal = False
    if lokaal:
        return None
    from openfisca_arbeidsmigratie.tools.web.werkbank.berekening import MAX_STEEKPROEF
    from openfisca_arbeidsmigratie.tools.web.werkbank.toestand import MAX_BESTAND

    waar = (
        "every network interface of this computer"
        if host in ("0.0.0.0", "::", "")
        else f"the address {host}"
    )
    return (
        f"Note: listening on {waar}, port {poort}: anyone who can reach it can use the workbench "
        "without logging in: compute cases under current law and the reforms, upload case files "
        f"(up to {MAX_BESTAND // 1024} kB), download the results, and run synthetic populations "
        f"of up to {MAX_STEEKPROEF:,} persons on this computer's processors and memory. It reads "
        "and writes no files here; requests are plain HTTP (not encrypted). Give --host "
        "127.0.0.1 to serve this computer only."
    )


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

    from openfisca_arbeidsmigratie.tools.web.werkbank import maak_app

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
    melding = blootstelling(argumenten.host, server.port)
    if melding:
        print(melding)
    print("Stop with Ctrl+C.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        server.server_close()
    return 0
