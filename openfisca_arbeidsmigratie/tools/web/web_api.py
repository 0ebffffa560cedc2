"""The OpenFisca Web API with the project's limits in front (`arbeidsmigratie serve`).

openfisca-core's app (`openfisca_web_api.app.create_app`) answers the requests; a WSGI layer in
front of it refuses what one client could use to take the server down or what openfisca-core
answers with an internal error:

- a body larger than `max_lichaam` bytes: 413, read no further;
- a POST that is not `Content-Type: application/json`: 415;
- JSON that does not parse, is nested deeper than a situation can be, or is not a situation
  (entities, ids, variables, periods, values): 400 naming the place and what is accepted;
- more than `max_personen` persons, more than `max_perioden` periods for one variable of one
  entity, or more than `max_waarden` values in all: 400 with the limits;
- a period that is not one the variable is defined for (a year or ETERNITY on a day variable, a
  span of months on a monthly variable), outside the years 1900 to 2100, or an id with `/`: 400;
- a computation longer than `tijdslimiet` seconds: 503, the worker thread is free again;
- a heavy situation (more than `zware_drempel` persons, or an estimated cost of more than
  `zware_kosten` values: persons x periods x variables, so 200 persons with 120-month histories
  are heavy) while `zware_plaatsen` of them are being computed in the whole server: 503 with
  `Retry-After`, so that heavy requests never occupy every worker and a small request is still
  answered at once.

CORS is off unless origins are given. openfisca-core builds `source` links from the package
metadata, pointing to a repository this project does not have: they are left out. `/variable/NAME`
of a numeric input variable also gives its accepted `minimum` and `maximum`.

openfisca-core's situation parsing (`SimulationBuilder`) looks every id up in a list, so its cost
grows with the square of the number of persons (8,000 persons take 8 s, 4,000 take 3.4 s, 2,000
take 1.7 s on one core): `max_personen` caps it where the cost is still linear.
"""

import contextlib
import ctypes
import fcntl
import functools
import io
import json
import math
import os
import shutil
import tempfile
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from openfisca_core import periods
from openfisca_core.errors import ParameterNotFoundError, SituationParsingError

from openfisca_arbeidsmigratie.model import bereik as datumbereik
from openfisca_arbeidsmigratie.model.invoer import Invoer, bereik
from openfisca_arbeidsmigratie.tools.kern.aannames import aannames_van_situatie

JSON_TYPEN = ("application/json",)
MAX_DIEPTE = 8
EERSTE_JAAR, LAATSTE_JAAR = datumbereik.EERSTE_JAAR, datumbereik.LAATSTE_JAAR
MAX_ID = 100


@dataclass(frozen=True)
class Limieten:
    max_lichaam: int = 5_000_000
    max_personen: int = 2_000
    max_perioden: int = 240
    max_waarden: int = 200_000
    tijdslimiet: float = 30.0
    zware_drempel: int = 200
    zware_kosten: int = 10_000
    zware_plaatsen: int = 1
    cors: tuple[str, ...] = field(default_factory=tuple)
    vertrouwde_proxies: int = 0


class Afgewezen(Exception):
    def __init__(self, status: int, melding: str, kop=()):
        super().__init__(melding)
        self.status = status
        self.melding = melding
        self.kop = list(kop)


class Tijdslimiet(BaseException):
    """Raised into a request that runs too long; a BaseException, so that no `except Exception`
    in the engine or in Flask takes it for an error of the computation."""


REDENEN = {
    400: "400 Bad Request",
    413: "413 Payload Too Large",
    415: "415 Unsupported Media Type",
    503: "503 Service Unavailable",
}


def _antwoord(start_response, fout: Afgewezen):
    lichaam = json.dumps({"error": fout.melding}).encode()
    koppen = [
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(lichaam))),
        *fout.kop,
    ]
    start_response(REDENEN[fout.status], koppen)
    return [lichaam]


