"""Which of a language's plural forms a count takes, in the order Qt's tools write them.

The rules are Qt's own (lupdate writes as many ``<numerusform>`` entries as they have forms);
tests/i18n checks them against QTranslator for every count up to a thousand.
"""

from __future__ import annotations


def _english_style(n: int) -> int:  # English, Georgian: one, other
    return 0 if n == 1 else 1


def _russian_style(n: int) -> int:  # one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 11-14)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19:
        return 1
    return 2


RULES = {"en": _english_style, "ka": _english_style, "ru": _russian_style}
FORMS = {"en": 2, "ka": 2, "ru": 3}


def form_index(language: str, n: int) -> int:
    """The index of the plural form ``n`` takes in ``language`` (a base code: "ru")."""
    return RULES.get(language, _english_style)(abs(n))
