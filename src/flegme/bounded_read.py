"""Read a file the user names without trusting its reported size: at most `cap + 1` bytes,
so /dev/zero, a FIFO or a file growing under us ends in a clear error, never a full memory."""

from __future__ import annotations

import os


class TooLargeError(ValueError):
    """The file holds more than the cap (the caller words the message)."""


def read_capped(path: str | os.PathLike[str], cap: int) -> bytes:
    """The file's bytes; TooLargeError when it has more than `cap` (only `cap + 1` read).

    OSError (missing, a folder, no permission) passes through for the caller to word."""
    chunks: list[bytes] = []
    total = 0
    with open(path, "rb") as handle:
        while total <= cap:
            chunk = handle.read(min(1 << 20, cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > cap:
        raise TooLargeError(f"more than {cap:,} bytes")
    return b"".join(chunks)