class Situatiecontrole:
    """Checks a parsed situation against the limits and the variables' periods."""

    def __init__(self, systeem, limieten: Limieten):
        self.systeem = systeem
        self.limieten = limieten
        self.entiteiten = {e.plural: e for e in systeem.entities}
        self.personen = next(e.plural for e in systeem.entities if e.is_person)

    def controleer(self, situatie) -> int:
        """The number of persons; raises Afgewezen(400) on the first problem."""
        return self.kosten(situatie)[0]

    def kosten(self, situatie) -> tuple[int, int]:
        """(persons, estimated cost): the cost is the number of values given or asked for, that
        is persons x periods x variables, times the persons the axes add. Raises Afgewezen(400)
        on the first problem."""
        if not isinstance(situatie, dict):
            _niet_te_diep(situatie)
            raise Afgewezen(400, 'a situation is a JSON object of entities, e.g. {"personen": {}}')
        waarden = 0
        aantal = 0
        for meervoud, instanties in situatie.items():
            if meervoud == "axes":
                continue
            if meervoud not in self.entiteiten:
                raise Afgewezen(
                    400,
                    f"unknown entity '{meervoud}'; accepted: {', '.join(self.entiteiten)}",
                )
            if not isinstance(instanties, dict):
                raise Afgewezen(400, f"{meervoud}: expected an object of ids")
            entiteit = self.entiteiten[meervoud]
            if meervoud == self.personen:
                aantal = len(instanties)
                if aantal > self.limieten.max_personen:
                    raise Afgewezen(
                        400,
                        f"{aantal:,} persons in one request; the limit is "
                        f"{self.limieten.max_personen:,} (split the situation)",
                    )
            rollen = {r.key for r in getattr(entiteit, "roles", ())} | {
                r.plural for r in getattr(entiteit, "roles", ()) if r.plural
            }
            for ident, variabelen in instanties.items():
                waarden += self._instantie(meervoud, ident, variabelen, rollen)
                if waarden > self.limieten.max_waarden:
                    raise Afgewezen(
                        400,
                        f"more than {self.limieten.max_waarden:,} values in one request "
                        "(the limit); split the situation",
                    )
        if "axes" in situatie:
            _niet_te_diep(situatie["axes"])
            aantal = max(aantal, 1) * self._assen(situatie["axes"])
            if aantal > self.limieten.max_personen:
                raise Afgewezen(
                    400,
                    f"the axes make {aantal:,} persons; the limit is "
                    f"{self.limieten.max_personen:,}",
                )
            for i, parallel in enumerate(situatie["axes"]):
                for j, as_ in enumerate(parallel):
                    self._as(f"axes/{i}/{j}", as_, situatie)
        return aantal, waarden * max(1, aantal // max(1, _personen(situatie, self.personen)))

    def _assen(self, assen) -> int:
        if not isinstance(assen, list) or not all(isinstance(a, list) and a for a in assen):
            raise Afgewezen(400, "axes: expected a list of non-empty lists of axes")
        if not assen:
            raise Afgewezen(400, "axes: expected at least one list of axes")
        totaal = 1
        for parallel in assen:
            tellingen = [a.get("count") for a in parallel if isinstance(a, dict)]
            if len(tellingen) != len(parallel) or not all(_geheel(t, 1) for t in tellingen):
                raise Afgewezen(400, "axes: every axis needs a whole number count >= 1")
            totaal *= max(tellingen, default=1)
        return totaal

    def _as(self, plaats, as_: dict, situatie) -> None:
        """One axis: a numeric variable, finite `min` and `max` it accepts, one of its periods,
        and an `index` among the instances of its entity."""
        onbekend = set(as_) - AS_SLEUTELS
        if onbekend or not {"name", "min", "max", "period"} <= set(as_):
            raise Afgewezen(
                400,
                f"{plaats}: an axis has count, name, min, max, period and optionally index; "
                f"got {', '.join(map(str, as_))}",
            )
        variabele = (
            self.systeem.variables.get(as_["name"]) if isinstance(as_["name"], str) else None
        )
        if variabele is None or variabele.value_type not in (int, float):
            raise Afgewezen(400, f"{plaats}: name: {as_['name']!r} is not a numeric variable")
        laag, hoog = bereik(variabele) if isinstance(variabele, Invoer) else (-3.4e38, 3.4e38)
        for sleutel in ("min", "max"):
            waarde = as_[sleutel]
            if not _getal(waarde) or not laag <= waarde <= hoog:
                raise Afgewezen(
                    400,
                    f"{plaats}: {sleutel}: {waarde!r}; accepted: a number from {laag:g} to "
                    f"{hoog:g}",
                )
        if not isinstance(as_["period"], str):
            raise Afgewezen(
                400, f"{plaats}: period: expected {_voorbeeld(variabele.definition_period)}"
            )
        self._periode(f"{plaats}/period", variabele, as_["period"])
        instanties = situatie.get(variabele.entity.plural)
        aantal = len(instanties) if isinstance(instanties, dict) else 0
        if aantal == 0:
            raise Afgewezen(
                400,
                f"{plaats}: {variabele.name} belongs to {variabele.entity.plural}, and the "
                "situation has none",
            )
        if "index" in as_ and not (_geheel(as_["index"], 0) and as_["index"] < aantal):
            raise Afgewezen(
                400,
                f"{plaats}: index: {as_['index']!r}; accepted: a whole number from 0 to "
                f"{aantal - 1}",
            )

    def _instantie(self, meervoud, ident, variabelen, rollen) -> int:
        plaats = f"{meervoud}/{ident}"
        if not ident or "/" in ident or len(ident) > MAX_ID:
            raise Afgewezen(
                400,
                f"{meervoud}: invalid id {ident!r}; accepted: 1 to {MAX_ID} characters without '/'",
            )
        if not isinstance(variabelen, dict):
            raise Afgewezen(400, f"{plaats}: expected an object of variables")
        waarden = 0
        for naam, waarde in variabelen.items():
            if naam in rollen:
                leden = waarde if isinstance(waarde, list) else [waarde]
                if not all(isinstance(lid, str) for lid in leden):
                    raise Afgewezen(400, f"{plaats}/{naam}: expected a list of person ids")
                waarden += len(leden)
                continue
            variabele = self.systeem.variables.get(naam)
            if variabele is None:
                raise Afgewezen(400, f"{plaats}: unknown variable '{naam}'")
            if not isinstance(waarde, dict):
                self._waarde(f"{plaats}/{naam}", waarde)
                waarden += 1
                continue
            if len(waarde) > self.limieten.max_perioden:
                raise Afgewezen(
                    400,
                    f"{plaats}/{naam}: {len(waarde):,} periods; the limit is "
                    f"{self.limieten.max_perioden:,} periods per variable",
                )
            for periode, enkel in waarde.items():
                self._periode(f"{plaats}/{naam}", variabele, periode)
                self._waarde(f"{plaats}/{naam}/{periode}", enkel)
            waarden += len(waarde)
        return waarden

    def _waarde(self, plaats, waarde) -> None:
        if isinstance(waarde, dict | list):
            _niet_te_diep(waarde)
            raise Afgewezen(
                400, f"{plaats}: expected a single value, got a {type(waarde).__name__}"
            )

    def _periode(self, plaats, variabele, tekst) -> None:
        eenheid = variabele.definition_period
        try:
            periode = _periode_van(tekst)
        except Exception:
            raise Afgewezen(
                400, f"{plaats}: '{tekst}' is not a period; expected {_voorbeeld(eenheid)}"
            ) from None
        if eenheid == periods.DateUnit.ETERNITY:
            return
        if periode.unit != eenheid or periode.size != 1:
            raise Afgewezen(
                400,
                f"{plaats}: {variabele.name} is defined per {eenheid}; '{tekst}' is not one "
                f"{eenheid} (expected {_voorbeeld(eenheid)})",
            )
        if not EERSTE_JAAR <= periode.start.year <= LAATSTE_JAAR:
            raise Afgewezen(
                400, f"{plaats}: '{tekst}' is outside the years {EERSTE_JAAR} to {LAATSTE_JAAR}"
            )


AS_SLEUTELS = {"count", "name", "min", "max", "period", "index"}


def _geheel(waarde, kleinste: int) -> bool:
    return isinstance(waarde, int) and not isinstance(waarde, bool) and waarde >= kleinste


def _getal(waarde) -> bool:
    return (
        isinstance(waarde, int | float) and not isinstance(waarde, bool) and math.isfinite(waarde)
    )


def ruwe_kosten(situatie, meervoud) -> tuple[int, int]:
    """(persons, values) counted without checking anything, to admit a request before its check."""
    if not isinstance(situatie, dict):
        return 0, 0
    waarden = 0
    for instanties in situatie.values():
        for variabelen in instanties.values() if isinstance(instanties, dict) else ():
            for waarde in variabelen.values() if isinstance(variabelen, dict) else ():
                waarden += len(waarde) if isinstance(waarde, dict | list) else 1
    return _personen(situatie, meervoud), waarden


def _personen(situatie, meervoud) -> int:
    instanties = situatie.get(meervoud)
    return len(instanties) if isinstance(instanties, dict) else 0


# A history repeats the same months for every person: each is parsed once (periods are immutable).
_periode_van = functools.lru_cache(maxsize=4096)(periods.period)


def _voorbeeld(eenheid) -> str:
    return {
        periods.DateUnit.DAY: "a day such as 2026-02-02",
        periods.DateUnit.MONTH: "a month such as 2026-02",
        periods.DateUnit.YEAR: "a year such as 2026",
    }.get(eenheid, "a period")


class ZwarePlaatsen:
    """At most `aantal` heavy requests at once over every worker process (file locks, released
    by the kernel when a worker dies)."""

    def __init__(self, aantal: int, map_: Path):
        self.paden = [map_ / f"zwaar-{i}.lock" for i in range(aantal)]

    @contextlib.contextmanager
    def plaats(self):
        for pad in self.paden:
            bestand = pad.open("a")
            try:
                fcntl.flock(bestand, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                bestand.close()
                continue
            try:
                yield True
            finally:
                bestand.close()
            return
        yield False


@contextlib.contextmanager
def tijdslimiet(seconden: float):
    """Raise Tijdslimiet in this thread after `seconden`: a watchdog thread raises it
    asynchronously (CPython's `PyThreadState_SetAsyncExc`), which takes effect at the next Python
    instruction of the request, whichever thread of a worker computes it; it raises it again
    every 50 ms until the request ends, in case a bare `except:` in a library swallowed it."""
    if seconden <= 0:
        yield
        return
    draad = threading.get_ident()
    klaar = threading.Lock()
    gestopt = threading.Event()

    def waak():
        if gestopt.wait(seconden):
            return
        while True:
            with klaar:
                if gestopt.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(draad), ctypes.py_object(Tijdslimiet)
                )
            if gestopt.wait(0.05):
                return

    wachter = threading.Thread(target=waak, daemon=True)
    wachter.start()
    try:
        yield
    finally:
        with klaar:
            gestopt.set()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(draad), None)


