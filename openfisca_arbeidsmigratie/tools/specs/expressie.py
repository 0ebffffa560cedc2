"""The expressions of a spec: a small grammar read with Python's `ast`, never evaluated by Python.

Only these forms are accepted: names (an input or a variable), `systeem.variabele` (a variable
under a named system), numbers, strings (enum members such as `'blauwe_kaart'` or country codes),
`true`/`false`, lists of constants, `parameter('pad')` (a parameter's value on the date under
the first system), comparisons (`== != < <= > >= in not in`, chained), `and`, `or`, `not`,
`+ - * /`, unary minus and `abs(...)`; `datum`, the date checked, compares with 'YYYY-MM-DD'.
Everything else is refused with its position.
An expression is evaluated over arrays (one element per combination), all at once.
"""

import ast
from dataclasses import dataclass

import numpy as np

VERGELIJKINGEN = {
    ast.Eq: np.equal,
    ast.NotEq: np.not_equal,
    ast.Lt: np.less,
    ast.LtE: np.less_equal,
    ast.Gt: np.greater,
    ast.GtE: np.greater_equal,
}
REKENEN = {ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply, ast.Div: np.divide}
PARAMETER = "parameter:"
DATUM = "datum"
CONSTANTEN = {"true": True, "false": False, "True": True, "False": False}


class ExpressieFout(ValueError):
    """An expression outside the grammar or naming something unknown; `kolom` is 0-based."""

    def __init__(self, melding: str, kolom: int = 0):
        super().__init__(melding)
        self.kolom = kolom


@dataclass
class Waarde:
    """Values over the combinations; `enum` is the Enum class when `array` holds member indices."""

    array: np.ndarray
    enum: type | None = None


@dataclass(frozen=True)
class Verwijzing:
    """A name in an expression: an input or a variable, under a system (None: the default)."""

    naam: str
    systeem: str | None


