"""ParseError: kinds, positions in code points, compiler-like messages, pickling."""

from __future__ import annotations

import pickle
import re

import pytest

import kamervraag

REPORT = re.compile(r"^(?P<name>.+?):(?P<line>\d+):(?P<column>\d+): error\[(?P<kind>[a-z0-9-]+)\]: (?P<msg>.+)")


def error_of(call, *args, **kwargs) -> kamervraag.ParseError:  # type: ignore[no-untyped-def]
    with pytest.raises(kamervraag.ParseError) as info:
        call(*args, **kwargs)
    return info.value


def check_report(err: kamervraag.ParseError, name: str) -> None:
    first = str(err).splitlines()[0]
    m = REPORT.match(first)
    assert m, first
    assert m["name"] == name
    assert (int(m["line"]), int(m["column"])) == (err.line, err.column)
    assert m["kind"] == err.kind
    assert err.message in first
    assert "panicked" not in str(err)


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty(text: str) -> None:
    err = error_of(kamervraag.parse, text)
    assert err.kind == "empty"
    assert isinstance(err, ValueError)
    check_report(err, "<string>")


def test_binary() -> None:
    err = error_of(kamervraag.parse, "Vragen van het lid\x00\x01\x02 Sjoerdsma")
    assert err.kind == "binary"
    check_report(err, "<string>")


def test_not_a_kamervraag() -> None:
    # A masthead and nothing else: no intro sentence, answerer line, question or answer.
    err = error_of(kamervraag.parse, "Tweede Kamer der Staten-Generaal\n")
    assert err.kind == "not-a-kamervraag"
    assert err.line >= 1 and err.column >= 1 and err.offset >= 0
    check_report(err, "<string>")
    named = error_of(kamervraag.parse, "Tweede Kamer der Staten-Generaal\n", name="lijst.txt")
    check_report(named, "lijst.txt")


def test_error_offset_is_in_code_points() -> None:
    # A NUL on line 3 after accented letters: the offset counts characters, the column too.
    text = "Financiën\nëë ’’\nab\x00cd"
    err = error_of(kamervraag.parse, text)
    assert err.kind == "binary"
    assert text[err.offset] == "\x00"
    assert (err.line, err.column) == (3, 3)
    assert "^" in str(err)  # the caret line


def test_invalid_utf8_reports_the_byte_offset() -> None:
    data = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën\n".encode() + b"ab\xffcd"
    err = error_of(kamervraag.parse_bytes, data)
    assert err.kind == "invalid-utf8"
    assert err.offset == data.index(b"\xff")
    assert err.line == 2 and err.column == 3
    check_report(err, "<bytes>")


def test_truncated_utf8_sequence() -> None:
    data = "Vragen van het lid ".encode() + "ë".encode()[:1]
    err = error_of(kamervraag.parse_bytes, data)
    assert err.kind == "invalid-utf8" and err.offset == len(data) - 1


def test_parse_error_pickles_and_compares() -> None:
    err = error_of(kamervraag.parse, "")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is kamervraag.ParseError
    assert back == err
    assert (back.kind, back.offset, back.line, back.column, back.message, back.expected) == (
        err.kind, err.offset, err.line, err.column, err.message, err.expected,
    )  # fmt: skip
    assert str(back) == str(err)
    assert "kind='empty'" in repr(err)


def test_parse_error_is_constructible() -> None:
    err = kamervraag.ParseError("x:1:1: error[empty]: nothing", kind="empty", message="nothing", offset=0,
                                line=1, column=1)  # fmt: skip
    assert err.expected is None and str(err).startswith("x:1:1")


MOJIBAKE = (
    "Vragen van het lid Jansen (SP) aan de minister van FinanciÃ«n over x (ingezonden 31 februari 2024).\n"
    "Vraag 1\nKent u dit?\n"
)


def test_hostile_input_kinds() -> None:
    with pytest.raises(kamervraag.ParseError) as info:
        kamervraag.parse("<!DOCTYPE html>\n<html><body>Vraag 1</body></html>")
    assert (info.value.kind, info.value.line, info.value.column) == ("markup", 1, 1)
    with pytest.raises(kamervraag.ParseError) as info:
        kamervraag.parse("Vragen van het lid Jansen (SP)\nVraag 1\nKent u\0 dit?\n")
    assert (info.value.kind, info.value.line, info.value.column) == ("binary", 3, 7)
    doc = kamervraag.parse(MOJIBAKE)
    assert {d.code for d in doc.diagnostics} == {"invalid-date", "mojibake"}
    mojibake = next(d for d in doc.diagnostics if d.code == "mojibake")
    # Spans are code points: slicing the str gives the two mojibake characters.
    assert MOJIBAKE[mojibake.span.start : mojibake.span.end] == "Ã«"
