"""The exception raised for text that is not a Kamervraag."""

from __future__ import annotations

__all__ = ["ParseError"]


class ParseError(ValueError):
    """The input is not a Kamervraag, answer or notice (or, in strict mode, deviates from the grammar).

    ``str(error)`` is a compiler-style report: ``name:line:column: error[kind]: message``, then the
    offending line with a caret under the position.

    Attributes:
        kind: the stable error code: ``empty``, ``binary``, ``too-large``, ``too-many-blocks``,
            ``markup``, ``not-a-kamervraag``, ``invalid-utf8``, ``strict`` (and ``internal`` for a
            parser bug).
        message: what was found, as one sentence.
        offset: where, in code points of the text (for ``invalid-utf8``: the offset of the first bad
            byte in the bytes given).
        line: the line of ``offset``, from 1.
        column: the column of ``offset`` in characters, from 1.
        expected: what the parser expected there, or ``None``.
    """

    kind: str
    message: str
    offset: int
    line: int
    column: int
    expected: str | None

    def __init__(
        self,
        report: str,
        *,
        kind: str,
        message: str,
        offset: int,
        line: int,
        column: int,
        expected: str | None = None,
    ) -> None:
        super().__init__(report)
        self.kind = kind
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.expected = expected

    def __reduce__(self) -> tuple[object, ...]:
        fields = {
            "kind": self.kind,
            "message": self.message,
            "offset": self.offset,
            "line": self.line,
            "column": self.column,
            "expected": self.expected,
        }
        return (_rebuild, (str(self), fields))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParseError):
            return NotImplemented
        return (str(self), self.kind, self.offset, self.line, self.column) == (
            str(other),
            other.kind,
            other.offset,
            other.line,
            other.column,
        )

    def __hash__(self) -> int:
        return hash((str(self), self.kind, self.offset))

    def __repr__(self) -> str:
        return (
            f"ParseError(kind={self.kind!r}, line={self.line}, column={self.column}, "
            f"offset={self.offset}, message={self.message!r})"
        )


def _rebuild(report: str, fields: dict[str, object]) -> ParseError:
    return ParseError(report, **fields)  # type: ignore[arg-type]
