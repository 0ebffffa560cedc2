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
