"""The frozen classes: construction, equality, hashing, pickling, repr, to_dict and to_json."""

from __future__ import annotations

import copy
import datetime
import json
import pickle

import pytest

import kamervraag as kv
from conftest import DOCUMENT_KEYS, DOCUMENTS, corpus_files


def sample() -> kv.Document:
    """A fully populated document built by hand, independent of the parser."""
    span = kv.Span
    sjoerdsma = kv.Person("Sjoerdsma", "D66")
    return kv.Document(
        kind="answer",
        format="publication",
        zaaknummer="2019Z15244",
        document_id="ah-tk-20192020-123",
        aanhangsel=123,
        vergaderjaar="2019-2020",
        title=None,
        oral=False,
        submitters=(sjoerdsma, kv.Person("Van Ojik", None)),
        addressees=(kv.Office("minister", "Buitenlandse Handel en Ontwikkelingssamenwerking"),),
        subject="het bericht «Nederlandse software leest emoties»",
        submitted=datetime.date(2019, 7, 18),
        responders=(kv.Responder("minister", "Kaag", "Buitenlandse Handel en Ontwikkelingssamenwerking"),),
        co_responders=(kv.Office("minister", "Financiën"),),
        received=datetime.date(2019, 10, 4),
        published=None,
        questions=(kv.Block((1,), "Vraag 1", "Bent u bekend met het bericht?", (1,), span(10, 60)),),
        answers=(kv.Block((1,), "Antwoord 1", "Ja.", (), span(61, 75)),),
        footnotes=(kv.Footnote(1, "De Correspondent", ("https://example.org/a",), span(80, 120)),),
        explanation=None,
        notice=None,
        references=(kv.Reference("zaak", "2019Z15244", span(0, 10)),),
        page=kv.Page(("export",), sjoerdsma, None, 10261, ("Het bericht ‘Sloten vallen droog’",)),
        diagnostics=(kv.Diagnostic("warning", "unbalanced-parenthesis", "a ( is not closed", span(5, 6)),),
    )


EXPECTED_DICT = {
    "kind": "answer",
    "format": "publication",
    "zaaknummer": "2019Z15244",
    "document_id": "ah-tk-20192020-123",
    "aanhangsel": 123,
    "vergaderjaar": "2019-2020",
    "title": None,
    "oral": False,
    "submitters": [{"name": "Sjoerdsma", "party": "D66"}, {"name": "Van Ojik", "party": None}],
    "addressees": [{"office": "minister", "portfolio": "Buitenlandse Handel en Ontwikkelingssamenwerking"}],
    "subject": "het bericht «Nederlandse software leest emoties»",
    "submitted": "2019-07-18",
    "responders": [
        {"office": "minister", "name": "Kaag", "portfolio": "Buitenlandse Handel en Ontwikkelingssamenwerking"}
    ],
    "co_responders": [{"office": "minister", "portfolio": "Financiën"}],
    "received": "2019-10-04",
    "published": None,
    "questions": [
        {"numbers": [1], "label": "Vraag 1", "text": "Bent u bekend met het bericht?", "footnotes": [1],
         "span": [10, 60]}
    ],  # fmt: skip
    "answers": [{"numbers": [1], "label": "Antwoord 1", "text": "Ja.", "footnotes": [], "span": [61, 75]}],
    "footnotes": [{"number": 1, "text": "De Correspondent", "urls": ["https://example.org/a"], "span": [80, 120]}],
    "explanation": None,
    "notice": None,
    "references": [{"kind": "zaak", "id": "2019Z15244", "span": [0, 10]}],
    "page": {
        "keywords": ["export"],
        "indiener": {"name": "Sjoerdsma", "party": "D66"},
        "gericht": None,
        "views": 10261,
        "related": ["Het bericht ‘Sloten vallen droog’"],
    },
    "diagnostics": [
        {"severity": "warning", "code": "unbalanced-parenthesis", "message": "a ( is not closed", "span": [5, 6]}
    ],
}


def test_to_dict_is_the_data_model_shape() -> None:
    doc = sample()
    assert doc.to_dict() == EXPECTED_DICT
    assert list(doc.to_dict()) == DOCUMENT_KEYS


def test_to_json_round_trips_to_the_dict() -> None:
    doc = sample()
    compact = doc.to_json()
    assert json.loads(compact) == EXPECTED_DICT
    assert "\n" not in compact and ", " not in compact.replace("«Nederlandse", "")[:40]
    assert "Financiën" in compact  # not \u-escaped
    assert json.loads(doc.to_json(indent=2)) == EXPECTED_DICT
    assert "\n  " in doc.to_json(indent=2)


