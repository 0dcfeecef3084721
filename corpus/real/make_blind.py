"""Write blind/texts.jsonl: only id, lang, platform and text of every post, for a blind labeller.

    python3 corpus/real/make_blind.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND_FIELDS = ("id", "lang", "platform", "text")


def blind_lines(posts_path: Path) -> list[str]:
    """One JSON line per post, with the blind fields only, in corpus order."""
    lines = []
    for line in posts_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            post = json.loads(line)
            lines.append(json.dumps({k: post[k] for k in BLIND_FIELDS}, ensure_ascii=False))
    return lines


def main() -> None:
    out = HERE / "blind" / "texts.jsonl"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(blind_lines(HERE / "posts.jsonl")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
