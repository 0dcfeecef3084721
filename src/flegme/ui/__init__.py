"""The PySide6 window: thin widgets over the Qt-free engine, style and vault.

The Qt-free modules every window needs are imported here, before PySide6: once PySide6 is
loaded, its import hook reads the source of every module imported after it (looking for
"PySide6", shibokensupport/feature.py): ~0.2 ms a module, ~45 ms of the window's cold start
for the 205 modules it imported after Qt (BENCHMARKS.md, "Window: cold start")."""

import flegme.error_log
import flegme.review.identity
import flegme.review.service
import flegme.settings
import flegme.style.loader
import flegme.team.session
import flegme.vault  # noqa: F401  (its __init__ brings the repository and the SQLCipher store)
