"""Long operations (LanguageTool download, backup) through the TaskRunner, behind a progress
dialog with Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from flegme.ui.tasks import TaskRunner

# work(progress(done, total), cancel_event) -> None on success, else a sentence for the user
Work = Callable[[Callable[[int, int], None], threading.Event], "str | None"]


class LongTask(QObject):
    """Runs `work` off the GUI thread behind a progress dialog; `done` gets its outcome."""

    done = Signal(object)  # None on success, else the reason (cancelled, failed)
    _progressed = Signal(int, int)  # emitted from the worker, shown on the GUI thread

    def __init__(self, parent: QWidget | None, label: str, work: Work, *,
                 synchronous: bool = False, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.outcome: str | None = None
        self.finished = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("longTaskDialog")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel.set)
        self._progressed.connect(self._progress)
        self.runner = runner if runner is not None else TaskRunner(synchronous=synchronous,
                                                                   parent=self)
        self.runner.run_task(lambda: work(self._progressed.emit, self.cancel), self._finish,
                             on_error=lambda exc: self._finish(str(exc) or type(exc).__name__))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(100)
            self.dialog.setValue(min(100, done * 100 // total))

    def _finish(self, outcome: object) -> None:
        self.outcome = outcome if isinstance(outcome, str) else None
        self.finished = True
        self.dialog.reset()
        self.dialog.hide()
        self.done.emit(self.outcome)
