"""The tests mirror the rule tree: every variable file has its YAML cases at the mirrored path."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
VARIABELEN = TESTS.parent / "variables"


def test_elk_variabelebestand_heeft_een_yaml_test():
    bestanden = sorted(VARIABELEN.rglob("*.py"))
    assert bestanden, f"no variable files under {VARIABELEN}"
    ontbrekend = [
        f"variables/{bestand.relative_to(VARIABELEN)}"
        for bestand in bestanden
        if bestand.name != "__init__.py"
        and not (TESTS / bestand.relative_to(VARIABELEN).with_suffix(".yaml")).is_file()
    ]
    assert not ontbrekend, (
        f"{len(ontbrekend)} variable file(s) without YAML tests at the mirrored path "
        "tests/<same path>.yaml:\n" + "\n".join(ontbrekend)
    )
