"""Small inline SVG charts, drawn on the server: no script or library needed to see them."""

from dataclasses import dataclass
from datetime import date
from html import escape

KLEUREN = ["#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#843c0c"]


def _getal(waarde: float) -> str:
    if float(waarde).is_integer():
        return f"{int(waarde):,}".replace(",", ".")
    return f"{waarde:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def staafdiagram(titel: str, groepen: list[str], reeksen: dict[str, list[int]]) -> str:
    """Grouped bars: one group per route, one bar per system, the count above each bar."""
    breedte, hoogte, links, onder, boven = 760, 300, 56, 64, 24
    hoogste = max([1, *[w for waarden in reeksen.values() for w in waarden]])
    vak = (breedte - links - 10) / max(len(groepen), 1)
    staaf = vak * 0.8 / max(len(reeksen), 1)
    schaal = (hoogte - onder - boven) / hoogste
    delen = [
        f'<svg class="grafiek" viewBox="0 0 {breedte} {hoogte + 24 * len(reeksen)}" '
        f'role="img" aria-labelledby="grafiektitel" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="grafiektitel">{escape(titel)}</title>',
        f'<line x1="{links}" y1="{hoogte - onder}" x2="{breedte - 10}" y2="{hoogte - onder}" '
        'stroke="#333"/>',
    ]
    for stap in range(5):
        waarde = hoogste * stap / 4
        y = hoogte - onder - waarde * schaal
        delen.append(
            f'<text x="{links - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{_getal(round(waarde))}</text>"
            f'<line x1="{links}" y1="{y:.1f}" x2="{breedte - 10}" y2="{y:.1f}" stroke="#ddd"/>'
        )
    for i, groep in enumerate(groepen):
        x0 = links + i * vak + vak * 0.1
        for j, (naam, waarden) in enumerate(reeksen.items()):
            h = waarden[i] * schaal
            x = x0 + j * staaf
            y = hoogte - onder - h
            kleur = KLEUREN[j % len(KLEUREN)]
            delen.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{staaf * 0.92:.1f}" height="{h:.1f}" '
                f'fill="{kleur}"><title>{escape(naam)}, {escape(groep)}: '
                f"{_getal(waarden[i])}</title></rect>"
                f'<text x="{x + staaf * 0.46:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                f'font-size="10">{_getal(waarden[i])}</text>'
            )
        delen.append(
            f'<text x="{links + i * vak + vak / 2:.1f}" y="{hoogte - onder + 16}" '
            f'text-anchor="middle" font-size="12">{escape(groep)}</text>'
        )
    for j, naam in enumerate(reeksen):
        y = hoogte - 10 + 24 * j
        delen.append(
            f'<rect x="{links}" y="{y - 11}" width="14" height="14" '
            f'fill="{KLEUREN[j % len(KLEUREN)]}"/>'
            f'<text x="{links + 20}" y="{y}" font-size="12">{escape(naam)}</text>'
        )
    delen.append("</svg>")
    return "".join(delen)


def trapgrafiek(titel: str, punten: list[tuple[str, float]], tot: str | None = None) -> str:
    """A step line of dated values (oldest first), held until `tot` or a year after the last."""
    if not punten:
        return ""
    breedte, hoogte, links, onder, boven, rechts = 760, 240, 70, 30, 16, 30
    dagen = [date.fromisoformat(d).toordinal() for d, _ in punten]
    einde = date.fromisoformat(tot).toordinal() if tot else dagen[-1] + 365
    einde = max(einde, dagen[-1] + 30)
    waarden = [w for _, w in punten]
    laag, hoog = min(0, *waarden), max(waarden) or 1
    sx = (breedte - links - rechts) / (einde - dagen[0])
    sy = (hoogte - onder - boven) / ((hoog - laag) or 1)

    def xy(dag, waarde):
        return links + (dag - dagen[0]) * sx, hoogte - onder - (waarde - laag) * sy

    lijn = []
    for i, (dag, waarde) in enumerate(zip(dagen, waarden, strict=True)):
        volgende = dagen[i + 1] if i + 1 < len(dagen) else einde
        (x1, y), (x2, _) = xy(dag, waarde), xy(volgende, waarde)
        lijn.append(f"{'M' if i == 0 else 'L'}{x1:.1f},{y:.1f} L{x2:.1f},{y:.1f}")
    delen = [
        f'<svg class="grafiek" viewBox="0 0 {breedte} {hoogte}" role="img" '
        f'aria-labelledby="tijdlijntitel" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="tijdlijntitel">{escape(titel)}</title>',
        f'<path d="{" ".join(lijn)}" fill="none" stroke="{KLEUREN[0]}" stroke-width="2"/>',
    ]
    for stap in range(5):
        waarde = laag + (hoog - laag) * stap / 4
        _, y = xy(dagen[0], waarde)
        delen.append(
            f'<text x="{links - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">'
            f"{_getal(round(waarde, 2))}</text>"
            f'<line x1="{links}" y1="{y:.1f}" x2="{breedte - 10}" y2="{y:.1f}" stroke="#ddd"/>'
        )
    jaren = sorted({date.fromordinal(d).year for d in (dagen[0], einde)})
    eerste, laatste = jaren[0], jaren[-1]
    stap = max(1, (laatste - eerste) // 8)
    for jaar in range(eerste + 1, laatste + 1, stap):
        x, _ = xy(date(jaar, 1, 1).toordinal(), laag)
        delen.append(
            f'<text x="{x:.1f}" y="{hoogte - 10}" text-anchor="middle" font-size="11">{jaar}</text>'
        )
    for dag, waarde in zip(dagen, waarden, strict=True):
        x, y = xy(dag, waarde)
        delen.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{KLEUREN[1]}">'
            f"<title>{date.fromordinal(dag).isoformat()}: {_getal(waarde)}</title></circle>"
        )
    delen.append("</svg>")
    return "".join(delen)


