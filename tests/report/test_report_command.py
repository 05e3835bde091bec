"""`bedside report`: writes the PDF of a stored visit; bad input exits 2 with one clear line."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from report_builders import answers, grades, patient, pdf_text, visit

from bedside.cli import main
from bedside.store import bulk


@pytest.fixture
def stored(store):
    p = patient(family_name="Кузнецова", given_name="Юлия")
    visits = [visit(date(2025, 3, 1), answers(4), grades("5")),
              visit(date(2025, 9, 1), answers(3, Q1_Speech=2), grades("4"))]
    with store.transaction():
        bulk.insert(store, [p], visits, [], source="test")
    store.set_setting("clinic_name", "ALS Clinic Göttingen")
    return store


def test_writes_the_latest_visit_by_default(stored, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    assert main(["report", "--patient", "P-0001", "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "ALS Clinic Göttingen" in text and "Кузнецова, Юлия" in text
    assert "Visit date 2025-09-01" in text and "ALSFRS-R total 35 / 48" in text
    assert "Transcribed from a source record by import" in text  # the meaning recorded
    assert "2025-09-01" in capsys.readouterr().out
    assert oct(out.stat().st_mode & 0o777) == "0o600"  # patient data: owner only


def test_writes_a_chosen_visit(stored, tmp_path):
    out = tmp_path / "march.pdf"
    assert main(["report", "--patient", "P-0001", "--visit", "2025-03-01", "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Visit date 2025-03-01" in text and "ALSFRS-R total 48 / 48" in text


@pytest.mark.parametrize("args, message", [
    (["--patient", "NOBODY"], "bedside report: --patient NOBODY: no such patient in"),
    (["--patient", "P-0001", "--visit", "2025-02-30"],
     "bedside report: --visit 2025-02-30: not a date; give YYYY-MM-DD or 'latest'"),
    (["--patient", "P-0001", "--visit", "2024-01-01"],
     "bedside report: --visit 2024-01-01: P-0001 has no signed visit on this date "
     "(latest visits: 2025-03-01, 2025-09-01)"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(stored, tmp_path, capsys, args,
                                                            message):
    out = tmp_path / "summary.pdf"
    assert main(["report", *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert not out.exists()


def test_missing_output_folder_is_bad_input(stored, tmp_path, capsys):
    out = tmp_path / "no such folder" / "summary.pdf"
    assert main(["report", "--patient", "P-0001", "-o", str(out)]) == 2
    assert "folder" in capsys.readouterr().err and not out.exists()


def test_patient_without_signed_visits(store, tmp_path, capsys):
    with store.transaction():
        bulk.insert(store, [patient()], [], [], source="test")
    assert main(["report", "--patient", "P-0001", "-o", str(tmp_path / "s.pdf")]) == 2
    assert "has no signed visit to summarise" in capsys.readouterr().err


def test_report_command_does_not_load_qt(stored, tmp_path):
    out = tmp_path / "s.pdf"
    code = ("import sys\nfrom bedside.cli import main\n"
            f"rc = main(['report', '--patient', 'P-0001', '-o', {str(out)!r}])\n"
            "assert rc == 0, rc\nassert 'PySide6' not in sys.modules, 'Qt was imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert out.read_bytes().startswith(b"%PDF")


def test_speed_bench_runs_and_reports_the_ratio():
    bench = Path(__file__).resolve().parents[2] / "bench" / "report_speed.py"
    out = subprocess.run([sys.executable, str(bench), "--repeats", "1", "--visits", "20"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode in (0, 1), out.stderr  # 1 = over budget: a number, not a crash
    assert "visit summary, 20 visits: median" in out.stdout
    assert "ratio" in out.stdout and "budget 2x" in out.stdout


def test_every_text_field_at_its_limit_prints(store, tmp_path):
    """Issue 17, finding 8: a 3,000-character family name broke the PDF (LayoutError; 120,000
    characters ran past 120 s). Every text field now has a limit (bedside.domain.text), checked
    on the way in; at its limit, without a single space to break at, the summary still prints
    (in seconds) and the longer name is refused."""
    import time

    from bedside.domain.text import LIMITS
    from bedside.store import StoreError, events, patients

    with pytest.raises(StoreError, match="at most 100 characters"):
        patients.add(store, patient(family_name="F" * 3000))
    longest = replace(patient(family_name="F" * LIMITS["family_name"],
                              given_name="G" * LIMITS["given_name"]),
                      patient_id="P" * LIMITS["patient_id"])
    long_visit = replace(visit(date(2025, 3, 1), answers(4), grades("5"),
                               examiner="E" * LIMITS["examiner"], notes="N" * LIMITS["notes"]),
                         patient_id=longest.patient_id)
    with store.transaction():
        bulk.insert(store, [longest], [long_visit], [], source="test")
    events.add(store, events.Event(longest.patient_id, date(2025, 2, 1), "procedure",
                                   "L" * LIMITS["label"]))
    out = tmp_path / "long.pdf"
    start = time.monotonic()
    assert main(["report", "--patient", longest.patient_id, "-o", str(out)]) == 0
    assert time.monotonic() - start < 30
    text = pdf_text(out.read_bytes()).replace("\n", "").replace(" ", "")  # (broken to fit)
    assert "F" * LIMITS["family_name"] in text and "N" * 1000 in text
