"""Shared fixtures; CI selects a deterministic Hypothesis profile by environment variable."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).parent.parent
CASES = sorted((ROOT / "tests" / "cases").rglob("*.json"))

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
# A longer hunt, not in CI: HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_fuzz.py tests/test_controls.py
settings.register_profile("fuzz", deadline=None, max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