class Expressie:
    """A parsed expression: its text, its tree and the names it reads."""

    def __init__(self, tekst: str, bekend):
        """`bekend(naam, systeem)` raises ExpressieFout when a name or a system is unknown."""
        if not isinstance(tekst, str | bool | int | float) or isinstance(tekst, bool):
            tekst = str(tekst).lower() if isinstance(tekst, bool) else tekst
        if not isinstance(tekst, str):
            raise ExpressieFout(f"an expression must be text, got {tekst!r}")
        self.tekst = tekst
        try:
            self.boom = ast.parse(tekst.strip(), mode="eval").body
        except SyntaxError as fout:
            raise ExpressieFout(f"not an expression: {fout.msg}", (fout.offset or 1) - 1) from None
        self.verwijzingen: set[Verwijzing] = set()
        self._controleer(self.boom, bekend)

    def _controleer(self, knoop, bekend) -> None:
        kolom = getattr(knoop, "col_offset", 0)
        if isinstance(knoop, ast.Name):
            if knoop.id not in CONSTANTEN:
                bekend(knoop.id, None, kolom)
                self.verwijzingen.add(Verwijzing(knoop.id, None))
            return
        if isinstance(knoop, ast.Attribute):
            if not isinstance(knoop.value, ast.Name):
                raise ExpressieFout("write a variable under a system as systeem.variabele", kolom)
            bekend(knoop.attr, knoop.value.id, kolom)
            self.verwijzingen.add(Verwijzing(knoop.attr, knoop.value.id))
            return
        if isinstance(knoop, ast.Constant):
            if not isinstance(knoop.value, int | float | str | bool):
                raise ExpressieFout(f"constant {knoop.value!r} is not a number or text", kolom)
            return
        if isinstance(knoop, ast.List | ast.Tuple):
            for element in knoop.elts:
                if not isinstance(element, ast.Constant | ast.Name) or (
                    isinstance(element, ast.Name) and element.id not in CONSTANTEN
                ):
                    raise ExpressieFout("a list may hold only constants", element.col_offset)
            return
        if isinstance(knoop, ast.Call) and getattr(knoop.func, "id", None) == "parameter":
            if (
                len(knoop.args) != 1
                or knoop.keywords
                or not isinstance(knoop.args[0], ast.Constant)
                or not isinstance(knoop.args[0].value, str)
            ):
                raise ExpressieFout("parameter takes one dotted path: parameter('a.b')", kolom)
            bekend(PARAMETER + knoop.args[0].value, None, kolom)
            self.verwijzingen.add(Verwijzing(PARAMETER + knoop.args[0].value, None))
            return
        if isinstance(knoop, ast.Call):
            if not (isinstance(knoop.func, ast.Name) and knoop.func.id == "abs"):
                raise ExpressieFout("the only functions are abs(...) and parameter('pad')", kolom)
            if len(knoop.args) != 1 or knoop.keywords:
                raise ExpressieFout("abs takes one argument", kolom)
            self._controleer(knoop.args[0], bekend)
            return
        kinderen = self._kinderen(knoop, kolom)
        for kind in kinderen:
            self._controleer(kind, bekend)

    @staticmethod
    def _kinderen(knoop, kolom) -> list:
        if isinstance(knoop, ast.BoolOp):
            return knoop.values
        if isinstance(knoop, ast.UnaryOp) and isinstance(knoop.op, ast.Not | ast.USub):
            return [knoop.operand]
        if isinstance(knoop, ast.BinOp) and type(knoop.op) in REKENEN:
            return [knoop.left, knoop.right]
        if isinstance(knoop, ast.Compare):
            for operator, rechts in zip(knoop.ops, knoop.comparators, strict=True):
                lijst = isinstance(rechts, ast.List | ast.Tuple)
                if isinstance(operator, ast.In | ast.NotIn) != lijst:
                    raise ExpressieFout("'in' and 'not in' take a list: x in [a, b]", kolom)
                if not lijst and type(operator) not in VERGELIJKINGEN:
                    raise ExpressieFout("unknown comparison", kolom)
            return [knoop.left, *knoop.comparators]
        soort = type(knoop).__name__
        raise ExpressieFout(f"'{soort}' is not part of the spec grammar", kolom)

    def waarde(self, lees) -> Waarde:
        """Evaluate over arrays; `lees(Verwijzing)` gives the Waarde of a name."""
        return _evalueer(self.boom, lees)

    def waar(self, lees) -> np.ndarray:
        uitkomst = self.waarde(lees)
        if uitkomst.enum is not None or uitkomst.array.dtype != bool:
            raise ExpressieFout(f"'{self.tekst}' is not a condition (true or false)")
        return uitkomst.array


def _constante(knoop):
    if isinstance(knoop, ast.Name):
        return CONSTANTEN[knoop.id]
    return knoop.value


def _als_enum(waarde, enum, kolom) -> int:
    if not isinstance(waarde, str) or waarde not in enum.__members__:
        leden = list(enum.__members__)
        voorbeeld = ", ".join(leden[:12]) + (", ..." if len(leden) > 12 else "")
        raise ExpressieFout(f"{waarde!r} is not a member of {enum.__name__} ({voorbeeld})", kolom)
    return enum[waarde].index


def _operand(knoop, lees, ander: Waarde | None):
    """A comparison's operand; a text constant beside an enum becomes the member's index, beside
    a date (`datum`) a day."""
    if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
        if ander is not None and ander.array.dtype.kind == "M":
            try:
                return Waarde(np.asarray(np.datetime64(knoop.value, "D")))
            except ValueError:
                raise ExpressieFout(
                    f"{knoop.value!r} is not a date (YYYY-MM-DD)", knoop.col_offset
                ) from None
        if ander is None or ander.enum is None:
            raise ExpressieFout(f"text {knoop.value!r} compared with a number", knoop.col_offset)
        enum = ander.enum
        return Waarde(np.asarray(_als_enum(knoop.value, enum, knoop.col_offset)), enum)
    return _evalueer(knoop, lees)