@pytest.mark.parametrize("path", DOCUMENTS + corpus_files(), ids=lambda p: p.name[:60])
def test_parsed_to_json_is_json_dumps_of_to_dict(path) -> None:  # type: ignore[no-untyped-def]
    # A parsed document writes its JSON straight from the parse: the text must be exactly what
    # json.dumps makes of to_dict(), compact and indented.
    try:
        doc = kv.parse_file(path)
    except kv.ParseError:
        pytest.skip("not a Kamervraag")
    as_dict = doc.to_dict()
    assert doc.to_json() == json.dumps(as_dict, ensure_ascii=False, separators=(",", ":"))
    for indent in (0, 2, 4):
        assert doc.to_json(indent=indent) == json.dumps(as_dict, ensure_ascii=False, indent=indent)


def test_parts_have_to_dict() -> None:
    assert kv.Span(3, 9).to_dict() == {"start": 3, "end": 9}
    assert kv.Person("Agema", None).to_dict() == {"name": "Agema", "party": None}
    assert kv.Block((2, 3), None, "x", (), kv.Span(0, 1)).to_dict()["numbers"] == [2, 3]


def test_equality_and_hash_are_by_value() -> None:
    a, b = sample(), sample()
    assert a is not b
    assert a == b and not (a != b)
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert kv.Span(1, 2) == kv.Span(1, 2) != kv.Span(1, 3)
    assert kv.Person("A", "B") != kv.Person("A", None)
    assert kv.Person("A", None) != kv.Office("A", None)
    assert kv.Span(1, 2) != (1, 2)
    assert hash(kv.Span(1, 2)) == hash(kv.Span(1, 2))


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(protocol: int) -> None:
    doc = sample()
    back = pickle.loads(pickle.dumps(doc, protocol=protocol))
    assert back == doc and back.to_dict() == doc.to_dict()
    assert type(back.submitted) is datetime.date


def test_copy_and_deepcopy() -> None:
    doc = sample()
    assert copy.copy(doc) == doc
    assert copy.deepcopy(doc) == doc


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_parsed_documents_pickle(path) -> None:  # type: ignore[no-untyped-def]
    doc = kv.parse_file(path)
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert hash(pickle.loads(pickle.dumps(doc))) == hash(doc)


def test_frozen() -> None:
    doc = sample()
    with pytest.raises(AttributeError):
        doc.kind = "questions"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        kv.Span(1, 2).start = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        kv.Person("Sjoerdsma")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        kv.Person(1, None)  # type: ignore[arg-type]


def test_repr() -> None:
    assert repr(kv.Person("Sjoerdsma", "D66")) == "Person(name='Sjoerdsma', party='D66')"
    assert repr(kv.Span(3, 9)) == "Span(start=3, end=9)"
    assert repr(kv.Office("minister", None)) == "Office(office='minister', portfolio=None)"
    long = kv.Block((1,), "1.", "woord " * 40, (), kv.Span(0, 240))
    text = repr(long)
    assert "…'" in text and len(text) < 160
    assert repr(sample()).startswith("Document(kind='answer', format='publication', zaaknummer='2019Z15244'")
    many = kv.Page(("a", "b", "c", "d", "e"), None, None, None, ())
    assert "<5 × str>" in repr(many)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_parsed_attributes_are_built_once(path) -> None:  # type: ignore[no-untyped-def]
    # Attributes are built on first access and kept: reading one twice gives the same object, and a
    # document read attribute by attribute equals one converted whole.
    doc = kv.parse_file(path)
    names = list(doc.to_dict())
    first = {name: getattr(doc, name) for name in names}
    for name in names:
        assert getattr(doc, name) is first[name], name
    fresh = kv.parse_file(path)
    assert fresh.to_dict() == doc.to_dict()
    assert kv.Document(**first) == fresh == doc
    assert hash(kv.Document(**first)) == hash(fresh)


def test_first_access_from_many_threads_agrees() -> None:
    # Threads race to build the same attributes of one document: every thread sees equal values, and
    # afterwards the document holds one object per attribute.
    import threading

    doc = kv.parse_file(DOCUMENTS[0])
    names = list(kv.parse_file(DOCUMENTS[0]).to_dict())
    barrier = threading.Barrier(8)
    seen: list[dict[str, object]] = []

    def read() -> None:
        barrier.wait()
        seen.append({name: getattr(doc, name) for name in reversed(names)})

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 8 and all(s == seen[0] for s in seen)
    for name in names:
        assert getattr(doc, name) is getattr(doc, name)
