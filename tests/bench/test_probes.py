"""The benchmark harness reads the figures other scripts print, and never invents one."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import probes  # noqa: E402


def test_result_lines_are_read_by_name_with_unit():
    out = ("warming up\nRESULT name=search_p95_ms value=4.25 unit=ms\n"
           "RESULT name=rows value=1e3 unit=x\nRESULT name=broken value=abc unit=ms\n")
    assert probes.result_lines(out) == {"search_p95_ms": (4.25, "ms"), "rows": (1000.0, "x")}


def test_scripts_without_result_lines_are_read_through_their_own_lines():
    keys = "ui_keystroke: 120 keystrokes\nkeystroke_p50_ms=3.10\nkeystroke_p95_ms=7.54\n"
    assert probes.legacy_results("ui_keystroke", keys) == {"keystroke_p95_ms": (7.54, "ms")}
    pdf = ("visit summary, 200 visits: median 18.7 ms wall, 9.9 ms CPU (51226 bytes)\n"
           "bare reportlab, same two tables:   median 11.7 ms wall, 6.1 ms CPU (45182 bytes)\n")
    assert probes.legacy_results("report_speed", pdf) == {
        "pdf_summary_ms": (18.7, "ms"), "pdf_floor_ms": (11.7, "ms")}
    assert probes.legacy_results("ui_search", keys) == {}


def test_a_missing_or_silent_script_is_not_available(tmp_path, monkeypatch):
    monkeypatch.setattr(probes, "BENCH", tmp_path)
    found, note = probes.helper_script("ui_open_patient", [], {}, timeout=30)
    assert found == {} and "not on this branch" in note
    (tmp_path / "ui_open_patient.py").write_text("raise SystemExit('no window')\n")
    found, note = probes.helper_script("ui_open_patient", [], {}, timeout=30)
    assert found == {} and "exited 1 without a RESULT line: no window" in note


def test_child_runs_are_timed_and_report_their_own_peak_memory():
    peak = str(Path(probes.__file__).with_name("peak.py"))
    run = probes.run_child([probes.python(), peak, "-m", "json.tool", "--help"], timeout=30)
    assert run.code == 0 and run.seconds > 0
    assert run.peak_kib is not None and 1_000 < run.peak_kib < 1_000_000