def _diepte(waarde, grens: int) -> bool:
    """Whether `waarde` is nested deeper than `grens` (without recursion)."""
    stapel = [(waarde, 1)]
    while stapel:
        item, diepte = stapel.pop()
        if diepte > grens:
            return True
        if isinstance(item, dict):
            stapel.extend((v, diepte + 1) for v in item.values())
        elif isinstance(item, list):
            stapel.extend((v, diepte + 1) for v in item)
    return False


def _niet_te_diep(waarde) -> None:
    if _diepte(waarde, MAX_DIEPTE):
        raise Afgewezen(400, f"JSON nested deeper than {MAX_DIEPTE} levels")


class Bewaker:
    """The WSGI layer in front of openfisca-core's app (see the module documentation)."""

    def __init__(self, app, systeem, limieten: Limieten, slotmap: Path):
        self.app = app
        self.limieten = limieten
        self.controle = Situatiecontrole(systeem, limieten)
        self.zwaar = ZwarePlaatsen(limieten.zware_plaatsen, slotmap)

    def __call__(self, environ, start_response):
        start_response = self._cors(environ, start_response)
        try:
            if environ.get("REQUEST_METHOD") == "POST":
                return self._post(environ, start_response)
            return self.app(environ, start_response)
        except Afgewezen as fout:
            return _antwoord(start_response, fout)

    def _post(self, environ, start_response):
        lichaam = self._lees(environ)
        pad = environ.get("PATH_INFO", "").rstrip("/")
        if pad not in ("/calculate", "/trace"):
            environ["wsgi.input"] = io.BytesIO(lichaam)
            return self.app(environ, start_response)
        soort = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if soort not in JSON_TYPEN:
            raise Afgewezen(415, f"Content-Type '{soort}' is not accepted; send application/json")
        try:
            situatie = json.loads(lichaam)
        except RecursionError:
            raise Afgewezen(400, f"JSON nested deeper than {MAX_DIEPTE} levels") from None
        except (ValueError, UnicodeDecodeError) as fout:
            raise Afgewezen(400, f"invalid JSON: {fout}") from None
        # Whether the parser itself gave up depends on the stack it ran on: the depth is checked
        # here as well, so that the answer does not.
        _niet_te_diep(situatie)
        environ["wsgi.input"] = io.BytesIO(lichaam)
        environ["CONTENT_LENGTH"] = str(len(lichaam))
        if self.is_zwaar(*ruwe_kosten(situatie, self.controle.personen)):
            with self._zware_plaats():
                self._controleer(situatie, pad)
                return self._reken(environ, start_response)
        if not self.is_zwaar(*self._controleer(situatie, pad)):
            return self._reken(environ, start_response)
        with self._zware_plaats():
            return self._reken(environ, start_response)

    def _controleer(self, situatie, pad) -> tuple[int, int]:
        personen, kosten = self.controle.kosten(situatie)
        if "axes" in situatie and pad == "/calculate":
            raise Afgewezen(
                400,
                "axes: /calculate cannot answer per id over axes (openfisca-core renames the "
                "persons it expands); send the situation with axes to /trace",
            )
        return personen, kosten

    @contextlib.contextmanager
    def _zware_plaats(self):
        """A place for a heavy situation, taken before the situation is checked in detail (the
        check of 50,000 values costs a second): a heavy request that has to wait costs nothing."""
        with self.zwaar.plaats() as gekregen:
            if not gekregen:
                raise Afgewezen(
                    503,
                    f"the server is computing other large situations (more than "
                    f"{self.limieten.zware_drempel:,} persons or {self.limieten.zware_kosten:,} "
                    "values: persons x periods x variables); retry in a few seconds",
                    [("Retry-After", "5")],
                )
            yield

    def is_zwaar(self, personen: int, kosten: int) -> bool:
        """Admission by estimated cost: a situation of more than `zware_drempel` persons or
        `zware_kosten` values is heavy, and only `zware_plaatsen` heavy ones are computed at once
        in the whole server, so that the other threads are free for small requests."""
        return personen > self.limieten.zware_drempel or kosten > self.limieten.zware_kosten

    def _reken(self, environ, start_response):
        try:
            with tijdslimiet(self.limieten.tijdslimiet):
                return list(self.app(environ, start_response))
        except Tijdslimiet:
            raise Afgewezen(
                503,
                f"the computation took longer than the limit of {self.limieten.tijdslimiet:g} s; "
                "send fewer persons or periods",
            ) from None

    def _lees(self, environ) -> bytes:
        grens = self.limieten.max_lichaam
        lengte = environ.get("CONTENT_LENGTH") or ""
        if lengte.isdigit() and int(lengte) > grens:
            raise Afgewezen(413, f"request body of {int(lengte):,} bytes; the limit is {grens:,}")
        invoer = environ["wsgi.input"]
        lichaam = invoer.read(min(int(lengte), grens + 1)) if lengte.isdigit() else b""
        if not lengte.isdigit():
            delen, gelezen = [], 0
            while gelezen <= grens:
                deel = invoer.read(min(65536, grens + 1 - gelezen))
                if not deel:
                    break
                delen.append(deel)
                gelezen += len(deel)
            lichaam = b"".join(delen)
        if len(lichaam) > grens:
            raise Afgewezen(413, f"request body larger than the limit of {grens:,} bytes")
        return lichaam

    def _cors(self, environ, start_response):
        toegestaan = self.limieten.cors
        herkomst = environ.get("HTTP_ORIGIN")

        def start(status, koppen, *rest):
            koppen = [(k, v) for k, v in koppen if not k.lower().startswith("access-control-")]
            if herkomst and ("*" in toegestaan or herkomst in toegestaan):
                koppen += [
                    ("Access-Control-Allow-Origin", "*" if "*" in toegestaan else herkomst),
                    ("Vary", "Origin"),
                ]
                if environ.get("REQUEST_METHOD") == "OPTIONS":
                    koppen += [
                        ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
                        ("Access-Control-Allow-Headers", "Content-Type"),
                    ]
            return start_response(status, koppen, *rest)

        return start


