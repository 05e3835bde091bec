"""Accent- and case-insensitive search keys: 'Müller' and 'muller' fold to the same text."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that do not decompose into a base letter plus a combining mark.
_EXTRA = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                        "œ": "oe", "þ": "th", "ŀ": "l"})


def fold(text: str) -> str:
    """Lower-case text without accents, for matching what a user types."""
    if text.isascii():  # identifiers and most queries: nothing to decompose
        return text.lower()
    return " ".join(_fold_word(word) for word in text.split(" "))


@lru_cache(maxsize=65536)  # names repeat across a clinic's patients
def _fold_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_EXTRA)


def tokens(query: str) -> list[str]:
    """The folded words of a search query; every word must occur in a match."""
    return fold(query).split()
