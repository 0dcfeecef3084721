"""The draft editor: underlines findings as you type, tooltips, one-click suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QEvent, QPoint, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from flegme.engine.report import Finding, Severity
from flegme.ui.positions import PositionMap, common_ends
from flegme.ui.theme import look_format

# An underline's look: the fold (text past a platform's limit), a passage reviewers commented
# on, or a finding's (grammar or not, severity).
FOLD, COMMENT = "fold", "comment"
Look = tuple[bool, Severity] | str


@cache
def _format(look: Look) -> QTextCharFormat:
    """One shared format per look."""
    if isinstance(look, tuple):
        return look_format(*look)
    fmt = QTextCharFormat()
    if look == FOLD:
        fmt.setForeground(QColor("#6b6b6b"))
    else:
        fmt.setBackground(QColor("#fff3b0"))
    return fmt


@dataclass(slots=True)
class _Underline:
    """An underline shown: where it was set (str offsets and Qt positions, in the text of
    that time), its look, and its selection (whose cursor Qt moves with each edit)."""

    start: int
    end: int
    qt_start: int
    qt_end: int
    look: Look
    cursor: QTextCursor
    selection: QTextEdit.ExtraSelection


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DraftEditor(QPlainTextEdit):
    """A plain-text editor that shows the engine's findings as underlines."""

    dismissRequested = Signal(object, str)  # Finding, scope ("once" | "draft" | "proposed_allow")
    suggestionApplied = Signal(object, str)  # Finding, replacement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setTabChangesFocus(False)
        self.setPlaceholderText(self.tr("Write your post here. Flegme checks as you type."))
        self._findings: tuple[Finding, ...] = ()
        self._positions = PositionMap("")
        self._fold_at: int | None = None
        self._comment_spans: list[tuple[int, int]] = []  # reviewers' anchored passages
        # The underlines shown and the text they were set for (their cursors move with edits).
        self._underlines: list[_Underline] = []
        self._underlined = PositionMap("")

    # -- findings ------------------------------------------------------------------------

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings currently underlined."""
        return self._findings

    def set_findings(self, text: str, findings: tuple[Finding, ...],
                     fold_at: int | None = None) -> bool:
        """Underline `findings` if they were computed for the current text (else ignore)."""
        if text != self.toPlainText():
            return False  # a stale result: the user typed meanwhile
        self._findings = findings
        self._positions = PositionMap(text)
        self._fold_at = fold_at
        self._refresh()
        return True

    def _wanted(self) -> list[tuple[int, int, Look]]:
        """The underlines wanted: str start, end and look (fold, comments, findings)."""
        length = len(self._positions.text)
        wanted: list[tuple[int, int, Look]] = []
        if self._fold_at is not None and self._fold_at < length:
            wanted.append((self._fold_at, length, FOLD))
        wanted.extend((start, end, COMMENT) for start, end in self._comment_spans
                      if 0 <= start < end <= length)
        wanted.extend((f.start, f.end, (f.category == "grammar", f.severity))
                      for f in self._findings if f.start < f.end)
        return wanted

    def _moved(self) -> dict[tuple[int, int, Look], list[_Underline]]:
        """The underlines shown that an edit only moved (or left in place), keyed by where
        they now stand (str offsets in the current text).

        Qt moves each underline's cursor with the text; one that lies before, after or
        around the edited stretch is still right if a finding wants it there, provided its cursor is
        where that predicts (typing right at an underline's end stretches it; the shared
        ends of "aa" -> "aaa" do not say where the letter went): else it is made again."""
        old, new = self._underlined, self._positions
        prefix, suffix = common_ends(old.text, new.text)
        after = len(old.text) - suffix  # old offsets from here on were kept, shifted
        shift, qt_shift = len(new.text) - len(old.text), new.qt_length - old.qt_length
        moved: dict[tuple[int, int, Look], list[_Underline]] = {}
        for u in self._underlines:
            if u.end <= prefix:
                start, end, qt_start, qt_end = u.start, u.end, u.qt_start, u.qt_end
            elif u.start >= after:
                start, end = u.start + shift, u.end + shift
                qt_start, qt_end = u.qt_start + qt_shift, u.qt_end + qt_shift
            elif u.start <= prefix and u.end >= after:  # around the edit: its end moved
                start, end = u.start, u.end + shift
                qt_start, qt_end = u.qt_start, u.qt_end + qt_shift
            else:
                continue
            if (u.cursor.selectionStart(), u.cursor.selectionEnd()) != (qt_start, qt_end):
                continue
            moved.setdefault((start, end, u.look), []).append(
                _Underline(start, end, qt_start, qt_end, u.look, u.cursor, u.selection))
        return moved

    def _new_underline(self, start: int, end: int, look: Look) -> _Underline:
        """A new underline over str offsets `[start, end)` of the current text."""
        qt_start, qt_end = self._positions.to_qt(start), self._positions.to_qt(end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = _format(look)
        return _Underline(start, end, qt_start, qt_end, look, cursor, selection)

    def _refresh(self) -> None:
        """Set only the underlines that changed.

        An underline's cursor moves with the text as the user types, so after a keystroke
        most underlines are already in place: they are kept as they are (no offset
        converted, no cursor made), only the new ones are made, and the list is handed to
        Qt only when something was added or removed (Qt then repaints only those)."""
        moved = self._moved()
        underlines: list[_Underline] = []
        made = 0
        for start, end, look in self._wanted():
            group = moved.get((start, end, look))
            if group:
                underlines.append(group.pop())
            else:
                underlines.append(self._new_underline(start, end, look))
                made += 1
        removed = len(self._underlines) - (len(underlines) - made)
        self._underlines, self._underlined = underlines, self._positions
        if made or removed:
            self.setExtraSelections([u.selection for u in underlines])

    def set_comment_spans(self, spans: list[tuple[int, int]]) -> None:
        """Mark the passages reviewers commented on (str offsets in the current text)."""
        self._comment_spans = list(spans)
        self._positions = PositionMap(self.toPlainText())
        self._refresh()

    def select_span(self, start: int, end: int) -> None:
        """Select `[start, end)` (str offsets) and show it."""
        positions = PositionMap(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int]:
        """The selection as str offsets."""
        positions = PositionMap(self.toPlainText())
        cursor = self.textCursor()
        return positions.to_str(cursor.selectionStart()), positions.to_str(cursor.selectionEnd())

    def findings_at(self, offset: int) -> list[Finding]:
        """Findings covering str offset `offset` (most serious first)."""
        hits = [f for f in self._findings if f.start <= offset < f.end]
        return sorted(hits, key=lambda f: -f.severity.rank)

    def offset_at(self, point: QPoint) -> int:
        """The str offset under a viewport point."""
        return self._positions.to_str(self.cursorForPosition(point).position())

    def select_finding(self, finding: Finding) -> None:
        """Put the cursor on a finding and show it."""
        cursor = self.textCursor()
        cursor.setPosition(self._positions.to_qt(finding.start))
        cursor.setPosition(self._positions.to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def apply_suggestion(self, finding: Finding, replacement: str) -> None:
        """Replace the finding's text in one undoable step."""
        if self.isReadOnly() or self._positions.text != self.toPlainText():
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions.to_qt(finding.start))
        cursor.setPosition(self._positions.to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.suggestionApplied.emit(finding, replacement)

    # -- tooltips and menus ----------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Tooltips with the message and the explanation of the findings under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.viewport().mapFromGlobal(event.globalPos())
            hits = self.findings_at(self.offset_at(point))
            if hits:
                QToolTip.showText(event.globalPos(), self.tooltip_html(hits), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_html(self, hits: list[Finding]) -> str:
        """Rich text for the findings under the mouse."""
        parts = []
        for f in hits:
            fix = ""
            if f.suggestions and f.suggestions[0]:
                fix = "<br><i>" + self.tr("Suggestion:") + f" {_escape(f.suggestions[0])}</i>"
            parts.append(f"<b>{_escape(f.message)}</b><br>{_escape(f.explanation)}{fix}")
        return "<hr>".join(parts)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The usual menu, with the findings' suggestions and dismiss actions on top."""
        menu = self.createStandardContextMenu()
        hits = self.findings_at(self.offset_at(event.pos()))
        if hits:
            first = menu.actions()[0] if menu.actions() else None
            for action in self.finding_actions(hits, menu):
                menu.insertAction(first, action)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]
        menu.exec(event.globalPos())

    def finding_actions(self, hits: list[Finding], menu: QMenu) -> list[QAction]:
        """'Replace with …' and 'Dismiss' actions for the findings at a point."""
        actions: list[QAction] = []
        if self.isReadOnly():  # the reviewer's copy: nothing to fix or dismiss here
            return actions
        for finding in hits:
            for replacement in finding.suggestions[:5]:
                if not replacement:
                    continue
                action = menu.addAction(self.tr("Replace with “%1”").replace("%1", replacement))
                action.triggered.connect(
                    lambda _=False, f=finding, r=replacement: self.apply_suggestion(f, r))
                actions.append(action)
            excerpt = self._positions.text[finding.start:finding.end]
            for scope, label in (
                    ("once", self.tr("Dismiss “%1” once").replace("%1", finding.message)),
                    ("draft", self.tr("Dismiss for this draft")),
                    ("proposed_allow",
                     self.tr("Propose “%1” as an allowed term").replace("%1", excerpt))):
                dismiss = menu.addAction(label)
                dismiss.triggered.connect(
                    lambda _=False, f=finding, s=scope: self.dismissRequested.emit(f, s))
                actions.append(dismiss)
        return actions