def _vergelijk(knoop: ast.Compare, lees) -> Waarde:
    links = _evalueer(knoop.left, lees) if not _is_tekst(knoop.left) else None
    uitkomst = None
    for operator, rechts_knoop in zip(knoop.ops, knoop.comparators, strict=True):
        if links is None:
            ander = _evalueer(rechts_knoop, lees) if not _is_tekst(rechts_knoop) else None
            links = _operand(knoop.left, lees, ander)
        if isinstance(operator, ast.In | ast.NotIn):
            leden = [_constante(e) for e in rechts_knoop.elts]
            if links.enum is not None:
                leden = [_als_enum(lid, links.enum, rechts_knoop.col_offset) for lid in leden]
            deel = np.isin(links.array, np.asarray(leden))
            deel = ~deel if isinstance(operator, ast.NotIn) else deel
            rechts = links
        else:
            rechts = _operand(rechts_knoop, lees, links)
            if (links.enum is None) != (rechts.enum is None) or (
                links.enum is not None and links.enum is not rechts.enum
            ):
                raise ExpressieFout("a category is compared with a number", knoop.col_offset)
            if links.enum is not None and type(operator) not in (ast.Eq, ast.NotEq):
                raise ExpressieFout("categories compare only with == and !=", knoop.col_offset)
            _vergelijkbaar(links, rechts, knoop)
            deel = VERGELIJKINGEN[type(operator)](links.array, rechts.array)
        uitkomst = deel if uitkomst is None else uitkomst & deel
        links = rechts
    return Waarde(np.asarray(uitkomst, dtype=bool))


def _vergelijkbaar(links: Waarde, rechts: Waarde, knoop) -> None:
    """A date compares only with a date."""
    if (links.array.dtype.kind == "M") != (rechts.array.dtype.kind == "M"):
        raise ExpressieFout("a date is compared with a number", knoop.col_offset)


def _is_tekst(knoop) -> bool:
    return isinstance(knoop, ast.Constant) and isinstance(knoop.value, str)


def _getal(waarde: Waarde, knoop) -> np.ndarray:
    if waarde.enum is not None:
        raise ExpressieFout("a category is not a number", knoop.col_offset)
    return waarde.array


def _voorwaarde(waarde: Waarde, knoop) -> np.ndarray:
    if waarde.enum is not None or waarde.array.dtype != bool:
        raise ExpressieFout("'and', 'or' and 'not' take conditions", knoop.col_offset)
    return waarde.array


def _evalueer(knoop, lees) -> Waarde:
    if isinstance(knoop, ast.Name):
        if knoop.id in CONSTANTEN:
            return Waarde(np.asarray(CONSTANTEN[knoop.id]))
        return lees(Verwijzing(knoop.id, None))
    if isinstance(knoop, ast.Attribute):
        return lees(Verwijzing(knoop.attr, knoop.value.id))
    if isinstance(knoop, ast.Constant):
        if isinstance(knoop.value, str):
            raise ExpressieFout(
                f"text {knoop.value!r} must be compared with a category", knoop.col_offset
            )
        return Waarde(np.asarray(knoop.value))
    if isinstance(knoop, ast.Compare):
        return _vergelijk(knoop, lees)
    if isinstance(knoop, ast.BoolOp):
        delen = [_voorwaarde(_evalueer(w, lees), knoop) for w in knoop.values]
        samen = np.logical_and if isinstance(knoop.op, ast.And) else np.logical_or
        return Waarde(samen.reduce(np.broadcast_arrays(*delen)))
    if isinstance(knoop, ast.UnaryOp):
        binnen = _evalueer(knoop.operand, lees)
        if isinstance(knoop.op, ast.Not):
            return Waarde(~_voorwaarde(binnen, knoop))
        return Waarde(-_getal(binnen, knoop).astype(np.float64))
    if isinstance(knoop, ast.BinOp):
        links = _getal(_evalueer(knoop.left, lees), knoop).astype(np.float64)
        rechts = _getal(_evalueer(knoop.right, lees), knoop).astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            return Waarde(REKENEN[type(knoop.op)](links, rechts))
    if isinstance(knoop, ast.Call) and knoop.func.id == "parameter":
        return lees(Verwijzing(PARAMETER + knoop.args[0].value, None))
    if isinstance(knoop, ast.Call):
        return Waarde(np.abs(_getal(_evalueer(knoop.args[0], lees), knoop)))
    raise ExpressieFout(f"'{type(knoop).__name__}' is not part of the spec grammar")
