"""parse, parse_bytes, parse_file: types, attributes, spans and the module's surface."""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path

import pytest

import kamervraag
from conftest import DOCUMENT_KEYS, DOCUMENTS, EXAMPLE, REPO

SIMPLE = (
    "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën over de bankenbelasting. "
    "(ingezonden 18 juli 2019)\n\n  1. Kent u het bericht?\n  2. Wat vindt u ervan?\n"
)


def test_version_is_the_crate_version() -> None:
    cargo = (REPO / "Cargo.toml").read_text()
    section = cargo[cargo.index("[workspace.package]") :]
    version = re.search(r'^version\s*=\s*"([^"]+)"', section, re.M)
    assert version and kamervraag.__version__ == version.group(1)


def test_public_names() -> None:
    for name in kamervraag.__all__:
        assert hasattr(kamervraag, name), name
    for cls in (
        kamervraag.Document, kamervraag.Person, kamervraag.Office, kamervraag.Responder, kamervraag.Block,
        kamervraag.Footnote, kamervraag.Reference, kamervraag.Page, kamervraag.Diagnostic, kamervraag.Span,
    ):  # fmt: skip
        assert cls.__module__ == "kamervraag"
        assert cls.__doc__


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_parse_variants_agree(path: Path) -> None:
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    doc = kamervraag.parse(text)
    assert isinstance(doc, kamervraag.Document)
    assert kamervraag.parse_bytes(raw) == doc
    assert kamervraag.parse_file(path) == doc
    assert kamervraag.parse_file(str(path)) == doc
    assert kamervraag.parse_file(os.fsencode(path)) == doc  # type: ignore[arg-type]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_attribute_types(path: Path) -> None:
    doc = kamervraag.parse_file(path)
    assert list(doc.to_dict()) == DOCUMENT_KEYS
    assert doc.kind in ("questions", "answer", "notice")
    assert doc.format in ("tweedemonitor", "publication", "original", "webpage", "plain")
    for key in ("zaaknummer", "document_id", "vergaderjaar", "title", "subject", "explanation", "notice"):
        assert getattr(doc, key) is None or isinstance(getattr(doc, key), str), key
    for key in ("submitted", "received", "published"):
        value = getattr(doc, key)
        assert value is None or type(value) is datetime.date, key
    assert doc.aanhangsel is None or isinstance(doc.aanhangsel, int)
    assert isinstance(doc.oral, bool)
    assert all(isinstance(p, kamervraag.Person) for p in doc.submitters)
    assert all(isinstance(o, kamervraag.Office) for o in doc.addressees + doc.co_responders)
    assert all(isinstance(r, kamervraag.Responder) for r in doc.responders)
    for block in doc.questions + doc.answers:
        assert isinstance(block, kamervraag.Block)
        assert all(isinstance(n, int) for n in block.numbers + block.footnotes)
        assert isinstance(block.text, str)
        assert isinstance(block.span, kamervraag.Span)
    for note in doc.footnotes:
        assert isinstance(note.number, int) and all(isinstance(u, str) for u in note.urls)
    assert all(isinstance(r, kamervraag.Reference) for r in doc.references)
    assert all(isinstance(d, kamervraag.Diagnostic) for d in doc.diagnostics)
    assert doc.page is None or isinstance(doc.page, kamervraag.Page)


def all_spans(doc: kamervraag.Document) -> list[kamervraag.Span]:
    parts = doc.questions + doc.answers + doc.footnotes + doc.references + doc.diagnostics
    return [part.span for part in parts]  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_spans_slice_python_strings(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = kamervraag.parse(text)
    for span in all_spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert len(span) == span.end - span.start
    for ref in doc.references:
        if ref.kind == "url":
            assert text[ref.span.start : ref.span.end].startswith(("http", "www"))


def test_spans_are_code_points_on_non_ascii_text() -> None:
    # Many multi-byte characters before the questions: byte offsets would land several characters late.
    text = (
        "Vragen van het lid Omtzigt (Nieuw Sociaal Contract) aan de minister van Financiën over de naïeve "
        "‘rekenregels’ voor café’s en coöperaties. (ingezonden 6 februari 2024)\n\n"
        "  1. Kent u het bericht ‘Café’s betalen te veel’?\n  2. Wat is uw reactie op de uitspraak?\n"
    )
    doc = kamervraag.parse(text)
    if not doc.questions:
        pytest.skip("the parser does not find these questions yet")
    for block in doc.questions:
        head = block.label or block.text.split()[0]
        assert text[block.span.start : block.span.end].startswith(head), (block, head)


def test_bom_and_crlf_are_accepted() -> None:
    raw = (Path(__file__).parent / "fixtures" / "plain-bom-crlf.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    doc = kamervraag.parse_bytes(raw)
    assert doc == kamervraag.parse(raw.decode("utf-8"))
    text = raw.decode("utf-8")
    for span in all_spans(doc):
        assert span.end <= len(text)


def test_strict_is_lenient_without_diagnostics_and_raises_on_the_first() -> None:
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        doc = kamervraag.parse(text)
        if not doc.diagnostics:
            assert kamervraag.parse(text, strict=True) == doc
            continue
        with pytest.raises(kamervraag.ParseError) as info:
            kamervraag.parse(text, strict=True)
        first = doc.diagnostics[0]
        assert info.value.kind == "strict"
        assert info.value.offset == first.span.start
        assert first.code in str(info.value)


def test_keyword_only_options() -> None:
    with pytest.raises(TypeError):
        kamervraag.parse(SIMPLE, True)  # type: ignore[misc]
    with pytest.raises(TypeError):
        kamervraag.parse(SIMPLE.encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kamervraag.parse_bytes(SIMPLE)  # type: ignore[arg-type]


def test_parse_file_errors_name_the_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(kamervraag.ParseError) as info:
        kamervraag.parse_file(empty)
    assert str(info.value).startswith(f"{empty}:1:1: error[empty]: ")
    with pytest.raises(FileNotFoundError):
        kamervraag.parse_file(tmp_path / "missing.txt")


def test_repr_is_short_and_informative() -> None:
    doc = kamervraag.parse_file(EXAMPLE)
    text = repr(doc)
    assert text.startswith("Document(kind=") and "zaaknummer=" in text
    assert len(text) < 1000
    assert re.fullmatch(r"Span\(start=\d+, end=\d+\)", repr(kamervraag.Span(1, 2)))
