"""Date windows counted in whole years, vectorised over persons."""

import numpy as np

GEEN_DATUM = np.datetime64("1900-01-01")


def _jmd(datums) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    datums = np.asarray(datums, dtype="datetime64[D]")
    jaar = datums.astype("datetime64[Y]").astype(int) + 1970
    maand = datums.astype("datetime64[M]").astype(int) % 12 + 1
    dag = (datums - datums.astype("datetime64[M]")).astype(int) + 1
    return jaar, maand, dag


def binnen_jaren_na(datum, gebeurtenis, jaren) -> np.ndarray:
    """`datum` (an instant) lies on or after `gebeurtenis`, on or before its `jaren`-th anniversary.

    The anniversary of 29 February is 28 February in a common year. `gebeurtenis` equal to
    `GEEN_DATUM` (no date known) is never within a window.
    """
    gebeurtenis = np.asarray(gebeurtenis, dtype="datetime64[D]")
    j, m, d = _jmd(gebeurtenis)
    dj, dm, dd = datum.year - np.asarray(jaren), datum.month, datum.day
    niet_later = (dj < j) | ((dj == j) & ((dm < m) | ((dm == m) & (dd <= d))))
    dag = np.datetime64(str(datum), "D")
    return (gebeurtenis != GEEN_DATUM) & (gebeurtenis <= dag) & niet_later


def voor_maanden_verstreken(datum, gebeurtenis, maanden) -> np.ndarray:
    """`datum` (an instant) lies on or after `gebeurtenis`, before `maanden` months have passed.

    The months have passed on the same day of the month `maanden` months later, or on the last
    day of that month when it is shorter (31 August + 6 months: 28 or 29 February).
    `gebeurtenis` equal to `GEEN_DATUM` is never within.
    """
    gebeurtenis = np.asarray(gebeurtenis, dtype="datetime64[D]")
    begin_maand = gebeurtenis.astype("datetime64[M]") + np.asarray(maanden)
    lengte = (
        (begin_maand + 1).astype("datetime64[D]") - begin_maand.astype("datetime64[D]")
    ).astype(int)
    dag_in_maand = (gebeurtenis - gebeurtenis.astype("datetime64[M]")).astype(int)
    verstreken = begin_maand.astype("datetime64[D]") + np.minimum(dag_in_maand, lengte - 1)
    dag = np.datetime64(str(datum), "D")
    return (gebeurtenis != GEEN_DATUM) & (gebeurtenis <= dag) & (dag < verstreken)


def volle_maanden_sinds(datum, gebeurtenis) -> np.ndarray:
    """Completed calendar months from `gebeurtenis` to `datum` (an instant); 0 when later.

    A month is completed on the same day of the next month (31 January to 28 February is not).
    """
    j, m, d = _jmd(gebeurtenis)
    maanden = 12 * (datum.year - j) + (datum.month - m) - np.where(d > datum.day, 1, 0)
    return np.maximum(maanden, 0)


def leeftijd_op(datum, geboren) -> np.ndarray:
    """Age in completed years on `datum` (an instant); a birthday counts from the day itself."""
    j, m, d = _jmd(geboren)
    nog_niet_jarig = (m > datum.month) | ((m == datum.month) & (d > datum.day))
    return datum.year - j - np.where(nog_niet_jarig, 1, 0)