def _zonder_bron(gegevens):
    if isinstance(gegevens, dict):
        return {k: _zonder_bron(v) for k, v in gegevens.items() if k != "source"}
    if isinstance(gegevens, list):
        return [_zonder_bron(v) for v in gegevens]
    return gegevens


def _beoordeelde_dagen(situatie) -> list[str]:
    """The first days of the periods asked for (value null) in a situation."""
    dagen = set()
    for instanties in situatie.values() if isinstance(situatie, dict) else ():
        for instantie in instanties.values() if isinstance(instanties, dict) else ():
            for waarden in instantie.values() if isinstance(instantie, dict) else ():
                if isinstance(waarden, dict):
                    dagen.update(p for p, w in waarden.items() if w is None and p != "ETERNITY")
    return sorted({str(periods.period(p).start) for p in dagen})


def actualiteit(systeem, situatie) -> list[dict]:
    """The stale-law warnings (tools.actualiteit) of the days a situation asks for: each warning
    once, with the days it holds for (`checked_for`)."""
    from openfisca_arbeidsmigratie.tools.kern.actualiteit import Peiling

    peiling = Peiling(systeem)
    per_melding = {}
    for dag in _beoordeelde_dagen(situatie):
        for melding in peiling.op(dag):
            sleutel = (melding.soort, melding.naam, melding.datum)
            per_melding.setdefault(sleutel, (melding, []))[1].append(dag)
    weg = ("checked_for", "days", "text")
    return [
        {**{k: v for k, v in melding.als_dict().items() if k not in weg}, "checked_for": dagen}
        for melding, dagen in per_melding.values()
    ]


