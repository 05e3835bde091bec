"""Text cells that a spreadsheet would run as a formula (CSV injection, as OWASP describes it).

A text cell (a name, identifier, examiner, note or event label) that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return is written with a leading ``'``, so Excel, LibreOffice
and Numbers show it as text; on import exactly that leading ``'`` is removed again. A value
that itself begins with quotes before such a character gets one more (``'=x`` is written
``''=x``), so every value comes back as it was and export -> import -> export gives the same
bytes. Numbers and dates are never prefixed (a ΔFS of -0.25 stays a number).
"""

from __future__ import annotations

FORMULA_STARTS = frozenset("=+-@\t\r")
_QUOTE = "'"
_FIRST = FORMULA_STARTS | {_QUOTE}


def _risky(text: str) -> bool:
    return text.lstrip(_QUOTE)[:1] in FORMULA_STARTS


def protected(text: str) -> str:
    """The cell written for the text value ``text``."""
    if text[:1] in _FIRST and _risky(text):
        return _QUOTE + text
    return text


def unprotected(cell: str) -> str:
    """The text value a cell written by ``protected`` (or by a person) holds."""
    if cell[:1] == _QUOTE and _risky(cell):
        return cell[1:]
    return cell
