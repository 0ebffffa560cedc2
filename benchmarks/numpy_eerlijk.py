# ruff: noqa: E402 (the allocators are set before pyarrow is imported)
"""The fair numpy limit: `arbeidsmigratie bevolking --variabelen toelatingsroute` with its
OpenFisca computation replaced by the plain-numpy route decision (`numpy_route.py`).

The same work as the project's run, short of the rules engine: the same Parquet file read in
chunks of 100,000 rows by the project's reader (`lezen.parquetblokken`); each chunk's columns turned into model arrays by the project's own
converter (`kolom.naar_model`); the Wav art. 4(2)(b) history walked by the project's compiled
kernel (`model/numba_kernen.py`, loaded from numba's on-disk cache), once per chunk, as the
project's reforms take it from current law; the route decided for current law and each reform
in numpy; and the same outputs written with the project's writers: `personen.parquet`
(`persoon_id`, `toelatingsroute__<system>`), `aggregaat.csv` and `verschil.csv`. It reads only the
columns the decision needs and validates nothing (a limit, not a tool).

    python benchmarks/numpy_eerlijk.py --invoer alle.parquet --uitvoer DIR --datum 2026-06-15 \
        --reform NAME ...
"""

import argparse
import sys
from pathlib import Path

from openfisca_arbeidsmigratie.tools.kern import geheugen

geheugen.voor_bevolking()  # as `arbeidsmigratie bevolking` sets them, before pyarrow is loaded

import pyarrow as pa
import pyarrow.parquet as pq
from openfisca_core import periods

from openfisca_arbeidsmigratie import CountryTaxBenefitSystem
from openfisca_arbeidsmigratie.model import numba_kernen
from openfisca_arbeidsmigratie.model.enums import Toelatingsroute
from openfisca_arbeidsmigratie.tools.bevolking.lezen import parquetblokken
from openfisca_arbeidsmigratie.tools.bevolking.rekenen import ROUTES, als_tekst
from openfisca_arbeidsmigratie.tools.bevolking.samenvatting import Telling
from openfisca_arbeidsmigratie.tools.bevolking.schema import PERSOON_ID
from openfisca_arbeidsmigratie.tools.bevolking.uitvoeren import schrijf_samenvatting
from openfisca_arbeidsmigratie.tools.kern.actualiteit import per_systeem
from openfisca_arbeidsmigratie.tools.kern.register import HUIDIG_RECHT, pas_toe

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy_route  # noqa: E402

BLOKGROOTTE = 100_000
VARIABELE = "toelatingsroute"


def uitkomsten(systeem, parameters: dict, tabel: pa.Table, datum: str) -> dict:
    """{system: {toelatingsroute, toegelaten_arbeidsmigrant}} for one chunk."""
    maand = periods.period(datum).start.month
    invoer, doelen, buiten = numpy_route.als_arrays(systeem, tabel, datum)
    basis = parameters[HUIDIG_RECHT]
    vrij = numpy_route.verblijf_met_arbeid(basis, doelen, buiten, gecompileerd=True)
    routes = {HUIDIG_RECHT: numpy_route.route(basis, invoer, maand, doelen, buiten, None, vrij)}
    for naam, p in parameters.items():
        if naam in numpy_route.ZONDER_GEVOLG_VOOR_ROUTE:
            routes[naam] = routes[HUIDIG_RECHT]
        elif naam != HUIDIG_RECHT:
            routes[naam] = numpy_route.route(p, invoer, maand, doelen, buiten, naam, vrij)
    uit = {}
    for naam, route in routes.items():
        toegelaten = numpy_route.lidtabel(
            Toelatingsroute, parameters[naam].toelating.toegelaten_routes
        )
        uit[naam] = {VARIABELE: route, "toegelaten_arbeidsmigrant": toegelaten[route]}
    return uit


def draai(bestand, uitvoer, hervormingen, datum: str, blokgrootte: int = BLOKGROOTTE) -> Telling:
    """The run: every chunk of `bestand`, the outputs written into the folder `uitvoer`."""
    systeem = CountryTaxBenefitSystem()
    systemen = {HUIDIG_RECHT: systeem, **{naam: pas_toe(systeem, naam) for naam in hervormingen}}
    onbekend = set(hervormingen) - {
        *numpy_route.HERVORMINGEN,
        *numpy_route.ZONDER_GEVOLG_VOOR_ROUTE,
    }
    if onbekend:
        raise ValueError(f"no numpy version of: {', '.join(sorted(onbekend))}")
    parameters = {naam: s.parameters(datum) for naam, s in systemen.items()}
    numba_kernen.opwarmen()
    telling = Telling(list(systemen), [], variabele=VARIABELE, namen=ROUTES)
    kolommen = [PERSOON_ID, *numpy_route.gelezen_kolommen(systeem, datum)]
    map_ = Path(uitvoer)
    map_.mkdir(parents=True, exist_ok=True)
    schrijver = None
    for tabel in parquetblokken(pq.ParquetFile(bestand), blokgrootte, kolommen):
        uitkomst = uitkomsten(systeem, parameters, tabel, datum)
        telling.voeg_toe(uitkomst, {})
        personen = {PERSOON_ID: tabel.column(PERSOON_ID)}
        for naam, waarden in uitkomst.items():
            personen[f"{VARIABELE}__{naam}"] = als_tekst(systeem, VARIABELE, waarden[VARIABELE])
        personen = pa.table(personen)
        if schrijver is None:
            schrijver = pq.ParquetWriter(map_ / "personen.parquet", personen.schema)
        schrijver.write_table(personen)
    if schrijver is not None:
        schrijver.close()
    telling.actualiteit = per_systeem(systemen, datum)
    schrijf_samenvatting(telling, map_, met_grafiek=False)
    return telling


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoer", required=True)
    parser.add_argument("--uitvoer", required=True)
    parser.add_argument("--datum", required=True)
    parser.add_argument("--reform", action="append", default=[])
    parser.add_argument("--blokgrootte", type=int, default=BLOKGROOTTE)
    a = parser.parse_args()
    draai(a.invoer, a.uitvoer, a.reform, a.datum, a.blokgrootte)


if __name__ == "__main__":
    main()
