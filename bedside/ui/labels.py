"""Words the screens show for stored codes (sex, onset region, event kind)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
            "tracheostomy": _t("Tracheostomy"), "medication_start": _t("Medication start"),
            "medication_stop": _t("Medication stop"), "procedure": _t("Procedure"),
            "death": _t("Death"), "other": _t("Other")}.get(kind, kind)
