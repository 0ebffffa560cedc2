"""Where the rule folders (`parameters/`, `variables/`, `reforms/`) are."""

from pathlib import Path

PAKKET_MAP = Path(__file__).resolve().parent.parent


def regelmap(naam: str) -> Path:
    """The folder of a rule tree: inside the installed package, else beside it in a checkout."""
    for kandidaat in (PAKKET_MAP / naam, PAKKET_MAP.parent / naam):
        if kandidaat.is_dir():
            return kandidaat
    raise FileNotFoundError(
        f"rule folder '{naam}' not found in {PAKKET_MAP} or {PAKKET_MAP.parent}"
    )
