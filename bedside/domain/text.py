"""Text that comes into Bedside (typed in a dialog, imported from a file, given to a command):
how long each field may be, which characters it may hold, and how examiner names compare.
The one place these rules live; bedside.analysis.validate turns them into problems.
"""

from __future__ import annotations

import unicodedata

from bedside.i18n import Context, fill

TEXT = Context("TEXT")

# Longest accepted text per field, in characters: room for any real name, identifier or note
# (a clinic's identifiers are short; compound names run to a few dozen characters), and small
# enough that the one-page summary, the lists and the exports stay usable.
LIMITS: dict[str, int] = {
    "patient_id": 64,
    "family_name": 100,
    "given_name": 100,
    "examiner": 100,
    "account": 64,  # an examiner account's name
    "label": 200,  # an event's label
    "notes": 4000,  # a visit's notes (several lines)
}
MULTI_LINE = frozenset({"notes"})
# Fields that identify (a patient, an examiner account): nothing but visible characters and
# the plain space, so no two identifiers can look alike (no invisible, control or odd space).
IDENTIFYING = frozenset({"patient_id", "account"})
# Joiners that some scripts need inside words (Persian, Indic): allowed in names and text.
_SCRIPT_JOINERS = frozenset({"\u200c", "\u200d"})
_LINE_BREAKS = frozenset("\n\r\t")


def normalized(text: str) -> str:
    """The canonical composed form (NFC): 'é' typed as e + accent is the same as 'é'."""
    return unicodedata.normalize("NFC", text)


def _refused(ch: str, field: str) -> bool:
    if field in IDENTIFYING:
        return not ch.isprintable()
    category = unicodedata.category(ch)
    if category == "Cc":  # control characters: NUL, escape sequences, line breaks, tabs
        return not (field in MULTI_LINE and ch in _LINE_BREAKS)
    if category in ("Zl", "Zp"):  # line and paragraph separators
        return field not in MULTI_LINE
    if category == "Cf":  # invisible format characters: zero-width space, bidi overrides
        return ch not in _SCRIPT_JOINERS
    return category == "Cs"  # a lone surrogate


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name.lower()}" if name else "")


def _plainly_printable(field: str, text: str) -> bool:
    """True when ``text`` holds no character the field could refuse (checked in C: most
    text takes only this)."""
    if field in MULTI_LINE:
        text = text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    return text.isprintable()


def text_rule_broken(field: str, value: str) -> str | None:
    """Why ``value`` cannot be the ``field`` (a key of LIMITS) as it is, or None."""
    limit = LIMITS.get(field)
    if limit is not None and len(value) > limit:
        return fill(TEXT.tr("at most %1 characters (this has %2)"), limit, len(value))
    if _plainly_printable(field, value):
        return None
    for at, ch in enumerate(value, 1):
        if _refused(ch, field):
            return fill(TEXT.tr("holds an invisible or control character (%1, character %2); "
                                "remove it"), _describe(ch), at)
    return None


def shown(value: str, room: int = 40) -> str:
    """A value as a one-line message may quote it: control characters escaped, cut short."""
    text = value.encode("unicode_escape").decode("ascii") if any(
        unicodedata.category(c)[0] == "C" for c in value) else value
    return text if len(text) <= room else text[: room - 1] + "\u2026"


def account_key(name: str) -> str:
    """How examiner names compare: composed, case ignored, invisible characters ignored
    ('Alice', 'alice' and 'ali<zero-width space>ce' are one examiner)."""
    visible = "".join(ch for ch in normalized(name.strip())
                      if unicodedata.category(ch) not in ("Cf", "Cc"))
    return normalized(visible.casefold())


def matching_account(names: list[str], name: str) -> str | None:
    """The stored examiner name ``name`` signs in as: the same text, else the one name that
    differs only in case, composition or invisible characters."""
    name = name.strip()
    if name in names:
        return name
    alike = [n for n in names if account_key(n) == account_key(name)]
    return alike[0] if len(alike) == 1 else None
