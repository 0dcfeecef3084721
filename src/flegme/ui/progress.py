"""Long operations (LanguageTool download, backup) in a worker, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# work(progress(done, total), cancel_event) -> None on success, else a sentence for the user
Work = Callable[[Callable[[int, int], None], threading.Event], "str | None"]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)  # str | None


class _Runnable(QRunnable):
    def __init__(self, work: Work, cancel: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.work, self.cancel, self.signals = work, cancel, signals

    def run(self) -> None:
        try:
            outcome = self.work(self.signals.progressed.emit, self.cancel)
        except Exception as exc:  # a worker must never take the window down
            outcome = str(exc) or type(exc).__name__
        self.signals.finished.emit(outcome)


class LongTask(QObject):
    """Runs `work` off the GUI thread behind a progress dialog; `done` gets its outcome."""

    done = Signal(object)  # None on success, else the reason (cancelled, failed)

    def __init__(self, parent: QWidget | None, label: str, work: Work, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.outcome: str | None = None
        self.finished = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("longTaskDialog")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.cancel.set)
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._progress)
        self._signals.finished.connect(self._finish)
        runnable = _Runnable(work, self.cancel, self._signals)
        if synchronous:  # tests: same thread, same signals
            runnable.run()
        else:
            QThreadPool.globalInstance().start(runnable)

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
