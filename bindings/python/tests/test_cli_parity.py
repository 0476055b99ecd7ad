"""to_dict() equals the command-line tool's JSON for the same file (spans converted to code points)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kamervraag
from conftest import DOCUMENTS, byte_to_code_point, corpus_files, run_cli, spans_to_code_points

CORPUS = corpus_files()


def check_parity(cli: Path, path: Path, *, strict: bool = False) -> None:
    raw = path.read_bytes()
    expected = run_cli(cli, path, strict=strict)
    if expected.doc is None:
        with pytest.raises(kamervraag.ParseError) as info:
            kamervraag.parse_file(path, strict=strict)
        assert info.value.kind == expected.error_kind
        return
    doc = kamervraag.parse_file(path, strict=strict)
    want = spans_to_code_points(expected.doc, byte_to_code_point(raw))
    assert doc.to_dict() == want
    assert json.loads(doc.to_json()) == want
    # The converted spans slice the Python string exactly where the byte spans slice the file.
    text = raw.decode("utf-8")
    for part in expected.doc["questions"] + expected.doc["answers"] + expected.doc["references"]:
        start, end = part["span"]
        cp = byte_to_code_point(raw)
        assert text[cp(start) : cp(end)] == raw[start:end].decode("utf-8")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_fixture_matches_cli(cli: Path, path: Path) -> None:
    check_parity(cli, path)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_fixture_matches_cli_strict(cli: Path, path: Path) -> None:
    check_parity(cli, path, strict=True)


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus not found")
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name[:60])
def test_corpus_matches_cli(cli: Path, path: Path) -> None:
    check_parity(cli, path)


def test_unparseable_input_fails_alike(cli: Path, tmp_path: Path) -> None:
    for name, data in [("empty.txt", b""), ("masthead.txt", b"Tweede Kamer der Staten-Generaal\n"), ("bad.txt", b"Vragen \xff")]:
        path = tmp_path / name
        path.write_bytes(data)
        check_parity(cli, path)
