"""Spec benchmark (issue 22): one spec over a grid of 1,000,000 combinations under two systems.

The target is 10 s on two cores. The spec compares current law with a reform over 1,000 wages x
20 ages x 50 nationalities (every combination enumerated, in chunks of 50,000, one simulation per
system and chunk). `--aantal-lonen` makes the grid smaller for a quick run.
"""

import argparse
import tempfile
import time
from pathlib import Path

from openfisca_arbeidsmigratie.model.landen import Land
from openfisca_arbeidsmigratie.tools.specs import Systemen, laad
from openfisca_arbeidsmigratie.tools.specs.zoeken import controleer_spec

SPEC = """naam: benchmark
bron: benchmarks/specs.py
systemen: {{huidig: huidig_recht, hervormd: kennismigrant_salarisnormen_verhoogd}}
datum: 2026-06-15
domein:
  bruto_maandloon: [{lonen}]
  leeftijd: [{leeftijden}]
  nationaliteit: [{landen}]
  erkend_referent: [true]
vast:
  arbeidsovereenkomst_maanden: 12
eigenschappen:
  - naam: nobody becomes a knowledge migrant by it
    niemand_wint: kennismigrant_toelaatbaar
  - naam: the Blue Card is untouched
    ongewijzigd: [blauwe_kaart_toelaatbaar]
"""


def main() -> None:
    opties = argparse.ArgumentParser(description=__doc__)
    opties.add_argument("--aantal-lonen", type=int, default=1000)
    argumenten = opties.parse_args()
    lonen = ", ".join(str(2000 + 7 * i) for i in range(argumenten.aantal_lonen))
    leeftijden = ", ".join(str(20 + i) for i in range(20))
    landen = ", ".join(f'"{lid.name}"' for lid in list(Land)[:50])
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "benchmark.spec.yaml"
        pad.write_text(SPEC.format(lonen=lonen, leeftijden=leeftijden, landen=landen))
        systemen = Systemen()
        [spec] = laad([pad], systemen)
        begin = time.perf_counter()
        verslag = controleer_spec(spec, 10_000_000)
        tijd = time.perf_counter() - begin
    print(
        f"{verslag.aantal:,} combinations under 2 systems: {tijd:.1f} s "
        f"({verslag.aantal / tijd:,.0f} per second); holds: {verslag.geldt}"
    )


if __name__ == "__main__":
    main()
