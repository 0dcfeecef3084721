"""The verdict fit keeps, for real posts, only the labels both labelling passes agree on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from flegme.engine.evaluation import Post

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _module() -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location("verdict_data", SCRIPTS / "verdict_data.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["verdict_data"] = module  # its dataclasses look themselves up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPTS))


def test_labels_the_passes_disagree_on_are_dropped() -> None:
    data = _module()
    posts = [Post(id="a", text="x", language="en", platform="x",
                  labels={"impulsive": True, "promotional": False, "jargon": True}),
             Post(id="b", text="y", language="en", platform="x",
                  labels={"impulsive": False, "promotional": True})]
    agreed = {"impulsive": {"a"}, "promotional": {"a", "b"}}
    kept = data.agreed_only(posts, agreed)
    assert kept[0].labels == {"impulsive": True, "promotional": False, "jargon": True}
    assert kept[1].labels == {"promotional": True}


def test_the_agreed_ids_cover_every_label_of_the_real_corpus() -> None:
    agreed = _module().agreed_ids()
    assert {"impulsive", "promotional", "jargon"} <= set(agreed)
    assert all(len(ids) > 100 for ids in agreed.values())
