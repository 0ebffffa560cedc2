"""Plain-text tables for the command line."""


def opmaak(waarde) -> str:
    if isinstance(waarde, bool):
        return "yes" if waarde else "no"
    if isinstance(waarde, float):
        return f"{waarde:,.2f}"
    return str(waarde)


def tekst_tabel(koppen: list[str], rijen: list[list]) -> str:
    """A table with a header row, columns padded to their widest cell."""
    cellen = [koppen] + [[opmaak(w) for w in rij] for rij in rijen]
    breedtes = [max(len(rij[i]) for rij in cellen) for i in range(len(koppen))]
    regels = [
        "  ".join(c.ljust(b) for c, b in zip(rij, breedtes, strict=True)).rstrip() for rij in cellen
    ]
    regels.insert(1, "  ".join("-" * b for b in breedtes))
    return "\n".join(regels)
