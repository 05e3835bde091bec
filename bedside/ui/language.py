"""The interface language: Qt's translators for it, and ``TrContext`` for module-level text.

The language is a setting (``interface/language``; "" = the system's), resolved as
bedside.i18n does (ka_GE -> ka -> English). Bedside's own strings come from the compiled
resources/i18n/bedside_<lang>.qm (built from the .ts by `make`), Qt's standard dialogs and
buttons from Qt's qtbase_<lang>.qm. The Qt-free PDF and command line get the same language
through bedside.i18n.use_language.
"""

from __future__ import annotations

import sys
from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from bedside import i18n
from bedside.instruments import resource_root

SETTING = "interface/language"
_installed: list[QTranslator] = []


class TrContext:
    """``tr`` for code outside a QObject subclass. lupdate names the context after the object
    ``tr`` is called on, so bind it to a name equal to its context: ``labels =
    TrContext("labels")``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)

    def translated(self, text: str) -> str:
        """A text known only at run time (a name from resources/, marked for lupdate where
        it is written): its translation, else itself."""
        return QCoreApplication.translate(self.name, text)


def install(setting: str) -> str:
    """Load the translators for ``setting`` (replacing earlier ones) and make its locale the
    default for dates and numbers; returns the language used ("en" when none is shipped)."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    language = i18n.use_language(setting or system_code())
    english = language == i18n.SOURCE_LANGUAGE
    QLocale.setDefault(QLocale.system() if english else QLocale(language))
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not english and qt.load(f"qtbase_{language}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)  # English too: its plural forms
    with as_file(resource_root() / "i18n" / f"bedside_{language}.qm") as path:
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            print(f"bedside: {path} is missing (run make): the interface stays in English",
                  file=sys.stderr)
    return language


def system_code() -> str:
    """The system's first UI language that Bedside speaks, else its first one."""
    languages = QLocale.system().uiLanguages()
    for code in languages:
        if i18n.resolve(code) != i18n.SOURCE_LANGUAGE:
            return code
    return languages[0] if languages else i18n.SOURCE_LANGUAGE
