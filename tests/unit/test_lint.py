"""The code stays clean: no unused or shadowed names, sorted imports, no bug patterns."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing() -> None:
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        ruff = Path(shutil.which("ruff") or "")
    if not ruff.is_file():
        pytest.skip("ruff not installed (it comes with the test extra)")
    result = subprocess.run([str(ruff), "check", "app", "db", "ui", "bench", "tests", "scripts"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
