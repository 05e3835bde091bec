"""Live ALSFRS-R subscores and total; a missing item is named, never silently summed over."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from bedside import analysis
from bedside.domain.words import resource_text
from bedside.instruments import Questionnaire, alsfrs_r
from bedside.ui.style import pt


def slot_number(q: Questionnaire, key: str) -> str:
    """The number a missing item is shown by: '5' for 5a/5b, as analysis.missing_items does."""
    alt = q.alternate_of(key)
    return alt.slot if alt else q.item(key).number


class ScorePanel(QFrame):
    """Four subscores and the total, each with the items it still needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.q = alsfrs_r()
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(2)
        self._values: dict[str, QLabel] = {}
        self._needs: dict[str, QLabel] = {}
        row = 0
        for d in self.q.domains:
            name = QLabel(resource_text(d.name))
            value = QLabel()
            value.setStyleSheet(f"font-weight: bold; font-size: {pt(12)};")
            need = QLabel()
            need.setObjectName("help")
            need.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(need, row + 1, 0, 1, 2)
            self._values[d.key], self._needs[d.key] = value, need
            row += 2
        total_name = QLabel(self.tr("Total"))
        total_name.setObjectName("total")
        self._total = QLabel()
        self._total.setObjectName("total")
        self._total_need = QLabel()
        self._total_need.setObjectName("help")
        self._total_need.setWordWrap(True)
        grid.addWidget(total_name, row, 0)
        grid.addWidget(self._total, row, 1)
        grid.addWidget(self._total_need, row + 1, 0, 1, 2)
        self._domain_numbers = {
            d.key: [slot_number(self.q, i.key) for i in self.q.domain_items(d.key)]
            for d in self.q.domains
        }
        self.show_answers({})

    def total_text(self) -> str:
        return self._total.text()

    def show_answers(self, answers: Mapping[str, int]) -> None:
        missing = analysis.missing_items(answers, self.q)
        subs = analysis.subscores(answers, self.q)
        for d in self.q.domains:
            value = subs[d.key]
            top = self.q.max_score * len(dict.fromkeys(self._domain_numbers[d.key]))
            self._values[d.key].setText(f"{value} / {top}" if value is not None else f"— / {top}")
            lacking = [n for n in dict.fromkeys(self._domain_numbers[d.key]) if n in missing]
            self._needs[d.key].setText(
                self.tr("missing item %1").replace("%1", ", ".join(lacking)) if lacking else ""
            )
            self._needs[d.key].setVisible(bool(lacking))
        t = analysis.total(answers, self.q)
        self._total.setText(f"{t} / {self.q.max_total}" if t is not None
                            else f"— / {self.q.max_total}")
        self._total_need.setText(
            self.tr("no total: missing item %1").replace("%1", ", ".join(missing))
            if missing else ""
        )
