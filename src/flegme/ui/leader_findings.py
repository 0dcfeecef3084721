"""The leader's findings: underlines, panel and counters for each (non-stale) report, and
findings dismissed (once, for this draft, or proposed to the comms lead) or brought back."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from flegme.engine.report import Finding, Report
from flegme.review.service import ReviewService
from flegme.style.model import HouseStyle
from flegme.ui.editor import DraftEditor
from flegme.ui.findings_panel import FindingsPanel
from flegme.ui.leader_saving import DraftRef
from flegme.ui.platform_bar import PlatformBar
from flegme.ui.tasks import TaskRunner
from flegme.ui.workers import CheckScheduler

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


class LeaderFindings(_Widget):
    """The leader view's findings (a part of `LeaderView`)."""

    service: ReviewService | None
    runner: TaskRunner
    scheduler: CheckScheduler
    house: HouseStyle
    editor: DraftEditor
    panel: FindingsPanel
    platforms: PlatformBar
    ref: DraftRef
    _dismissed: set[tuple[str, str]]  # (rule, excerpt): survives edits around it
    if TYPE_CHECKING:
        def autosave(self) -> None: ...
        def write_failed(self, title: str, exc: BaseException) -> None: ...

    def show_report(self, report: Report) -> None:
        """Underlines, panel, counters for a (non-stale) report."""
        visible = tuple(f for f in report.findings if not self._is_dismissed(report.text, f))
        hidden = [f for f in report.findings if self._is_dismissed(report.text, f)]
        linkedin = next((c for c in report.counts if c.platform == "linkedin"), None)
        if not self.editor.set_findings(report.text, visible,
                                        linkedin.fold_at if linkedin else None):
            return
        shown = replace(report, findings=visible)
        self.panel.show_report(shown, hidden, self.house.tone.threshold,
                               self.house.promotion.threshold)
        self.platforms.show_counts(report.text, report.counts)

    def _is_dismissed(self, text: str, finding: Finding) -> bool:
        return (finding.rule, text[finding.start:finding.end].casefold()) in self._dismissed

    def dismiss(self, finding: Finding, scope: str) -> None:
        """Hide a finding (once, for this draft, or proposed to the comms lead); stored
        through the write queue, after the save of the text it was dismissed in."""
        report = self.scheduler.last_report
        if report is None:
            return
        excerpt = report.text[finding.start:finding.end]
        self._dismissed.add((finding.rule, excerpt.casefold()))
        service = self.service
        if scope != "once" and service is not None:
            self.autosave()
            ref = self.ref

            def store() -> None:
                if ref.id is not None:  # created by the save queued just before
                    service.dismiss(ref.id, rule=finding.rule, start=finding.start,
                                    end=finding.end, excerpt=excerpt, scope=scope)

            self.runner.post(store, on_error=lambda exc: self.write_failed(
                self.tr("Not saved"), exc), label=self.tr("a dismissed finding"))
        self.show_report(report)

    def restore_finding(self, finding: Finding) -> None:
        """Bring a dismissed finding back."""
        report = self.scheduler.last_report
        if report is None:
            return
        key = (finding.rule, report.text[finding.start:finding.end].casefold())
        self._dismissed.discard(key)
        service, ref = self.service, self.ref
        if service is not None and ref.id is not None:
            draft_id = ref.id

            def restore() -> None:
                for d in service.dismissals(draft_id):
                    if (d.rule, d.excerpt.casefold()) == key and not d.restored:
                        service.restore_dismissal(d.id)

            self.runner.post(restore, on_error=lambda exc: self.write_failed(
                self.tr("Not saved"), exc), label=self.tr("a restored finding"))
        self.show_report(report)
