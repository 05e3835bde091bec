"""The language Bedside speaks, for the parts that must not import Qt (PDF, command line).

Every string a person reads is written in English in the code and translated through the
.ts files of resources/i18n (one per language; the source of truth). The screens translate
through Qt (``self.tr``, QTranslator and the compiled .qm); the PDF summary and the command
line through ``Context.tr`` below, which reads the same .ts file. lupdate finds both: a
``Context`` must be bound to a name equal to its context (``REPORT = Context("REPORT")``),
because lupdate names the context after the object ``tr`` is called on.

The language is chosen once per process (``use_language``): the app passes its setting, the
command line the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). A regional code falls back
to its language and then to English: ka_GE -> ka -> en.
"""

from __future__ import annotations

import locale
import os
import re
from functools import cache

from bedside.i18n.plural import form_index
from bedside.i18n.ts_file import read

SOURCE_LANGUAGE = "en"
# Each shipped language named in itself, as a person looking for theirs reads it.
NATIVE_NAMES = {"en": "English", "ka": "ქართული", "ru": "Русский"}
_PLACEHOLDER = re.compile(r"%(\d)")
_active = {"language": SOURCE_LANGUAGE}


def _folder():
    from importlib import resources

    return resources.files("bedside.resources") / "i18n"


@cache
def shipped_languages() -> tuple[str, ...]:
    """English and every language with a bedside_<code>.ts in resources/i18n, sorted."""
    codes = {SOURCE_LANGUAGE}
    for entry in _folder().iterdir():
        name = entry.name
        if name.startswith("bedside_") and name.endswith(".ts"):
            codes.add(name[len("bedside_"):-len(".ts")])
    return tuple(sorted(codes))


def resolve(requested: str | None) -> str:
    """The shipped language for a code such as "ka_GE.UTF-8", "ka-GE", "ru" or "": the
    code itself, else its language, else English."""
    code = (requested or "").split(".")[0].split("@")[0].replace("-", "_")
    shipped = shipped_languages()
    for candidate in (code, code.split("_")[0].lower()):
        if candidate in shipped:
            return candidate
    return SOURCE_LANGUAGE


def system_language() -> str:
    """The language the system asks for, as gettext reads it (LANGUAGE first)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for code in value.split(":"):
            if code and code not in ("C", "POSIX") and not code.startswith("C."):
                return code
        if value:
            return SOURCE_LANGUAGE  # C or POSIX: the program's own language
    return locale.getlocale()[0] or SOURCE_LANGUAGE  # Windows: no such variables


@cache
def _catalog(language: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    entry = _folder() / f"bedside_{language}.ts"
    if not entry.is_file():
        return {}
    from importlib.resources import as_file

    with as_file(entry) as path:
        return read(path).finished()


def use_language(code: str | None) -> str:
    """Speak ``code`` (resolved: ka_GE -> ka -> en) from now on; returns the language used."""
    language = resolve(code)
    _active["language"] = language
    return language


def language() -> str:
    return _active["language"]


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 ... replaced by ``values`` in one pass (a value that itself holds
    "%2" stays as it is)."""
    def one(match: re.Match[str]) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if 0 <= i < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, text)


class Context:
    """The translations of one context; ``tr`` as Qt's: ``%n`` is the count ``n``, whose
    plural form the language's rule picks."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        lang = _active["language"]
        forms = _catalog(lang).get((self.name, text, disambiguation or ""))
        out = text
        if forms:
            out = forms[min(form_index(lang, n), len(forms) - 1)] if n >= 0 else forms[0]
        return out.replace("%n", str(n)) if n >= 0 else out

    def translated(self, text: str) -> str:
        """A text known only at run time, marked for lupdate where it is written
        (``QT_TRANSLATE_NOOP``): its translation, else itself."""
        return self.tr(text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    """Marks ``text`` for lupdate in ``context`` where it is written; translated where shown
    (``Context(context).translated(text)``)."""
    return text


__all__ = ["NATIVE_NAMES", "QT_TRANSLATE_NOOP", "SOURCE_LANGUAGE", "Context", "fill",
           "language", "resolve", "shipped_languages", "system_language", "use_language"]
