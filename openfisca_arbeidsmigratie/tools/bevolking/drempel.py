"""Which value of one parameter gives the wanted number of admissions (the bandbreedte question).

Admissions are the persons for whom `toegelaten_arbeidsmigrant` holds (their route is one of
the parameter `toelating.toegelaten_routes`: knowledge migrant, Blue Card, BuWav exemption, TWV).
The population is computed once per value; the residence-history walks are shared between values
when the residence rules do not change.
"""

from dataclasses import dataclass

import numpy as np

from openfisca_arbeidsmigratie.tools.kern.register import HervormingsFout, parameter_op_datum

# The population machinery (`doorgang`, `rekenen`: pyarrow, pandas) is imported where a value is
# counted, not with this module: the command line reads `MAX_STAPPEN` for every command.

STAPPEN_BISECTIE = 40
MAX_STAPPEN = 1_000
"""Most values in one table: each is a pass over the whole population."""


@dataclass
class Punt:
    waarde: float
    toegelaten: int
    aandeel: float
    verandering: float


def lokale_teller(systeem, invoer_blokken, datum: str):
    """Admissions under one parameter value, over chunks prepared in this process."""
    from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Opdracht, systemen_van
    from openfisca_arbeidsmigratie.tools.bevolking.rekenen import bereken_blok

    def tel(waarde) -> int:
        systemen = systemen_van(systeem, Opdracht(datum, (waarde,), huidig_recht=False))
        totaal = 0
        for invoer in invoer_blokken:
            uitkomst = bereken_blok(systemen, invoer, datum, ["toegelaten_arbeidsmigrant"])
            totaal += int(uitkomst[waarde.naam]["toegelaten_arbeidsmigrant"].sum())
        return totaal

    return tel


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
        from openfisca_arbeidsmigratie.tools.bevolking.doorgang import Parameterwaarde

        waarde = float(waarde)
        if waarde not in self._gezien:
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
