"""Dates and numbers as the Qt-free parts (the PDF summary) write them in the chosen language.

The same forms as the screens' QLocale (bedside.ui.locale_text; tests/i18n compares them):
English keeps ISO dates and the decimal point, Russian and Georgian write 15.05.2020 and 0,52.
Files and exports never come through here: they are ISO 8601 whatever the language.
"""

from __future__ import annotations

from datetime import date

from bedside import i18n

# language: (date format for strftime, decimal separator)
_FORMS = {"en": ("%Y-%m-%d", "."), "ka": ("%d.%m.%Y", ","), "ru": ("%d.%m.%Y", ",")}


def _forms() -> tuple[str, str]:
    return _FORMS.get(i18n.language(), _FORMS[i18n.SOURCE_LANGUAGE])


def date_text(day: date) -> str:
    return day.strftime(_forms()[0])


def number_text(value: float, decimals: int) -> str:
    """0.52 / 0,52 (no thousands separator)."""
    return f"{value:.{decimals}f}".replace(".", _forms()[1])


def signed_text(value: float, decimals: int) -> str:
    """+1.57 / -0.50 / 0.00, with the language's decimal separator."""
    text = f"{value:+.{decimals}f}".replace(".", _forms()[1])
    return text[1:] if round(value, decimals) == 0 else text
