"""How the werkbank writes numbers and files: Dutch separators, CSV and JSON downloads."""

import csv
import io
import json

from flask import Response

from openfisca_arbeidsmigratie.tools.web.werkbank.bestandsnaam import content_disposition

# The `confidence` codes of the parameters' metadata, in the page's language.
ZEKERHEID = {
    "confirmed": "bevestigd",
    "likely": "waarschijnlijk",
    "uncertain": "onzeker",
    "illustrative": "illustratief",
}


def getal(waarde) -> str:
    """A whole number with Dutch thousands separators: 4.823."""
    return f"{waarde:,}".replace(",", ".")


def procent(waarde: float) -> str:
    """A signed percentage with a Dutch decimal comma: -1,5%."""
    return f"{waarde:+.1f}%".replace(".", ",")


def datum_nl(iso: str) -> str:
    """A date as the Dutch write it: 1-8-2026."""
    jaar, maand, dag = str(iso).split("-")
    return f"{int(dag)}-{int(maand)}-{jaar}"


def als_csv(kop: list, rijen: list) -> str:
    uit = io.StringIO()
    schrijver = csv.writer(uit, lineterminator="\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    return uit.getvalue()


def als_json(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def download(inhoud: str, bestandsnaam: str, soort: str) -> Response:
    return Response(
        inhoud, mimetype=soort, headers={"Content-Disposition": content_disposition(bestandsnaam)}
    )
