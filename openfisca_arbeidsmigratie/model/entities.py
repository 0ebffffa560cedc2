"""The entities of Dutch labour-migration law: the foreign national and the employer."""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon (vreemdeling of werknemer)",
    doc="A natural person: the worker whose right to work in the Netherlands is decided.",
    is_person=True,
)

Werkgever = build_entity(
    key="werkgever",
    plural="werkgevers",
    label="Werkgever",
    doc=(
        "The employer (art. 1(1)(b) Wav) who lets the person work and who applies for the "
        "work permit or acts as recognised sponsor (erkend referent)."
    ),
    roles=[
        {
            "key": "werknemer",
            "plural": "werknemers",
            "label": "Werknemer",
            "doc": "A person employed by this employer.",
        },
    ],
)

entities = [Persoon, Werkgever]
