"""The line a visit page shows under its title: which wording of the instrument the answers
are in, so that an unvalidated or foreign wording never passes for the clinic's own."""

from __future__ import annotations

from bedside import i18n
from bedside.instruments import alsfrs_r, mrc_scale
from bedside.instruments.wording import Wording
from bedside.ui.language import TrContext

wording_note = TrContext("wording_note")


def _not_added() -> str:
    """' · no Georgian wording has been added' when the interface is not English."""
    language = i18n.language()
    if language == i18n.SOURCE_LANGUAGE:
        return ""
    return " · " + wording_note.tr("no wording in %1 has been added to this database").replace(
        "%1", i18n.NATIVE_NAMES.get(language, language))


def alsfrs_wording_text(wording: Wording | None, missing: str = "") -> str:
    """Which wording the answers are in, in a few words (the whole of it: the tooltip)."""
    if missing:
        return wording_note.tr("ALSFRS-R wording %1 is not in this database: shown in the "
                               "English original").replace("%1", missing[:12])
    if wording is None:
        return wording_note.tr("Wording: English original") + _not_added()
    return i18n.fill(wording_note.tr("Wording: %1, version %2"), wording.title, wording.version)


def alsfrs_wording_tip(wording: Wording | None) -> str:
    """The wording named whole: title, version, language, date, source and licence holder."""
    if wording is None:
        return wording_note.tr("ALSFRS-R wording: the English original (%1)").replace(
            "%1", alsfrs_r().citation)
    return i18n.fill(wording_note.tr("ALSFRS-R wording: %1 · source: %2 · licence: %3"),
                     wording.label(), wording.source, wording.licence_holder)


def mrc_wording_text() -> str:
    """The MRC grades' descriptions are the scale's English original; said so in another
    language."""
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        return ""
    return wording_note.tr("MRC grades: the English original (%1)").replace(
        "%1", mrc_scale().citation)