def _proxies(wsgi_app, limieten: Limieten):
    """X-Forwarded-For/-Host/-Proto trusted only from the `vertrouwde_proxies` proxies in front
    (werkzeug's ProxyFix, as its documentation advises): openfisca-core trusts one from anyone,
    so that a request could make `/spec` and the links point at another host."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    if isinstance(wsgi_app, ProxyFix):
        wsgi_app = wsgi_app.app
    n = limieten.vertrouwde_proxies
    return ProxyFix(wsgi_app, x_for=n, x_host=n, x_proto=n) if n else wsgi_app


def maak_app(systeem, limieten: Limieten = Limieten(), slotmap: Path | None = None):
    """openfisca-core's Web API for `systeem`, behind the project's limits."""
    from flask import jsonify
    from openfisca_web_api.app import create_app

    app = create_app(systeem)

    def invoerfout(fout):
        melding = getattr(fout, "error", None) or {"error": str(fout)}
        antwoord = jsonify(melding)
        antwoord.status_code = getattr(fout, "code", None) or 400
        return antwoord

    def parameter_ontbreekt(fout):
        antwoord = jsonify({"error": f"no parameter value on that date: {fout}"})
        antwoord.status_code = 400
        return antwoord

    app.register_error_handler(SituationParsingError, invoerfout)
    app.register_error_handler(ParameterNotFoundError, parameter_ontbreekt)

    @app.after_request
    def nabewerking(antwoord):
        if antwoord.is_json and antwoord.status_code == 200:
            from flask import request

            if request.path.rstrip("/") == "/calculate":
                gegevens = antwoord.get_json()
                situatie = json.loads(request.get_data())  # get_json() holds the answers now
                gegevens["aannames"] = aannames_van_situatie(systeem, situatie)
                antwoord.set_data(json.dumps(gegevens))

            if request.path.startswith(("/variable/", "/parameter/")):
                gegevens = _zonder_bron(antwoord.get_json())
                variabele = systeem.variables.get(gegevens.get("id", ""))
                numeriek = isinstance(variabele, Invoer) and variabele.value_type in (int, float)
                if request.path.startswith("/variable/") and numeriek:
                    gegevens["minimum"], gegevens["maximum"] = bereik(variabele)
                antwoord.set_data(json.dumps(gegevens))
            elif request.path.rstrip("/") == "/calculate":
                gegevens = antwoord.get_json()
                # openfisca-core fills the parsed request in place: read the body as sent.
                situatie = json.loads(request.get_data())
                gegevens["actualiteit"] = actualiteit(systeem, situatie)
                antwoord.set_data(json.dumps(gegevens))
        return antwoord

    eigen = slotmap is None
    slotmap = Path(tempfile.mkdtemp(prefix="arbeidsmigratie-serve-")) if eigen else slotmap
    app.wsgi_app = Bewaker(_proxies(app.wsgi_app, limieten), systeem, limieten, slotmap)
    if eigen:
        weakref.finalize(app.wsgi_app, ruim_slotmap_op, slotmap, os.getpid())
    return app


def ruim_slotmap_op(slotmap: Path, eigenaar: int) -> None:
    """The lock directory `maak_app` made, removed when the guard using it (the app's WSGI
    callable) is freed or the process ends; a forked worker process that ends leaves it to the
    process that made it."""
    if os.getpid() == eigenaar:
        shutil.rmtree(slotmap, ignore_errors=True)
