"""The history of a record shows the trail's stored words (a draft, a signature, a protocol's
id) in the interface language; the trail itself keeps them as stored."""

from __future__ import annotations


def test_the_history_shows_stored_signatures_and_protocols_in_russian(qapp):
    from bedside.domain.words import protocol_text
    from bedside.instruments import protocols
    from bedside.ui import language
    from bedside.ui.audit_view import value_text

    language.install("ru")
    try:
        assert value_text("draft", "status") == "черновик"
        assert value_text("signed by Dr. A. Keller", "status") == "подписал(а): Dr. A. Keller"
        assert value_text("2 signed by Dr. A", "version") == "версия 2, подписал(а): Dr. A"
        assert value_text("3 entered in error by Dr. A", "version") == (
            "версия 3 отмечена как внесённая ошибочно: Dr. A")
        shown = value_text("mrc_sum_score", "mrc_protocol")
        assert shown == protocol_text(protocols()["mrc_sum_score"]) and "(12 " in shown
        assert value_text("mrc_sum_score", "notes") == "mrc_sum_score"  # a note stays a note
        assert value_text('{"file": "a.csv", "rows": 2, "new patients": 1}', None) == (
            "файл: a.csv; строк: 2; новых пациентов: 1")
    finally:
        language.install("en")
    assert value_text("2 signed by Dr. A", "version") == "version 2 signed by Dr. A"
