"""The review feedback on a draft: comments anchored to passages, decisions, replies, who and
when; reply and resolve. Shown to the leader beside the editor and to the reviewer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flegme.errors import FlegmeError
from flegme.review.anchors import Thread
from flegme.review.service import ReviewService
from flegme.ui.dialogs import show_error
from flegme.ui.editor import DraftEditor
from flegme.ui.labels import error_text, event_label, when, who
from flegme.ui.tasks import TaskRunner


class FeedbackPanel(QWidget):
    """A list of threads; the selected one can be answered or resolved."""

    threadActivated = Signal(object)  # Thread
    replyRequested = Signal(int, str)  # event id, text
    resolveRequested = Signal(int, bool)  # event id, resolved
    changed = Signal()  # a reply or a resolution was stored

    def __init__(self, parent: QWidget | None = None, *, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.runner = runner  # replies and resolutions go through its write queue
        self.threads: list[Thread] = []
        self._service: ReviewService | None = None
        self._draft_id: int | None = None
        self._editor: DraftEditor | None = None
        self._hide_resolved = False
        self.note = QLabel()
        self.note.setObjectName("feedbackNote")
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("feedbackList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.currentRowChanged.connect(self._selected)
        self.reply = QLineEdit(placeholderText=self.tr("Reply to the selected comment…"))
        self.reply.setObjectName("replyText")
        self.reply.returnPressed.connect(self._reply)
        self.reply_button = QPushButton(self.tr("Reply"))
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self._reply)
        self.resolve_button = QPushButton(self.tr("Mark resolved"))
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self._resolve)
        row = QHBoxLayout()
        row.addWidget(self.reply, 1)
        row.addWidget(self.reply_button)
        row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._selected(-1)
        self.threadActivated.connect(self._show_passage)
        self.replyRequested.connect(self._store_reply)
        self.resolveRequested.connect(self._store_resolution)

    def attach(self, service: ReviewService | None, draft_id: int | None,
               editor: DraftEditor, *, hide_resolved_marks: bool = False) -> None:
        """Which draft the feedback is about (its threads come with `show_loaded`)."""
        self._service, self._draft_id, self._editor = service, draft_id, editor
        self._hide_resolved = hide_resolved_marks

    def show_loaded(self, threads: list[Thread]) -> None:
        """Show threads read for the attached draft (e.g. off the GUI thread)."""
        self.show_threads(threads)
        if self._editor is not None:
            self._editor.set_comment_spans([
                (t.anchor.start, t.anchor.end) for t in threads
                if t.anchor is not None and t.anchor.start is not None
                and t.anchor.end is not None
                and not (self._hide_resolved and t.event.resolved)])

    def _show_passage(self, thread: Thread) -> None:
        anchor = thread.anchor
        if (self._editor is not None and anchor is not None and anchor.start is not None
                and anchor.end is not None):
            self._editor.select_span(anchor.start, anchor.end)

    def _store_reply(self, event_id: int, text: str) -> None:
        service, draft_id = self._service, self._draft_id
        if service is None or draft_id is None:
            return
        # the owner re-reads the feedback on `changed` (the selection stays on the thread)
        self.runner.post(lambda: service.reply(event_id, draft_id, text=text),
                         lambda _: self.changed.emit(),
                         on_error=lambda exc: self._not_stored(self.tr("Reply not saved"), exc),
                         label=self.tr("a reply"))

    def _store_resolution(self, event_id: int, resolved: bool) -> None:
        service, draft_id = self._service, self._draft_id
        if service is None or draft_id is None:
            return
        self.runner.post(lambda: service.resolve(event_id, draft_id, resolved),
                         lambda _: self.changed.emit(),
                         on_error=lambda exc: self._not_stored(self.tr("Not saved"), exc))

    def _not_stored(self, title: str, exc: BaseException) -> None:
        if not isinstance(exc, FlegmeError):
            raise exc
        show_error(self, title, error_text(exc))

    def show_threads(self, threads: list[Thread], note: str = "") -> None:
        """Show the feedback (oldest first) and an optional note above it. A refresh keeps
        the selection and the scroll position, and moves nothing in the editor."""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if threads == self.threads and self.list.count() == len(threads):
            return  # the same feedback: nothing moves
        current = self.selected()
        scrolled = self.list.verticalScrollBar().value()
        self.threads = threads
        self.list.blockSignals(True)  # re-selecting must not select the passage again
        try:
            self.list.clear()
            for thread in threads:
                item = QListWidgetItem(self._text(thread))
                item.setData(Qt.ItemDataRole.UserRole, thread.event.id)
                if thread.event.resolved:
                    item.setForeground(Qt.GlobalColor.gray)
                self.list.addItem(item)
            if current is not None:
                self.list.setCurrentRow(next((i for i, t in enumerate(threads)
                                              if t.event.id == current.event.id), -1))
        finally:
            self.list.blockSignals(False)
        self.list.verticalScrollBar().setValue(scrolled)
        still = self.selected()
        self._selected(self.list.currentRow(), activate=still is None or current is None
                       or still.event.id != current.event.id)

    def _text(self, thread: Thread) -> str:
        e = thread.event
        head = f"{who(e.author_role, e.author_name)} · {when(e.created_at)} · " \
               f"{event_label(e.kind)}"
        if e.resolved:
            head += " · " + self.tr("resolved")
        lines = [head]
        anchor = thread.anchor
        if anchor is not None and anchor.outdated:
            lines.append(self.tr("On a passage changed since: “%1”").replace("%1", anchor.quote))
        elif anchor is not None:
            lines.append(f"“{anchor.quote}”")
        if e.text:
            lines.append(e.text)
        for r in thread.replies:
            lines.append(f"   ↳ {who(r.author_role, r.author_name)} · {when(r.created_at)}: "
                         f"{r.text}")
        return "\n".join(lines)

    def selected(self) -> Thread | None:
        """The thread selected, if any."""
        row = self.list.currentRow()
        return self.threads[row] if 0 <= row < len(self.threads) else None

    def _selected(self, _row: int, *, activate: bool = True) -> None:
        thread = self.selected()
        self.reply_button.setEnabled(thread is not None)
        self.reply.setEnabled(thread is not None)
        self.resolve_button.setEnabled(thread is not None)
        if thread is not None:
            self.resolve_button.setText(self.tr("Reopen") if thread.event.resolved
                                        else self.tr("Mark resolved"))
            if activate:  # not when a refresh only re-selects the same thread
                self.threadActivated.emit(thread)

    def _reply(self) -> None:
        thread = self.selected()
        if thread is not None and self.reply.text().strip():
            self.replyRequested.emit(thread.event.id, self.reply.text().strip())
            self.reply.clear()

    def _resolve(self) -> None:
        thread = self.selected()
        if thread is not None:
            self.resolveRequested.emit(thread.event.id, not thread.event.resolved)
