"""The search for a spec: rounds over a grid holding every recorded boundary (a proof when every
cell of the partition has a point), or random and Hypothesis search when the grid is too large;
each failure shrunk to a minimal combination."""

import math
import time

import numpy as np
from openfisca_core.errors import ParameterNotFoundError

from openfisca_arbeidsmigratie.tools.specs.controle import (
    BLOK,
    RONDES,
    Controle,
    Tegenvoorbeeld,
    Verslag,
)
from openfisca_arbeidsmigratie.tools.specs.opname import Opname

HYPOTHESE_BATCHES = 25
HYPOTHESE_GROOTTE = 64
BEVOLKING = 10_000


def _combinaties(roosters: dict, begin: int, eind: int) -> dict:
    namen = list(roosters)
    index = np.unravel_index(np.arange(begin, eind), [len(roosters[n]) for n in namen])
    return {n: roosters[n][i] for n, i in zip(namen, index, strict=True)}


def _yaml(c: Controle, naam, waarde):
    domein = c.spec.domein.get(naam) or c.spec.vast.get(naam)
    return domein.als_yaml(waarde)


def _tegenvoorbeeld(c: Controle, e, fouten, invoer, uitkomsten, extra) -> Tegenvoorbeeld:
    i = int(fouten[0])
    waarden = {
        sleutel: w.array[i].item() if w.array.ndim else w.array.item()
        for sleutel, w in uitkomsten.items()
    }
    for sleutel, w in uitkomsten.items():
        if w.enum is not None:
            waarden[sleutel] = list(w.enum)[int(w.array[i])].name
    combinatie = {n: _yaml(c, n, w[i]) for n, w in invoer.items()}
    if e.soort == "monotoon":
        combinatie[f"{e.invoer} (higher)"] = _yaml(c, e.invoer, extra[0][e.invoer][i])
    return Tegenvoorbeeld(e, c.datum, combinatie, waarden)


