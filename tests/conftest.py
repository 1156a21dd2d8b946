"""Shared fixtures; CI selects a deterministic Hypothesis profile by environment variable."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).parent.parent
CASES = sorted((ROOT / "tests" / "cases").rglob("*.json"))

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
