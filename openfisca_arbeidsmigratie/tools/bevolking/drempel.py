"""Which value of one parameter gives the wanted number of admissions (the bandbreedte question).

Admissions are the persons for whom `toegelaten_arbeidsmigrant` holds (their route is one of
the parameter `toelating.toegelaten_routes` on the date: knowledge migrant, Blue Card, BuWav
exemption, Decision 1/80, TWV).
The population is computed once per value, each a run of the population loop (`doorgang.doorloop`):
in this process over the chunks read and checked once (`doorgang.Bewaard`), where the
residence-history walks are shared between values when the residence rules do not change, or on a
Dask cluster (`cluster.cluster_teller`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, parameter_op_datum

if TYPE_CHECKING:
    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import (
        Bewaard,
        Opdracht,
        Parameterwaarde,
        Uitvoerder,
    )

# The population machinery (`doorgang`: pyarrow, pandas) is imported where a value is counted,
# not with this module: the command line reads `MAX_STAPPEN` for every command.

STAPPEN_BISECTIE = 40
MAX_STAPPEN = 1_000
"""Most values in one table: each is a pass over the whole population."""


@dataclass
class Punt:
    waarde: float
    toegelaten: int
    aandeel: float
    verandering: float


def telopdracht(opdracht: Opdracht, waarde: Parameterwaarde) -> Opdracht:
    """The run that counts admissions under one parameter value only."""
    return replace(
        opdracht,
        hervormingen=(waarde,),
        variabelen=("toelatingsroute",),
        per_persoon=False,
        huidig_recht=False,
        alleen_controleren=False,
    )


def teller(systeem, opdracht: Opdracht, bron, blokgrootte: int, uitvoerder: Uitvoerder):
    """Admissions under one parameter value: a run of the population loop on `uitvoerder`."""

    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import doorloop

    def tel(waarde: Parameterwaarde) -> int:
        eigen = telopdracht(opdracht, waarde)
        telling = doorloop(systeem, eigen, bron, blokgrootte, uitvoerder)
        return sum(telling.toegelaten_per_route(waarde.naam).values())

    return tel


def lokale_teller(systeem, bewaard: Bewaard, datum: str):
    """Admissions under one parameter value, over the chunks `doorgang.voorbereid` kept."""
    opdracht = replace(bewaard.opdracht, datum=datum)
    return teller(systeem, opdracht, bewaard.bron, bewaard.blokgrootte, bewaard)


class Drempel:
    """Admissions as a function of one parameter's value on a date.

    `tel` counts the admissions under a `Parameterwaarde` (over chunks in this process, or on a
    Dask cluster); `aantal` is the number of persons.
    """

    def __init__(self, systeem, tel, pad: str, datum: str, aantal: int):
        self.pad = pad
        self.datum = datum
        huidig = parameter_op_datum(systeem, pad, datum)
        if isinstance(huidig, bool) or not isinstance(huidig, int | float):
            raise HervormingsFout(
                f"parameter '{pad}' has value {huidig!r} on {datum}: only a number can be varied"
            )
        self.huidig = float(huidig)
        self.aantal = aantal
        self._tel = tel
        self._gezien = {}
        self.basis = self.toegelaten(self.huidig)

    def toegelaten(self, waarde: float) -> int:
        waarde = float(waarde)
        if waarde not in self._gezien:
            from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Parameterwaarde

            self._gezien[waarde] = self._tel(Parameterwaarde(self.pad, self.datum, waarde))
        return self._gezien[waarde]

    def punt(self, waarde: float) -> Punt:
        aantal = self.toegelaten(waarde)
        verandering = (aantal - self.basis) / self.basis if self.basis else 0.0
        return Punt(waarde, aantal, aantal / self.aantal if self.aantal else 0.0, verandering)

    def reeks(self, van: float, tot: float, stappen: int) -> list[Punt]:
        waarden = sorted({*np.linspace(van, tot, stappen).round(6).tolist(), self.huidig})
        return [self.punt(w) for w in waarden]

    def zoek(self, doel: float, van: float, tot: float, precisie: float) -> tuple[Punt, bool]:
        """Bisection for the value whose change in admissions first reaches `doel` (a fraction).

        Returns the point found and whether the target was reached within [van, tot].
        """
        laag, hoog = self.punt(van), self.punt(tot)
        bereikt = (laag.verandering - doel) * (hoog.verandering - doel) <= 0
        if not bereikt:
            beste = min((laag, hoog), key=lambda p: abs(p.verandering - doel))
            return beste, False
        onder, boven = (van, tot)
        for _ in range(STAPPEN_BISECTIE):
            if abs(boven - onder) <= precisie:
                break
            midden = (onder + boven) / 2
            if (self.punt(midden).verandering - doel) * (laag.verandering - doel) > 0:
                onder = midden
            else:
                boven = midden
        return self.punt(round(boven / precisie) * precisie if precisie else boven), True
