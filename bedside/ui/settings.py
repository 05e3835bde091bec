"""Display preferences in QSettings, declared once with their defaults (DEFAULTS): every
key is read and written through ``Settings``, which refuses a key not declared here.

Clinical data never goes here: it lives in the SQLite database only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Bedside"
APPLICATION = "Bedside"

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/splitter": QByteArray(),
    "plot/total": True,
    "plot/bulbar": False,
    "plot/fine_motor": False,
    "plot/gross_motor": False,
    "plot/respiratory": False,
    "plot/projection": True,
    "plot/whole_course": False,  # the trend opens on the visits' own dates
    "mrc/default_protocol": "mrc_sum_score",  # read by the visit start page as well
    "visit/last_examiner": "",  # the name last typed on a start page (no accounts)
    "summary/last_folder": "",  # where Save PDF last saved
    "interface/language": "",  # "" = the system's; else a code of bedside.i18n (ka, ru, en)
    "display/text_scale": "100",  # per cent of the system's font size: 100, 125, 150, 200
    "display/high_contrast": False,  # white on black, yellow focus, no colour-only cues
}


class Settings:
    """Typed access to the preferences; ``path`` (an .ini file) keeps tests apart."""

    def __init__(self, path: str | None = None) -> None:
        if path:
            self._q = QSettings(path, QSettings.Format.IniFormat)
        else:
            # The user's settings of this application: the app sets the organization and
            # application names before making Settings.
            self._q = QSettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._q.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()
        return str(value) if value is not None else default

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(f"unknown setting {key!r}")
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()


