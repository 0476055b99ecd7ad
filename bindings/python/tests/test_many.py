"""parse_many (parallel, GIL released) and concurrent use of parse from Python threads and processes."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import threading
import time
from pathlib import Path

import pytest

import kamervraag
from conftest import DOCUMENTS

TEXTS = [p.read_text(encoding="utf-8") for p in DOCUMENTS]
BROKEN = "Tweede Kamer der Staten-Generaal\n"  # a masthead alone: not-a-kamervraag


def expected() -> list[kamervraag.Document]:
    return [kamervraag.parse(t) for t in TEXTS]


@pytest.mark.parametrize("threads", [None, 1, 2, 7, 1000])
def test_results_keep_the_input_order(threads: int | None) -> None:
    texts = TEXTS * 5
    assert kamervraag.parse_many(texts, threads=threads) == expected() * 5


def test_accepts_any_iterable_of_str_and_bytes() -> None:
    mixed = [t.encode() if i % 2 else t for i, t in enumerate(TEXTS)]
    assert kamervraag.parse_many(iter(mixed)) == expected()
    assert kamervraag.parse_many(t for t in TEXTS) == expected()
    assert kamervraag.parse_many(tuple(TEXTS), threads=2) == expected()
    assert kamervraag.parse_many([]) == []


def test_broken_document_in_the_middle_is_returned_in_its_slot() -> None:
    texts = TEXTS[:2] + [BROKEN] + TEXTS[2:]
    results = kamervraag.parse_many(texts, errors="return", threads=2)
    assert len(results) == len(texts)
    err = results[2]
    assert isinstance(err, kamervraag.ParseError)
    assert err.kind == "not-a-kamervraag"
    assert str(err).startswith("<input 2>:")
    others = results[:2] + results[3:]
    assert others == expected()


def test_broken_document_raises_by_default() -> None:
    texts = TEXTS[:3] + [BROKEN, "", b"\xff"] + TEXTS[3:]
    with pytest.raises(kamervraag.ParseError) as info:
        kamervraag.parse_many(texts)
    assert info.value.kind == "not-a-kamervraag"
    assert str(info.value).startswith("<input 3>:")


def test_invalid_utf8_item() -> None:
    results = kamervraag.parse_many([TEXTS[0], b"ok\xfe"], errors="return")
    assert isinstance(results[0], kamervraag.Document)
    assert isinstance(results[1], kamervraag.ParseError)
    assert results[1].kind == "invalid-utf8" and results[1].offset == 2


def test_strict_applies_to_every_document() -> None:
    results = kamervraag.parse_many(TEXTS, strict=True, errors="return")
    for text, result in zip(TEXTS, results):
        try:
            assert result == kamervraag.parse(text, strict=True)
        except kamervraag.ParseError as err:
            assert isinstance(result, kamervraag.ParseError) and result.kind == err.kind == "strict"


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="errors must be"):
        kamervraag.parse_many(TEXTS, errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="threads"):
        kamervraag.parse_many(TEXTS, threads=0)
    with pytest.raises(TypeError, match="not a single str"):
        kamervraag.parse_many(TEXTS[0])
    with pytest.raises(TypeError, match="item 1 is int"):
        kamervraag.parse_many([TEXTS[0], 5])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        kamervraag.parse_many(TEXTS, 2)  # type: ignore[call-overload]


def test_threads_hammering_parse() -> None:
    reference = expected()
    barrier = threading.Barrier(8)
    failures: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            barrier.wait()
            for i in range(60):
                k = (seed + i) % len(TEXTS)
                assert kamervraag.parse(TEXTS[k]) == reference[k]
                if i % 10 == 0:
                    with pytest.raises(kamervraag.ParseError):
                        kamervraag.parse(BROKEN)
                    assert kamervraag.parse_many(TEXTS, threads=2) == reference
        except BaseException as e:  # noqa: BLE001 - reported below
            failures.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures[0]


def _parse_in_child(path: str) -> kamervraag.Document:
    return kamervraag.parse_file(path)


def test_documents_cross_process_boundaries() -> None:
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        docs = list(pool.map(_parse_in_child, [str(p) for p in DOCUMENTS]))
    assert docs == [kamervraag.parse_file(Path(p)) for p in DOCUMENTS]


def test_parse_releases_the_gil() -> None:
    # A pure-Python thread stamps the time in a loop while Rust parses a 4 MB document. Were the GIL held
    # during the parse, the thread could not run and the largest gap between stamps would be the whole
    # parse; with it released the gaps stay short. Best of three, as the machine may be busy.
    intro = "Vragen van het lid Sjoerdsma (D66) aan de minister van Financiën over belastingen. (ingezonden 1 mei 2024)\n\n"
    text = intro + "  1. Wat weet u over de " + " ".join(["belastingdienst"] * 250_000) + "?\n  2. En verder?\n"
    stamps: list[float] = []
    stop = threading.Event()

    def stamp() -> None:
        while not stop.is_set():
            stamps.append(time.perf_counter())

    worker = threading.Thread(target=stamp)
    worker.start()
    ratios = []
    try:
        time.sleep(0.02)
        for _ in range(3):
            t0 = time.perf_counter()
            doc = kamervraag.parse(text)
            t1 = time.perf_counter()
            points = [t0] + [s for s in stamps if t0 <= s <= t1] + [t1]
            ratios.append(max(b - a for a, b in zip(points, points[1:])) / (t1 - t0))
    finally:
        stop.set()
        worker.join()
    assert len(doc.questions) == 2
    assert min(ratios) < 0.5, f"the other thread was blocked for {min(ratios):.0%} of parse()"
