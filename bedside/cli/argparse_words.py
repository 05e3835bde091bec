"""argparse's own words (usage, errors, help headings) in the commands' language.

argparse looks its messages up through gettext at the moment it writes them; the ones a
person meets are listed here, so lupdate puts them in the .ts files, and ``speak_argparse``
makes argparse read them from there. Its messages for programming errors stay English.
"""

from __future__ import annotations

import argparse

from bedside.i18n import QT_TRANSLATE_NOOP, Context

argparse_words = Context("argparse")  # (QT_TRANSLATE_NOOP names it below)
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


def speak_argparse() -> None:
    argparse._ = argparse_words.translated  # type: ignore[attr-defined]  (argparse's gettext)
