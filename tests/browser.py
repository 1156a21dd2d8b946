"""Headless Chromium for the tests, and for the screenshot in ``docs/``.

Debian's ``chromium`` (``.ci/run`` installs it). The flags are the ones this
kind of machine needs: no sandbox (root), no GPU, and no background
networking, whose refused connections would otherwise slow every start.

``python -m tests.browser`` writes ``docs/parler-report.png``, the HTML
report of the worked example as a reader sees it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def chromium() -> str | None:
    """The browser's path, or None when this machine has none."""
    return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _run(page: Path, *flags: str) -> str:
    browser = chromium()
    if browser is None:
        raise FileNotFoundError("no chromium on PATH (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *flags, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    return done.stdout


def dom(page: Path) -> str:
    """The page's DOM after Chromium has parsed and laid it out."""
    return _run(page, "--dump-dom")


def screenshot(page: Path, png: Path, width: int = 1000, height: int = 1500) -> None:
    _run(page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")


if __name__ == "__main__":
    import injunction

    root = Path(__file__).resolve().parent.parent
    decision = injunction.evaluate(injunction.example("parler"))
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "parler.html"
        page.write_text(injunction.render(decision, "html"), encoding="utf-8")
        screenshot(page, root / "docs" / "parler-report.png")
    print("wrote docs/parler-report.png")
