"""The groupings a population run can count admissions by (`bevolking --groepen`, the werkbank's
panel). Kept apart from the summary, which needs pyarrow, so that the command line can offer them
without loading it."""

ROUTE = "toelatingsroute"
LEEFTIJDSGROEP = "leeftijdsgroep"
GROEPERINGEN = ("nationaliteit", LEEFTIJDSGROEP, "sector", ROUTE)
"""The groups whose admissions a run can count per system: a column of the persons table, age
bands of `leeftijd`, or the route each system admits a person by."""
