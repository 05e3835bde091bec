"""Words people read for stored codes (sex, onset region, event kind) and for the names the
resources give in English (ALSFRS-R domains, muscles, protocols, not-tested reasons), in the
language chosen (bedside.i18n): the screens and the PDF summary say them alike. The stored
values stay the English codes and words, so a file reads the same whatever the language."""

from __future__ import annotations

from bedside.i18n import QT_TRANSLATE_NOOP, Context, fill
from bedside.instruments import Protocol, cell_parts

labels = Context("labels")
DOMAIN = Context("DOMAIN")  # the words bedside.domain.model marks (the signature's meaning)
resources = Context("resources")  # its strings come from resources/*.json (tools/)


def sex_label(code: str) -> str:
    return {"female": labels.tr("female"), "male": labels.tr("male"),
            "other": labels.tr("other", "sex"), "unknown": labels.tr("unknown")}.get(code, code)


def region_label(code: str) -> str:
    return {"bulbar": labels.tr("bulbar"), "upper_limb": labels.tr("upper limb"),
            "lower_limb": labels.tr("lower limb"), "respiratory": labels.tr("respiratory"),
            "generalized": labels.tr("generalized"),
            "unknown": labels.tr("unknown")}.get(code, code)


def event_label(kind: str) -> str:
    return {"gastrostomy": labels.tr("Gastrostomy"), "niv_start": labels.tr("NIV start"),
            "niv_stop": labels.tr("NIV stop"),
            "tracheostomy": labels.tr("Tracheostomy"),
            "medication_start": labels.tr("Medication start"),
            "medication_stop": labels.tr("Medication stop"),
            "procedure": labels.tr("Procedure"), "death": labels.tr("Death"),
            "other": labels.tr("Other")}.get(kind, kind)


def mode_label(code: str) -> str:
    """How an ALSFRS-R was obtained."""
    return {"clinic": labels.tr("in clinic"), "telephone": labels.tr("by telephone"),
            "video": labels.tr("by video"),
            "self": labels.tr("self-administered")}.get(code, code)


def respondent_label(code: str) -> str:
    """Who answered an ALSFRS-R."""
    return {"patient": labels.tr("patient"),
            "caregiver": labels.tr("caregiver")}.get(code, code)


def position_label(code: str) -> str:
    """The position a vital capacity was measured in."""
    return {"sitting": labels.tr("sitting"), "supine": labels.tr("supine")}.get(code, code)


def drug_label(name: str) -> str:
    """A listed drug's name as shown (the stored label is the lower-case name)."""
    return {"riluzole": labels.tr("Riluzole"), "edaravone": labels.tr("Edaravone"),
            "tofersen": labels.tr("Tofersen")}.get(name.strip().casefold(), name)


def resource_text(text: str) -> str:
    """A name from resources/ (a domain, muscle, protocol, not-tested reason) in the interface
    language; the stored value stays the English one."""
    return resources.translated(text)


def protocol_text(protocol: Protocol) -> str:
    """'MRC sum score (12 cells)' in the interface language."""
    return labels.tr("%1 (%n cell(s))", "", len(protocol.cells)).replace(
        "%1", resource_text(protocol.name))


def muscle_cell_text(cell: str, short: bool = False) -> str:
    """An MRC cell as people name it, in the interface language: 'Shoulder abduction, left'
    (``short``: 'Shoulder abduction L')."""
    label, side = cell_parts(cell)
    name = resource_text(label)
    if not side:
        return name
    if short:
        return fill(labels.tr("%1 %2", "muscle, short side"), name,
                    labels.tr("L", "left side") if side == "L" else labels.tr("R", "right side"))
    return (labels.tr("%1, left") if side == "L" else labels.tr("%1, right")).replace("%1", name)


# Why an ALSFRS-R item was not assessed (keys 1-4 on its page). The English words are stored,
# so an export reads the same whatever language the examiner used; shown translated.
NOT_ASSESSED_REASONS = (
    QT_TRANSLATE_NOOP("reasons", "patient too tired"),
    QT_TRANSLATE_NOOP("reasons", "patient declined"),
    QT_TRANSLATE_NOOP("reasons", "could not be assessed at this visit"),
    QT_TRANSLATE_NOOP("reasons", "not applicable"),
)
reasons = Context("reasons")


def reason_text(reason: str) -> str:
    """A stored reason (an item not assessed, a muscle not tested) in the interface language
    when it is one of the listed ones; a reason typed by the examiner stays as typed."""
    shown = reasons.translated(reason)
    return shown if shown != reason else resource_text(reason)
