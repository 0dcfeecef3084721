"""What a tree shows besides its items: the scroll position, which groups are open, which
row is selected. Taken before a tree is rebuilt and put back after, so that a refresh while
the leader types does not make the pane jump."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

Key = Callable[[QTreeWidgetItem], Hashable]


@dataclass(frozen=True, slots=True)
class TreeState:
    """A tree's scroll position, open groups and selected row, by item key."""

    scroll: int
    expanded: frozenset[Hashable]
    collapsed: frozenset[Hashable]
    current: Hashable | None


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found: list[QTreeWidgetItem] = []
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        if item is None:
            continue
        found.append(item)
        pending.extend(item.child(i) for i in range(item.childCount()))
    return found


def capture(tree: QTreeWidget, key: Key) -> TreeState:
    """The state of `tree`, its items named by `key`."""
    groups = [item for item in _items(tree) if item.childCount()]
    current = tree.currentItem()
    return TreeState(tree.verticalScrollBar().value(),
                     frozenset(key(g) for g in groups if g.isExpanded()),
                     frozenset(key(g) for g in groups if not g.isExpanded()),
                     key(current) if current is not None else None)


def restore(tree: QTreeWidget, state: TreeState, key: Key) -> None:
    """Put `state` back on the rebuilt `tree`: groups the user opened or closed stay so (new
    groups keep the state they were built with), the same row is selected (without moving
    the text: signals are blocked), and the scroll position is kept."""
    current = None
    for item in _items(tree):
        name = key(item)
        if name in state.expanded:
            item.setExpanded(True)
        elif name in state.collapsed:
            item.setExpanded(False)
        if state.current is not None and name == state.current:
            current = item
    if current is not None:
        blocked = tree.blockSignals(True)
        tree.setCurrentItem(current)
        tree.blockSignals(blocked)
    tree.doItemsLayout()  # the scroll range of the rebuilt tree, before scrolling back
    tree.verticalScrollBar().setValue(state.scroll)
