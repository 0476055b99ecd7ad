"""The stubs: checked against the compiled module with mypy.stubtest, and usable under mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

pytest.importorskip("mypy", reason="mypy is not installed (make test-python installs it)")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=HERE, timeout=600)


def test_stubtest_agrees_with_the_built_module() -> None:
    proc = run("mypy.stubtest", "kamervraag", "--allowlist", str(HERE / "stubtest-allowlist.txt"))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_typical_use_type_checks_strictly() -> None:
    proc = run("mypy", "--strict", "--no-incremental", str(HERE / "typecheck" / "usage.py"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
