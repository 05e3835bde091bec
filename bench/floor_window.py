"""The start-up floor: a bare PySide6 QMainWindow, shown and painted once, then exit.

    python bench/floor_window.py [--pyqtgraph]

Without options it is the floor for start to first paint (no plotting library); with
--pyqtgraph it also imports pyqtgraph first: the floor for peak memory at start. Prints
``painted`` once the window has painted, then quits (the harness times spawn to exit).
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
    print("painted")
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
