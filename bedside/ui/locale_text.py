"""Dates and numbers as the screens show them: in the interface language's locale (QLocale).

English keeps ISO dates (2020-05-15), as Bedside always showed them; another language shows
its own short form with a four-digit year (ru, ka: 15.05.2020). Files and exports never come
through here: they are ISO 8601 whatever the language.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from bedside import i18n


def date_format(locale: QLocale | None = None) -> str:
    """The format dates are shown in: yyyy-MM-dd in English, else the locale's short form
    with a four-digit year."""
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return "yyyy-MM-dd"
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return short.replace("yy", "yyyy") if "yyyy" not in short else short


def date_text(day: date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def datetime_text(moment: datetime) -> str:
    """A moment to the minute: '2024-07-15 10:42' (English), '15.07.2024 10:42'."""
    return f"{date_text(moment.date())} {moment:%H:%M}"


def number_text(value: float, decimals: int) -> str:
    """A decimal number as the locale writes it: 0.52 / 0,52; no thousands separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def signed_text(value: float, decimals: int) -> str:
    """A change with its sign: +0.5, −1.2 (the minus of the locale)."""
    text = number_text(abs(value), decimals)
    if round(value, decimals) > 0:
        return "+" + text
    if round(value, decimals) < 0:
        return QLocale().negativeSign() + text
    return text
