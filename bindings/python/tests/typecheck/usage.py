"""Typical use of the package, type-checked with `mypy --strict` against the shipped stubs (not run)."""

from __future__ import annotations

import datetime
from pathlib import Path

import kamervraag
from kamervraag import Document, ParseError


def headline(doc: Document) -> tuple[str, str | None, list[str], datetime.date | None, int]:
    names = [p.name for p in doc.submitters]
    return doc.kind, doc.zaaknummer, names, doc.submitted, len(doc.questions)


def spans(doc: Document, source: str) -> list[str]:
    return [source[b.span.start : b.span.end] for b in doc.questions + doc.answers]


def load(paths: list[Path]) -> list[Document]:
    docs = [kamervraag.parse_file(p, strict=False) for p in paths]
    docs += kamervraag.parse_many([p.read_bytes() for p in paths], threads=2)
    return docs


def tolerant(texts: list[str]) -> list[Document]:
    out: list[Document] = []
    for result in kamervraag.parse_many(texts, errors="return"):
        if isinstance(result, ParseError):
            print(result.kind, result.line, result.column, result.offset)
        else:
            out.append(result)
    return out


def as_json(doc: Document) -> str:
    data: dict[str, object] = doc.to_dict()
    assert data["kind"] == doc.kind
    return doc.to_json(indent=2)


version: str = kamervraag.__version__
