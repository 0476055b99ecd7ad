#!/usr/bin/env python3
"""Benchmark (not a test): `kamervraag.parse` against a plain-Python `re` extractor, and parse_many scaling.

Both sides run in this one process over the same documents. The `re` extractor pulls only the headline
fields (kind, zaaknummer, submitters, addressees, submitted/received dates, question count); the
binding parses the whole document (every block, footnote, reference and span, converted to code points)
and builds each attribute's Python objects when it is first read. So the fair comparison is `parse` and
then reading the same headline fields (the questions as `Block` objects included); `parse` alone,
`parse` + `to_dict()` (every object built) and `parse` + `to_json()` (written by serde straight from
the parse) are printed too. Ratios are time(re) / time(kamervraag):
above 1 means the binding is faster.

    make bench-python                 # or: .venv/bin/python benches/python_vs_re.py [--shared ../shared]

Documents: the bundled example, the Python tests' fixtures, benches/fixtures, and ../shared/corpus when
present.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import kamervraag

ROOT = Path(__file__).resolve().parents[1]

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "januari februari maart april mei juni juli augustus september oktober november december".split()
    )
}
DATE = r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})"
SUBMITTED = re.compile(r"\(ingezonden\s+" + DATE, re.I)
RECEIVED = re.compile(r"\(ontvangen\s+" + DATE, re.I)
# The patterns start with a literal where they can: Python's `re` scans much faster from one.
ZAAK = re.compile(r"(?<=(\d{4}))Z ?(\d{5})(?!\d)")
INTRO = re.compile(
    r"(?:Mondelinge\s+)?Vragen\s+van\s+(?:het\s+lid|de\s+leden)\s+(?P<who>.+?)\s+aan\s+de\s+(?P<to>.+?)\s+over\s",
    re.S,
)
PERSON = re.compile(r"([A-Z][^(),]*?)\s*(?:\(([^)]+)\))?(?:,|\s+en\s+|$)")
OFFICE = re.compile(
    r"(minister-president|minister|staatssecretaris)s?\s+(?:van|voor)\s+(.+?)(?=\s+en\s+(?:de\s+)?(?:minister|staatssecretaris)|$)",
    re.I | re.S,
)
QUESTION = re.compile(r"\n[ \t]*(?:Vraag \d|\d+[.)] )")
ANSWER_LINE = re.compile(r"\n[ \t]*Antwoord van ")
NOTICE_LINE = re.compile(r"\n[ \t]*Mededeling van ")


def date(m: re.Match[str] | None) -> tuple[int, int, int] | None:
    if m is None:
        return None
    return int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1))


def re_extract(text: str) -> dict[str, object]:
    """The headline fields with regular expressions only: what a quick script would do."""
    text = "\n" + text  # so that line patterns match on the first line too
    kind = "notice" if NOTICE_LINE.search(text) else "answer" if ANSWER_LINE.search(text) else "questions"
    zaak = ZAAK.search(text)
    submitters: list[tuple[str, str | None]] = []
    addressees: list[tuple[str, str]] = []
    intro = INTRO.search(text)
    if intro:
        who = re.sub(r"\s+", " ", intro.group("who"))
        party = re.search(r"\((?:beiden|allen)\s+([^)]+)\)", who)
        for name, own in PERSON.findall(re.sub(r"\((?:beiden|allen)[^)]*\)", "", who)):
            if name.strip():
                submitters.append((name.strip(), own or (party.group(1) if party else None)))
        to = re.sub(r"\s+", " ", intro.group("to"))
        addressees = [(o.lower(), p.strip()) for o, p in OFFICE.findall(to)]
    return {
        "kind": kind,
        "zaaknummer": zaak.group(1) + "Z" + zaak.group(2) if zaak else None,
        "submitters": submitters,
        "addressees": addressees,
        "submitted": date(SUBMITTED.search(text)),
        "received": date(RECEIVED.search(text)),
        "questions": len(QUESTION.findall(text)),
    }


def documents(shared: Path) -> list[str]:
    paths = [ROOT / "examples" / "tweedemonitor-2019Z16002.txt"]
    paths += sorted((ROOT / "bindings" / "python" / "tests" / "fixtures").glob("*.txt"))
    paths += sorted((ROOT / "benches" / "fixtures").glob("*.txt"))
    corpus = shared / "corpus"
    if corpus.is_dir():
        paths += sorted(p for p in corpus.rglob("*.txt") if "expected" not in p.parts)
    texts = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        try:
            kamervraag.parse(text)
        except kamervraag.ParseError:
            continue  # only documents both sides handle
        texts.append(text)
    return texts


def headline(doc: kamervraag.Document) -> tuple[object, ...]:
    """The fields the `re` extractor gives, read from a parsed document."""
    return (
        doc.kind,
        doc.zaaknummer,
        doc.submitters,
        doc.addressees,
        doc.submitted,
        doc.received,
        len(doc.questions),
    )


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    """The fastest of `rounds` runs, in seconds (the least disturbed by the shared machine)."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--batch", type=int, default=2000, help="documents per parse_many call")
    args = ap.parse_args()

    texts = documents(args.shared)
    if not texts:
        sys.exit("python_vs_re.py: no documents found")
    size = sum(len(t.encode()) for t in texts)
    print(f"kamervraag {kamervraag.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"{len(texts)} documents, {size / 1024:.0f} KiB")

    # Warm up both (regex compilation caches, allocator).
    for t in texts:
        kamervraag.parse(t)
        re_extract(t)

    t_kv = best_of(args.rounds, lambda: [kamervraag.parse(t) for t in texts])
    t_head = best_of(args.rounds, lambda: [headline(kamervraag.parse(t)) for t in texts])
    t_re = best_of(args.rounds, lambda: [re_extract(t) for t in texts])
    t_dict = best_of(args.rounds, lambda: [kamervraag.parse(t).to_dict() for t in texts])
    t_json = best_of(args.rounds, lambda: [kamervraag.parse(t).to_json() for t in texts])
    # The Rust parse alone (no Python objects), timed inside the extension: the binding's overhead.
    rust_parse = kamervraag._kamervraag._rust_parse_seconds
    t_rust = best_of(args.rounds, lambda: [rust_parse(t, 1) for t in texts])
    per_doc = lambda s: s / len(texts) * 1e6  # noqa: E731
    print()
    print(f"{'one process, one thread':<36}{'µs/doc':>10}{'MB/s':>10}")
    for label, secs in [
        ("re extractor (headline fields)", t_re),
        ("kamervraag.parse + headline fields", t_head),
        ("kamervraag.parse (attributes unread)", t_kv),
        ("kamervraag.parse + to_dict()", t_dict),
        ("kamervraag.parse + to_json()", t_json),
        ("Rust parse alone (no objects)", t_rust),
    ]:
        print(f"{label:<36}{per_doc(secs):>10.1f}{size / secs / 1e6:>10.1f}")
    print(f"ratio re / (kamervraag.parse + headline fields): {t_re / t_head:.2f}x")
    print(f"ratio re / kamervraag.parse: {t_re / t_kv:.2f}x")
    print(f"binding overhead, kamervraag.parse / Rust parse: {t_kv / t_rust:.2f}x")

    batch = (texts * (args.batch // len(texts) + 1))[: args.batch]
    batch_size = sum(len(t.encode()) for t in batch)
    serial = best_of(3, lambda: [kamervraag.parse(t) for t in batch])
    print()
    print(f"parse_many over {len(batch)} documents ({batch_size / 1e6:.1f} MB)")
    print(f"{'threads':<12}{'docs/s':>10}{'MB/s':>10}{'speed-up':>10}")
    print(f"{'loop parse':<12}{len(batch) / serial:>10.0f}{batch_size / serial / 1e6:>10.1f}{1:>10.2f}")
    counts = sorted({1, 2, os.cpu_count() or 1})
    for n in counts:
        secs = best_of(3, lambda: kamervraag.parse_many(batch, threads=n))
        print(f"{n:<12}{len(batch) / secs:>10.0f}{batch_size / secs / 1e6:>10.1f}{serial / secs:>10.2f}")
    spread = statistics.pstdev(len(t) for t in texts) / statistics.mean(len(t) for t in texts)
    print(f"(document sizes vary by {spread:.0%}; best of {args.rounds} rounds, 3 for parse_many)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
