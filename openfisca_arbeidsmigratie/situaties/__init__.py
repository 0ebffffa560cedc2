"""Bundled example cases: the demo's input and the Web API's example situation."""

from pathlib import Path

from openfisca_arbeidsmigratie.tools.kern.yamlbron import laad_yaml

VOORBEELDEN = Path(__file__).resolve().parent / "voorbeelden.yaml"


def laad_voorbeelden() -> list[dict]:
    """The bundled cases, each with `name`, `period` (the date) and flat `input`."""
    return laad_yaml(VOORBEELDEN, "gevallen")


def als_situatie(geval: dict) -> dict:
    """A flat case as a Web API situation: one person, one employer, every value on its date."""
    datum = str(geval["period"])
    return {
        "personen": {
            "persoon": {
                naam: waarde if isinstance(waarde, dict) else {datum: waarde}
                for naam, waarde in geval["input"].items()
            }
        },
        "werkgevers": {"werkgever": {"werknemers": ["persoon"]}},
    }


def situatie_voorbeeld() -> dict:
    """The Web API example: the first bundled case, asking for its admission route."""
    geval = laad_voorbeelden()[0]
    situatie = als_situatie(geval)
    situatie["personen"]["persoon"]["toelatingsroute"] = {str(geval["period"]): None}
    return situatie
