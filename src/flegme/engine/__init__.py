"""The Qt-free checking engine: text -> findings, scores and verdicts."""
