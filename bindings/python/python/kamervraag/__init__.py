"""Parse Dutch parliamentary written questions (Kamervragen), answers and delay notices.

>>> import kamervraag
>>> doc = kamervraag.parse(text)                      # or parse_bytes / parse_file / parse_many
>>> doc.kind, doc.zaaknummer, doc.submitted           # 'questions', '2019Z16002', datetime.date(2019, 8, 2)
>>> [q.text for q in doc.questions]
>>> doc.to_dict()                                     # the JSON shape of docs/data-model.md

Every class is frozen (immutable), compares and hashes by value, and pickles. Lists in the data model are
tuples here; ``to_dict()`` and ``to_json()`` give lists.

Spans (``Block.span``, ``Footnote.span``, ``Reference.span``, ``Diagnostic.span``) are **code-point**
offsets into the text that was parsed, so ``text[span.start:span.end]`` is the right slice in Python even
with ``é``, ``ë`` or ``’`` before it. (The command-line tool and the Rust and C APIs use byte offsets.) For
``parse_bytes`` and ``parse_file`` the text is ``data.decode("utf-8")``, a leading BOM included.

Parsing releases the GIL; ``parse_many`` parses on all cores.
"""

from __future__ import annotations

import os
from ._errors import ParseError
from ._kamervraag import (
    Block,
    Diagnostic,
    Document,
    Footnote,
    Office,
    Page,
    Person,
    Reference,
    Responder,
    Span,
    __version__,
    parse,
    parse_bytes,
    parse_many,
)

__all__ = [
    "Block",
    "Diagnostic",
    "Document",
    "Footnote",
    "Office",
    "Page",
    "ParseError",
    "Person",
    "Reference",
    "Responder",
    "Span",
    "__version__",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
]

def parse_file(path: str | os.PathLike[str], *, strict: bool = False) -> Document:
    """Read the file at ``path`` and parse it as UTF-8 (see ``parse_bytes``).

    Spans are code-point offsets into the file's text decoded as ``utf-8``. Raises ``OSError`` when the
    file cannot be read and ``ParseError`` (naming the file) when it is not a Kamervraag.
    """
    with open(path, "rb") as f:
        data = f.read()
    return parse_bytes(data, strict=strict, name=os.fsdecode(path))
