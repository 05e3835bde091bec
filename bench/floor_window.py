"""The start-up floor: a bare PySide6 QMainWindow, shown and painted once, then exit.

    python bench/floor_window.py [--pyqtgraph]

Without options it is the floor for start to first paint (no plotting library); with
--pyqtgraph it also imports pyqtgraph first: the floor for peak memory at start. Prints
``painted startup_ms=<int>`` once the window has painted (process start to then, on the
clock bedside.app.startup_ms uses), then quits (the harness times spawn to exit).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def startup_ms() -> int:
    """As bedside.app.startup_ms (process start to now, Linux), without importing bedside."""
    with open("/proc/self/stat", encoding="ascii") as fh:
        started = int(fh.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    return round((time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000)


def main() -> int:
    if "--pyqtgraph" in sys.argv:
        import pyqtgraph  # noqa: F401

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
            super().paintEvent(event)
            self.painted = True

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setWindowTitle("floor")
    window.setCentralWidget(QLabel("floor window"))
    window.resize(1366, 768)
    window.show()
    deadline = time.monotonic() + 10
    while not window.painted and time.monotonic() < deadline:
        app.processEvents()
        if not window.painted:
            window.repaint()
    if not window.painted:
        print("floor window never painted", file=sys.stderr)
        return 1
    print(f"painted startup_ms={startup_ms()}", flush=True)
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
