"""Point nltk at the bundle's nltk_data without importing nltk at start-up (it is slow)."""

import os
import sys

_bundled = os.path.join(sys._MEIPASS, "nltk_data")  # type: ignore[attr-defined]
_current = os.environ.get("NLTK_DATA")
os.environ["NLTK_DATA"] = _bundled + (os.pathsep + _current if _current else "")
