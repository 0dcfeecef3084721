"""Reading a QTableWidget's cells in tests (an empty cell is a failure, not a crash)."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def cell(table: QTableWidget, row: int, column: int) -> str:
    """The text of a cell that must exist."""
    item = table.item(row, column)
    assert item is not None, f"no cell at ({row}, {column})"
    return item.text()
