"""A check does its one-time work once: each data file is read and parsed once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import collections, json, sys, tomllib
from pathlib import Path
parsed = collections.Counter()
real_loads = tomllib.loads
read_text = Path.read_text

def remember(self, *args, **kwargs):
    text = read_text(self, *args, **kwargs)
    if self.suffix == ".toml":
        seen[id(text)] = self.name
    return text

def loads(text, **kwargs):
    parsed[f"{seen.get(id(text), '?')}:{hash(text)}"] += 1
    return real_loads(text, **kwargs)

seen = {}
Path.read_text = remember
tomllib.loads = loads
from flegme.engine.engine import check_text
for lang in ("fr", "en"):
    check_text("Un texte. Another text with synergies.", language=lang, platforms=["x"])
print(json.dumps(parsed))
"""


def test_each_toml_file_is_parsed_once_per_process() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    parsed: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(parsed) >= 6  # the default style, platforms and the lexicons were seen
    assert {name: n for name, n in parsed.items() if n > 1} == {}
