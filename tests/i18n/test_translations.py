"""The translation check: every string of the code is in each shipped .ts file, translated,
with the placeholders of its source; the Qt-free reader says what Qt's QTranslator says."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bedside import i18n
from bedside.i18n.plural import FORMS, form_index
from bedside.i18n.ts_file import REVIEW_MARK, read

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = [code for code in i18n.shipped_languages() if code != i18n.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\d|%n|%L\d|%\(\w+\)[sdr]|%[sdr]|\{\w*\}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_georgian_and_russian_are_shipped():
    assert {"ka", "ru"} <= set(LANGUAGES)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """The .ts files as `make translations` would write them from the code now."""
    folder = tmp_path_factory.mktemp("ts")
    for path in FOLDER.glob("bedside_*.ts"):
        shutil.copy(path, folder / path.name)
    code = ("import sys; sys.path.insert(0, 'tools'); import update_translations as u; "
            "from pathlib import Path; "
            f"[u.update(lang, Path({str(folder)!r})) for lang in {['en', *LANGUAGES]!r}]")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=300)
    return folder


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_the_ts_file_holds_every_string_of_the_code(refreshed, language):
    committed = {(m.context, m.source, m.comment)
                 for m in read(FOLDER / f"bedside_{language}.ts").messages}
    current = {(m.context, m.source, m.comment)
               for m in read(refreshed / f"bedside_{language}.ts").messages}
    assert sorted(current - committed) == [], "run `make translations` and translate them"
    assert sorted(committed - current) == [], "strings no longer in the code: make translations"


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_string_is_translated_with_its_placeholders(language):
    ts = read(FOLDER / f"bedside_{language}.ts")
    assert ts.language == language
    problems = []
    for m in ts.messages:
        where = f"{m.context}: {m.source!r}"
        if not m.forms:
            problems.append(f"{where}: no translation")
            continue
        if m.numerus and len(m.forms) != FORMS[language]:
            problems.append(f"{where}: {len(m.forms)} plural forms, {language} has "
                            f"{FORMS[language]}")
        for form in m.forms:
            if not form.strip():
                problems.append(f"{where}: an empty form")
            elif placeholders(form) != placeholders(m.source):
                problems.append(f"{where}: {form!r} has {placeholders(form)}, the source "
                                f"{placeholders(m.source)}")
    assert problems == []


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_each_file_says_it_is_not_yet_reviewed_by_a_native_clinician(language):
    assert REVIEW_MARK in read(FOLDER / f"bedside_{language}.ts").header


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qt_free_reader_and_qtranslator_agree(qapp, language):
    """Every message and every count from 0 to 1000: the PDF and the commands read from the
    .ts what the screens read from the compiled .qm (plural rules included)."""
    from PySide6.QtCore import QTranslator

    qm = FOLDER / f"bedside_{language}.qm"
    assert qm.exists(), "make qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    i18n.use_language(language)
    for m in read(FOLDER / f"bedside_{language}.ts").messages:
        ctx = i18n.Context(m.context)
        counts = range(0, 1001) if m.numerus else [-1]
        for n in counts:
            qt = translator.translate(m.context, m.source, m.comment or None, n)
            qt = qt.replace("%n", str(n)) if n >= 0 else qt
            assert ctx.tr(m.source, m.comment or None, n) == qt, (m.source, n)
            if not m.numerus:
                break


@pytest.mark.parametrize("language", ["en", "ka", "ru"])
def test_plural_forms_follow_the_language(language):
    assert len({form_index(language, n) for n in range(200)}) == FORMS[language]


def test_russian_has_three_forms():
    i18n.use_language("ru")
    visits = i18n.Context("CLI")
    assert [visits.tr("%n visit(s)", "", n) for n in (1, 3, 5, 21, 22, 25, 11, 111)] == [
        "1 визит", "3 визита", "5 визитов", "21 визит", "22 визита", "25 визитов",
        "11 визитов", "111 визитов"]


def test_the_language_falls_back_from_region_to_language_to_english():
    assert i18n.resolve("ka_GE") == "ka"
    assert i18n.resolve("ka_GE.UTF-8") == "ka"
    assert i18n.resolve("ru-Cyrl-RU") == "ru"
    assert i18n.resolve("de_DE") == "en"
    assert i18n.resolve("") == "en"
    assert i18n.resolve("C") == "en"


def test_the_system_language_is_read_as_gettext_reads_it(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "ka_GE.UTF-8")
    assert i18n.resolve(i18n.system_language()) == "ka"
    monkeypatch.setenv("LANGUAGE", "ru:en")
    assert i18n.resolve(i18n.system_language()) == "ru"
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.delenv("LANGUAGE")
    assert i18n.resolve(i18n.system_language()) == "en"


def test_fill_replaces_each_placeholder_once():
    assert i18n.fill("%1 and %2", "a%2", "b") == "a%2 and b"
