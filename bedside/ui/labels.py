"""Words the screens show for stored codes (sex, onset region, event kind, how an ALSFRS-R
was taken, interventions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bedside.analysis import Intervention, number_text


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def sex_label(code: str) -> str:
    return {"female": _t("female"), "male": _t("male"), "other": _t("other"),
            "unknown": _t("unknown")}.get(code, code)


def region_label(code: str) -> str:
    return {"bulbar": _t("bulbar"), "upper_limb": _t("upper limb"),
            "lower_limb": _t("lower limb"), "respiratory": _t("respiratory"),
            "generalized": _t("generalized"), "unknown": _t("unknown")}.get(code, code)


def event_label(kind: str) -> str:
    return {"gastrostomy": _t("Gastrostomy"), "niv_start": _t("NIV start"),
            "niv_stop": _t("NIV stop"),
            "tracheostomy": _t("Tracheostomy"), "medication_start": _t("Medication start"),
            "medication_stop": _t("Medication stop"), "procedure": _t("Procedure"),
            "death": _t("Death"), "other": _t("Other")}.get(kind, kind)


def mode_label(code: str) -> str:
    """How an ALSFRS-R was obtained."""
    return {"clinic": _t("in clinic"), "telephone": _t("by telephone"),
            "video": _t("by video"), "self": _t("self-administered")}.get(code, code)


def respondent_label(code: str) -> str:
    return {"patient": _t("the patient"), "caregiver": _t("a caregiver")}.get(code, code)


def position_label(code: str) -> str:
    return {"sitting": _t("sitting"), "supine": _t("supine")}.get(code, code)


def drug_label(name: str) -> str:
    """A listed drug's name as shown (the stored label is the lower-case name)."""
    return {"riluzole": _t("Riluzole"), "edaravone": _t("Edaravone"),
            "tofersen": _t("Tofersen")}.get(name.strip().casefold(), name)


def intervention_text(i: Intervention) -> str:
    """'NIV 8 h a day since 2020-01-10', 'Riluzole since 2019-06-10'."""
    if i.kind == "niv_start":
        what = _t("NIV")
        if i.hours_per_day is not None:
            what += " " + _t("%1 h a day").replace("%1", number_text(i.hours_per_day))
    elif i.kind == "medication_start":
        what = drug_label(i.label) or _t("a medication")
    else:
        what = event_label(i.kind) + (f" ({i.label})" if i.label else "")
    return _t("%1 since %2").replace("%1", what).replace("%2", i.since.isoformat())
