"""Download names: any case name as a `Content-Disposition` header (RFC 6266, RFC 5987).

A case may be named in any script and at any length; the header carries an ASCII fallback
(`filename=`, for old clients) and the name itself percent-encoded as UTF-8 (`filename*=`), both
cut to a length every file system takes.
"""

import re
import unicodedata
from urllib.parse import quote

# Characters of a name before its extension: file systems take 255 bytes, UTF-8 up to 4 a character.
MAX_TEKENS = 60
NIET_VEILIG = re.compile(r"[^A-Za-z0-9._-]+")
NIET_IN_NAAM = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


def stam(naam: str, standaard: str = "geval", lengte: int = MAX_TEKENS) -> str:
    """A file name's stem from a case name: no path or control characters, at most `lengte`."""
    schoon = NIET_IN_NAAM.sub("_", unicodedata.normalize("NFC", str(naam))).strip(" ._")
    return schoon[:lengte].rstrip(" ._") or standaard


def ascii_stam(naam: str, standaard: str = "geval") -> str:
    """The ASCII fallback: accents dropped (é as e), anything else as `_`."""
    plat = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode("ascii")
    return NIET_VEILIG.sub("_", plat).strip("._") or standaard


def content_disposition(bestandsnaam: str) -> str:
    """`attachment; filename="..."; filename*=UTF-8''...` for a file name with its extension."""
    stam_, punt, extensie = bestandsnaam.rpartition(".")
    if not punt:
        stam_, extensie = bestandsnaam, ""
    extensie = NIET_VEILIG.sub("", extensie)[:10]
    achter = f".{extensie}" if extensie else ""
    eigen = stam(stam_, lengte=2 * MAX_TEKENS) + achter
    terugval = ascii_stam(stam(stam_, lengte=2 * MAX_TEKENS)) + achter
    if eigen == terugval:
        return f'attachment; filename="{terugval}"'
    return f"attachment; filename=\"{terugval}\"; filename*=UTF-8''{quote(eigen, safe='')}"
