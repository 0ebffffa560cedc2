"""Helpers for amounts and time units, shared by the rules."""

import numpy as np

MAANDEN_PER_JAAR = 12
WEKEN_PER_JAAR = 52
CENTEN_PER_EURO = 100


def in_centen(bedrag) -> np.ndarray:
    """An amount in whole cents, so that comparisons with a criterion are exact to the cent."""
    return np.round(np.asarray(bedrag, dtype=np.float64) * CENTEN_PER_EURO)


def ten_minste(bedrag, norm) -> np.ndarray:
    """`bedrag >= norm`, compared in whole cents (float32 inputs cannot blur the boundary)."""
    return in_centen(bedrag) >= in_centen(norm)


def jaarfactor(vakantiebijslag) -> float:
    """Months per year times one plus the holiday allowance: monthly wage to annual wage."""
    return MAANDEN_PER_JAAR * (1 + vakantiebijslag)


def jaarloon_haalt_jaarnorm(maandloon, jaarnorm, vakantiebijslag) -> np.ndarray:
    """A monthly wage excluding holiday allowance, made annual including it, reaches an annual norm.

    Computed in float64 cents without rounding the annual wage, so that it agrees exactly with
    `maandnorm_uit_jaarnorm`.
    """
    jaarloon_centen = in_centen(maandloon) * jaarfactor(vakantiebijslag)
    return np.round(jaarloon_centen, 4) >= in_centen(jaarnorm)


def maandnorm_uit_jaarnorm(jaarnorm, vakantiebijslag) -> np.ndarray:
    """The lowest monthly wage in whole cents whose annual wage reaches the annual norm."""
    centen = np.ceil(np.round(in_centen(jaarnorm) / jaarfactor(vakantiebijslag), 4))
    return centen / CENTEN_PER_EURO
