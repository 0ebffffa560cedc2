"""Where the rule folders (`parameters/`, `variables/`, `reforms/`) are."""

from pathlib import Path

import dpath

PAKKET_MAP = Path(__file__).resolve().parent.parent

# OpenFisca builds its situation errors with dpath, which by default raises on an empty key: a
# situation with an empty entity id ("personen": {"": {}}) then became an internal server error
# instead of a 400 with a message.
dpath.options.ALLOW_EMPTY_STRING_KEYS = True


def regelmap(naam: str) -> Path:
    """The folder of a rule tree: inside the installed package, else beside it in a checkout."""
    for kandidaat in (PAKKET_MAP / naam, PAKKET_MAP.parent / naam):
        if kandidaat.is_dir():
            return kandidaat
    raise FileNotFoundError(
        f"rule folder '{naam}' not found in {PAKKET_MAP} or {PAKKET_MAP.parent}"
    )
