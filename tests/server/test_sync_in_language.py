"""`bedside sync` and `bedside conflicts`, and a conflict as the app describes it, speak the
language chosen (here Russian, from LANGUAGE as a clinic's terminal sets it); the audit trail
keeps the sync's line in English, whatever the language."""

from __future__ import annotations

import re

from laptops import day, run

from bedside import i18n
from bedside.operations import conflicts

ENGLISH_WORDS = re.compile(r"\b(sent|received|conflicts?|identifier|records?|visits?|events?|"
                           r"born|onset|recorded|merge|details|chosen|resolve:|no conflicts)\b")


def test_sync_and_conflicts_speak_russian(laptops, monkeypatch):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1", "Doe")
    a.sign("P1", day(10), seed=1)
    b.add_patient("P1", "Doe-Smith")
    monkeypatch.setenv("LANGUAGE", "ru")
    code, out, err = run("--db", str(a.path), "sync", "--server", a.url)
    assert code == 0, err
    assert re.fullmatch(r"отправлено [1-9]\d*, получено 0, конфликтов 0\n", out), out
    code, out, err = run("--db", str(b.path), "sync", "--server", b.url)
    assert code == 0, err
    assert re.fullmatch(r"отправлено [1-9]\d*, получено [1-9]\d*, конфликтов 1\n", out), out

    code, out, err = run("--db", str(b.path), "conflicts")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == ("patients P1: P1: один идентификатор, 2 записи о пациенте с разных "
                        "ноутбуков")
    choices = sorted(lines[1:3])
    assert all(line.startswith(("  1) ", "  2) ")) for line in choices)
    assert "; дата рождения 1960-03-01; " in choices[0]
    assert {line.split("; ")[-1] for line in lines[1:3]} == {"1 визит, 0 событий",
                                                            "0 визитов, 0 событий"}
    assert lines[3] == ("  разрешить: bedside conflicts resolve patients P1 --choice N "
                        "--reason TEXT  (объединить записи в одного пациента (все визиты и "
                        "события каждой записи сохраняются) с данными выбранной записи)")
    for line in lines:  # nothing left in English but the command to type and the values
        assert not ENGLISH_WORDS.search(line.replace("bedside conflicts resolve patients P1 "
                                                     "--choice N --reason TEXT", "")), line

    # the app's conflicts screen shows the same words (bedside.operations.conflicts)
    i18n.use_language("ru")
    [c] = conflicts.listed(b.store)
    assert conflicts.title(c) == lines[0].removeprefix("patients P1: ")
    described = conflicts.describe_choice(b.store, c, 0)
    assert "(записал(а) tester, " in described and "женский" in described.casefold()
    i18n.use_language("en")

    code, out, err = run("--db", str(b.path), "conflicts", "resolve", "patients", "P1",
                         "--choice", "1", "--reason", "одна пациентка, внесена дважды")
    assert (code, out) == (0, "P1: записи пациента (2) объединены в одну\n"), err
    code, out, err = run("--db", str(b.path), "conflicts")
    assert (code, out) == (0, "конфликтов нет\n"), err
    code, out, err = run("--db", str(b.path), "conflicts", "resolve", "patients", "P1",
                         "--choice", "1", "--reason", "ещё раз")
    assert code != 0 and out == "", err
    assert "конфликта patients 'P1' нет (уже разрешён" in err and "ничего не изменено" in err

    with b.store.conn:  # the audit trail: English, whatever the language of the command
        kept = [row[0] for row in b.store.conn.execute(
            "SELECT new_value FROM audit_log WHERE action = 'sync'")]
    assert kept and all(re.fullmatch(r"sent \d+, received \d+, conflicts \d+", v) for v in kept)


def test_why_a_sync_stopped_is_said_in_russian(laptops, monkeypatch):
    a = laptops("a")
    monkeypatch.setenv("LANGUAGE", "ru")
    code, out, err = run("--db", str(a.path), "sync", "--server",
                         "host=db.clinic.example dbname=bedside")
    assert code != 0 and out == ""
    assert ("URL сервера: db.clinic.example — не этот компьютер, поэтому соединение должно "
            "быть зашифровано") in err, err
    code, out, err = run("--db", str(a.path), "sync")
    assert code != 0 and "сервер не указан" in err, err


def test_two_visits_on_one_date_compared_in_russian(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    a.sync()
    b.sync()
    a.sign("P1", day(30), seed=1)
    b.sign("P1", day(30), seed=2)
    for laptop in (a, b, a):
        laptop.sync()
    i18n.use_language("ru")
    [c] = conflicts.listed(a.store)
    assert conflicts.title(c) == f"P1/{day(30).isoformat()}: 2 подписанных визита на одну дату"
    lines = conflicts.choice_lines(a.store, c, 0)
    assert lines[0] == "исследователь Dr Test" and lines[1].startswith("сумма ALSFRS-R ")
    assert lines[2].startswith("подписал(а) Dr Test, ")
    assert "MRC Отведение плеча П: NT (shoulder pain)" in lines
    assert lines[-1].startswith("заметки: seen ")
    assert conflicts.choice_means(c.kind).startswith("выбранный визит отмечается как внесённый "
                                                     "ошибочно")
