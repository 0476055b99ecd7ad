"""Shared helpers: the fixture documents, the command-line tool, and byte-to-code-point span conversion."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
FIXTURES = HERE / "fixtures"
EXAMPLE = REPO / "examples" / "tweedemonitor-2019Z16002.txt"
SHARED = Path(os.environ.get("KAMERVRAAG_SHARED", REPO.parent / "shared"))

#: Every document the tests own: our fixtures plus the bundled example.
DOCUMENTS = sorted(FIXTURES.glob("*.txt")) + [EXAMPLE]

#: The keys of a Document in docs/data-model.md, in order.
DOCUMENT_KEYS = [
    "kind", "format", "zaaknummer", "document_id", "aanhangsel", "vergaderjaar", "title", "oral",
    "submitters", "addressees", "subject", "submitted", "responders", "co_responders", "received",
    "published", "questions", "answers", "footnotes", "explanation", "notice", "references", "page",
    "diagnostics",
]  # fmt: skip


def corpus_files() -> list[Path]:
    """The .txt documents of ../shared/corpus (empty when it is absent)."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        return []
    return sorted(p for p in corpus.rglob("*.txt") if "expected" not in p.relative_to(corpus).parts)


def cli_path() -> Path | None:
    """The `kamervraag` binary: $KAMERVRAAG_CLI, else target/release, else target/debug."""
    if env := os.environ.get("KAMERVRAAG_CLI"):
        return Path(env)
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "kamervraag"
        if candidate.is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def cli() -> Path:
    path = cli_path()
    if path is None or not path.is_file():
        pytest.skip("the kamervraag command is not built (make build, or set KAMERVRAAG_CLI)")
    return path


class CliResult:
    """What `kamervraag parse FILE` said: the JSON on success, the error kind on failure."""

    def __init__(self, doc: dict[str, Any] | None, error_kind: str | None, stderr: str) -> None:
        self.doc = doc
        self.error_kind = error_kind
        self.stderr = stderr


def run_cli(cli: Path, path: Path, *, strict: bool = False) -> CliResult:
    args = [str(cli), "parse", str(path)] + (["--strict"] if strict else [])
    proc = subprocess.run(args, capture_output=True, timeout=60)
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode == 0:
        return CliResult(json.loads(proc.stdout), None, stderr)
    assert proc.returncode == 1, f"kamervraag exited {proc.returncode}: {stderr}"
    match = re.search(r"error\[([a-z0-9-]+)\]", stderr)
    assert match, f"no error kind in: {stderr!r}"
    return CliResult(None, match.group(1), stderr)


def byte_to_code_point(raw: bytes) -> Any:
    """A function mapping a byte offset of `raw` (UTF-8) to a code-point offset of its text."""
    return lambda offset: len(raw[:offset].decode("utf-8", "ignore"))


def spans_to_code_points(value: Any, convert: Any) -> Any:
    """A copy of a JSON value with every `span` ([start, end] in bytes) converted by `convert`."""
    if isinstance(value, dict):
        return {
            k: ([convert(v[0]), convert(v[1])] if k == "span" else spans_to_code_points(v, convert))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [spans_to_code_points(v, convert) for v in value]
    return value


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that collected no test is a broken suite, not a pass: never exit 5 ("no tests ran")."""
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