def _verklein(c: Controle, e, combinatie: dict, roosters: dict) -> dict:
    """Greedy shrinking: move one input at a time to a simpler value (the domain's first value,
    or a lower grid value) while the property still fails; all candidates of a round at once."""
    for _ in range(40):
        kandidaten = []
        for naam, waarde in combinatie.items():
            domein = c.domein[naam]
            lager = roosters.get(naam) if naam in roosters else domein.rooster()
            lager = lager[lager < waarde] if domein.soort in ("getal", "datum") else lager[:1]
            keuzes = {lager[0], lager[len(lager) // 2]} if len(lager) else set()
            if domein.soort == "getal" and domein.bereik and waarde > domein.van:
                keuzes.add(domein.van)
            for keuze in keuzes:
                if keuze != waarde:
                    kandidaten.append({**combinatie, naam: keuze})
        if not kandidaten:
            return combinatie
        invoer = {
            n: np.asarray([k[n] for k in kandidaten], dtype=c.domein[n].dtype) for n in combinatie
        }
        fouten = c.evalueer(invoer, roosters)[e.naam][0]
        if not len(fouten):
            return combinatie
        combinatie = kandidaten[int(fouten[0])]
    return combinatie


def _meld(c: Controle, verslag: Verslag, uitkomst: dict, roosters: dict) -> bool:
    gevonden = False
    for e in c.spec.eigenschappen:
        if e.naam not in uitkomst:
            continue
        fouten, invoer, _, _ = uitkomst[e.naam]
        if not len(fouten) or any(m.eigenschap is e for m in verslag.mislukt):
            continue
        gevonden = True
        i = int(fouten[0])
        combinatie = {n: invoer[n][i] for n in c.domein}
        klein = _verklein(c, e, combinatie, roosters) if c.domein else combinatie
        enkel = {n: np.asarray([w], dtype=c.domein[n].dtype) for n, w in klein.items()}
        fouten, invoer, uitkomsten, extra = c.evalueer(enkel, roosters)[e.naam]
        verslag.mislukt.append(_tegenvoorbeeld(c, e, fouten, invoer, uitkomsten, extra))
        c.actief.discard(e.naam)
    return gevonden


def _rooster(c: Controle, verslag: Verslag, roosters, opname) -> bool:
    """Every combination of the grid, in chunks; whether a counterexample was found (the other
    properties are still checked on the whole grid)."""
    grootte = math.prod(len(r) for r in roosters.values()) if roosters else 1
    gevonden = False
    for begin in range(0, grootte, BLOK):
        if not c.actief:
            break
        eind = min(begin + BLOK, grootte)
        invoer = _combinaties(roosters, begin, eind) if roosters else {}
        gevonden |= _meld(c, verslag, c.evalueer(invoer, roosters, opname), roosters)
        verslag.aantal += eind - begin
    return gevonden


def controleer_datum(c: Controle, verslag: Verslag) -> None:
    drempels: dict = {}
    ontsnapt: dict = {}
    verslag.opgesomd = sorted(set(verslag.opgesomd) | set(c.domein))
    for ronde in range(RONDES):
        roosters = c.roosters(drempels)
        grootte = math.prod(len(r) for r in roosters.values()) if roosters else 1
        if grootte > c.budget:
            return _steekproef(c, verslag, drempels, grootte)
        opname = Opname(c.gevolgd) if c.bewijs and c.gevolgd else None
        if _rooster(c, verslag, roosters, opname):
            _reden(verslag, "a counterexample was found")
        if not c.actief:
            return None
        if opname is None:
            if not c.bewijs and c.gevolgd:
                _niet_bewezen(
                    verslag, "proof not asked (--zonder-bewijs): grid of the domain's ends"
                )
            return None
        for naam, redenen in opname.ontsnapt.items():
            ontsnapt.setdefault(naam, set()).update(redenen)
        onbedekt = [
            n
            for n, d in c.domein.items()
            if n in c.gevolgd and not d.gedekt(opname.drempels.get(n, ()), roosters[n])
        ]
        if not onbedekt:
            break
        for naam, waarden in opname.drempels.items():
            drempels.setdefault(naam, set()).update(waarden)
        if ronde == RONDES - 1:
            _niet_bewezen(
                verslag,
                f"the partition of {', '.join(onbedekt)} is not covered after {RONDES} rounds",
            )
    for naam, redenen in sorted(ontsnapt.items()):
        _niet_bewezen(
            verslag, f"{naam} is used otherwise than compared ({', '.join(sorted(redenen))})"
        )
    return None


def _reden(verslag: Verslag, reden: str) -> None:
    if reden not in verslag.redenen:
        verslag.redenen.append(reden)


def _niet_bewezen(verslag: Verslag, reden: str) -> None:
    if verslag.oordeel == "proved":
        verslag.oordeel = "checked"
    if reden not in verslag.redenen:
        verslag.redenen.append(reden)


def _steekproef(c: Controle, verslag: Verslag, drempels, grootte) -> None:
    verslag.oordeel = "sampled"
    _reden(verslag, f"the grid has {grootte:,} combinations, more than the budget {c.budget:,}")
    bemonsterd = {n for n, d in c.domein.items() if d.aantal_punten() > 1}
    verslag.bemonsterd = sorted(set(verslag.bemonsterd) | bemonsterd)
    verslag.opgesomd = sorted(set(verslag.opgesomd) - bemonsterd)
    rng = np.random.default_rng(c.zaad)
    for begin in range(0, c.budget, BLOK):
        aantal = min(BLOK, c.budget - begin)
        invoer = {n: d.steekproef(rng, aantal, drempels.get(n, ())) for n, d in c.domein.items()}
        opname = Opname(c.gevolgd) if begin == 0 and c.gevolgd else None
        verslag.aantal += aantal
        _meld(c, verslag, c.evalueer(invoer, opname=opname), {})
        if not c.actief:
            return
        if opname is not None:
            drempels = {n: drempels.get(n, set()) | w for n, w in opname.drempels.items()}
    _bevolking(c, verslag, rng, drempels, min(c.budget, BEVOLKING))
    if c.actief:
        _hypothese(c, verslag, drempels)


def _bevolking(c: Controle, verslag: Verslag, rng, drempels, aantal: int) -> bool:
    """The synthetic population (tools/bevolking/generator.py): each person's values where they
    lie in the domain (numbers moved to the nearest lattice point), a random value elsewhere."""
    from openfisca_arbeidsmigratie.tools.bevolking.generator import genereer
    from openfisca_arbeidsmigratie.tools.bevolking.kolom import naar_model
    from openfisca_arbeidsmigratie.tools.bevolking.schema import persoonkolommen

    systeem = next(iter(c.systemen.values()))
    try:
        personen, _ = genereer(systeem, aantal, c.zaad, c.datum)
    except ParameterNotFoundError:
        _reden(verslag, f"no synthetic population on {c.datum} (a parameter has no value)")
        return False
    kolommen = persoonkolommen(systeem)
    invoer = {}
    for naam, d in c.domein.items():
        waarden = d.steekproef(rng, aantal, drempels.get(naam, ()))
        if naam in personen.column_names and naam in kolommen:
            echt = np.asarray(naar_model(kolommen[naam], personen.column(naam))).astype(d.dtype)
            if d.bereik:
                echt = d.punten(np.round((echt.astype(np.float64) - d.van) / d.stap))
                binnen = (echt >= d.van) & (echt <= d.tot)
            else:
                binnen = np.isin(echt, d.waarden)
            waarden = np.where(binnen, echt, waarden).astype(d.dtype)
        invoer[naam] = waarden
    verslag.aantal += aantal
    verslag.bevolking += aantal
    return _meld(c, verslag, c.evalueer(invoer), {})


def _hypothese(c: Controle, verslag: Verslag, drempels) -> None:
    """A seeded Hypothesis search over batches of combinations, shrunk by Hypothesis."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
    from hypothesis import strategies as st

    def strategie(d):
        waarden = d.rooster(drempels.get(d.naam, ()))
        if not d.bereik:
            return st.sampled_from(list(waarden))
        overal = st.integers(0, d.aantal_punten() - 1).map(lambda i: d.punten([i])[0])
        return st.one_of(overal, st.sampled_from(list(waarden)))

    geval = st.fixed_dictionaries({n: strategie(d) for n, d in c.domein.items()})
    gevonden = {}

    @seed(c.zaad)
    @settings(
        max_examples=HYPOTHESE_BATCHES,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        phases=[Phase.generate, Phase.shrink],
    )
    @given(st.lists(geval, min_size=1, max_size=HYPOTHESE_GROOTTE))
    def zoek(lijst):
        invoer = {n: np.asarray([g[n] for g in lijst], dtype=d.dtype) for n, d in c.domein.items()}
        verslag.aantal += len(lijst)
        uitkomst = c.evalueer(invoer)
        if any(len(u[0]) for u in uitkomst.values()):
            gevonden["uitkomst"] = uitkomst
            raise AssertionError("counterexample")

    try:
        zoek()
    except AssertionError:
        _meld(c, verslag, gevonden["uitkomst"], {})


def controleer_spec(spec, budget: int, zaad: int = 2026, bewijs: bool = True) -> Verslag:
    verslag = Verslag(spec)
    begin = time.perf_counter()
    for datum in spec.datums:
        controleer_datum(Controle(spec, datum, spec.budget or budget, zaad, bewijs), verslag)
    verslag.tijd = time.perf_counter() - begin
    return verslag