def routebanden(
    titel: str,
    as_label: str,
    waarden: list[float],
    routes: dict[str, list[str]],
    criteria: list[tuple[float, str]],
    naam_van=str,
    kleur_van=None,
) -> str:
    """One band per system along an axis (wage, age), coloured by route; criteria as lines.

    `kleur_van` gives each route its colour, the same in every chart (default: in order)."""
    soorten = list(dict.fromkeys(r for rij in routes.values() for r in rij))
    kleur = {
        r: (kleur_van or {}).get(r) or KLEUREN[i % len(KLEUREN)] for i, r in enumerate(soorten)
    }
    laag, hoog = waarden[0], waarden[-1]
    as_ = _As(laag, (_BREEDTE - _LINKS - _RECHTS) / ((hoog - laag) or 1))
    onder = _BOVEN + _BAND * len(routes)
    hoogte = onder + 40 + 18 * len(soorten) + 14 * len(criteria)
    delen = [
        f'<svg class="grafiek routeas" viewBox="0 0 {_BREEDTE} {hoogte}" role="img" '
        f'aria-label="{escape(titel)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(titel)}</title>",
        *_banden(as_, waarden, routes, kleur, naam_van),
        *_as_en_criteria(as_, hoog, onder, as_label, criteria),
        *_legenda(onder + 48, soorten, kleur, naam_van, criteria),
        "</svg>",
    ]
    return "".join(delen)


_BREEDTE, _LINKS, _RECHTS, _BAND, _BOVEN = 760, 170, 20, 26, 22


@dataclass(frozen=True)
class _As:
    """The horizontal axis of the route bands: its lowest value and pixels per unit."""

    laag: float
    sx: float

    def x(self, waarde: float) -> float:
        return _LINKS + (waarde - self.laag) * self.sx


def _banden(as_: _As, waarden: list, routes: dict, kleur: dict, naam_van) -> list[str]:
    """One row per system: its title, then a rectangle per value coloured by its route."""
    stap = (waarden[1] - waarden[0]) if len(waarden) > 1 else 1
    delen = []
    for j, (systeem, rij) in enumerate(routes.items()):
        y = _BOVEN + j * _BAND
        delen.append(
            f'<text x="{_LINKS - 6}" y="{y + _BAND * 0.65:.1f}" text-anchor="end" '
            f'font-size="11">{escape(systeem[:28])}</text>'
        )
        for waarde, route in zip(waarden, rij, strict=True):
            x = as_.x(waarde - stap / 2)
            delen.append(
                f'<rect x="{max(x, _LINKS):.1f}" y="{y + 2}" width="{stap * as_.sx + 0.5:.1f}" '
                f'height="{_BAND - 4}" fill="{kleur[route]}"><title>{escape(systeem)}, '
                f"{_getal(waarde)}: {escape(naam_van(route))}</title></rect>"
            )
    return delen


def _as_en_criteria(as_: _As, hoog: float, onder: float, as_label: str, criteria) -> list[str]:
    """The axis's ticks and label; each criterion a numbered dashed line across the bands."""
    delen = []
    for i in range(5):
        waarde = as_.laag + (hoog - as_.laag) * i / 4
        delen.append(
            f'<text x="{as_.x(waarde):.1f}" y="{onder + 14}" text-anchor="middle" '
            f'font-size="11">{_getal(round(waarde))}</text>'
        )
    delen.append(
        f'<text x="{_LINKS}" y="{onder + 30}" font-size="11" font-weight="600">'
        f"{escape(as_label)}</text>"
    )
    for i, (waarde, _label) in enumerate(criteria):
        x = as_.x(waarde)
        delen.append(
            f'<line x1="{x:.1f}" y1="{_BOVEN - 6}" x2="{x:.1f}" y2="{onder + 2}" stroke="#000" '
            f'stroke-dasharray="4 3"/><text x="{x + 3:.1f}" y="{_BOVEN - 8}" font-size="10">'
            f"{i + 1}</text>"
        )
    return delen


def _legenda(y: float, soorten: list, kleur: dict, naam_van, criteria) -> list[str]:
    """The routes' colours, then the criteria by number with their values."""
    delen = []
    for route in soorten:
        delen.append(
            f'<rect x="{_LINKS}" y="{y - 10}" width="12" height="12" fill="{kleur[route]}"/>'
            f'<text x="{_LINKS + 18}" y="{y}" font-size="11">{escape(naam_van(route))}</text>'
        )
        y += 18
    for i, (waarde, label) in enumerate(criteria):
        delen.append(
            f'<text x="{_LINKS}" y="{y}" font-size="11">{i + 1}: {escape(label)} '
            f"{_getal(waarde)}</text>"
        )
        y += 14
    return delen
