"""The package's layers are a contract: no module imports from a layer above its own.

The layers, top to bottom, are in ``pyproject.toml`` under
``[tool.importlinter]``; import-linter reads every import, at module level
or inside a function, and this test fails on any that runs upward.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert command is not None, "import-linter is a test dependency: pip install -e '.[test]'"
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
