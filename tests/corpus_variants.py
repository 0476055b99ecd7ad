#!/usr/bin/env python3
"""Corpus accuracy under the changes real text goes through on its way to a user.

Each variant rewrites every corpus document the way a download, a scraper, a text export or another
PDF extractor does (CRLF, a BOM, no-break or doubled spaces, blank lines, Markdown bold headings, …),
never changing the words, and scores the rewritten copy with ../shared/tools/score.py against the
same hand-checked facts. The copies live in a temporary directory and are deleted afterwards.
Fails when a variant's field accuracy falls below --min-fields. Standard library only.

usage: corpus_variants.py --shared DIR --cmd "target/release/kamervraag parse" [--min-fields 99.5]
                          [--only NAME ...]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

HEADING = re.compile(r"(?m)^(Vraag|Antwoord) (\d+)[ \t]*$")


def crlf(t):
    return t.replace("\r\n", "\n").replace("\n", "\r\n")


def spaces(t, replacement, share):
    """Replace a share of the spaces (the same ones every run) by `replacement`."""
    rnd = random.Random(len(t))
    return "".join(replacement if c == " " and rnd.random() < share else c for c in t)


VARIANTS = {
    "crlf": crlf,
    "bom+crlf": lambda t: "\ufeff" + crlf(t),
    "trailing spaces": lambda t: "\n".join(l + "  " if l.strip() else l for l in t.split("\n")),
    "blank lines before and after": lambda t: "\n\n" + t + "\n\n\n",
    "no final newline": lambda t: t.rstrip("\n"),
    "indented lines": lambda t: "\n".join("   " + l if l.strip() else l for l in t.split("\n")),
    "tab-indented lines": lambda t: "\n".join(re.sub(r"^ +", "\t", l) for l in t.split("\n")),
    "15% of spaces no-break": lambda t: spaces(t, "\u00a0", 0.15),
    "no-break spaces at digits": lambda t: re.sub(r"(?<=\d) (?=\w)|(?<=\w) (?=\d)", "\u00a0", t),
    "20% of spaces doubled": lambda t: spaces(t, "  ", 0.2),
    "more blank lines": lambda t: t.replace("\n\n", "\n\n\n"),
    "no blank lines": lambda t: re.sub(r"\n[ \t]*\n+", "\n", t),
    "empty line after every line": lambda t: t.replace("\n", "\n\n"),
    "form feed before page footers": lambda t: re.sub(r"(?m)^(Tweede Kamer, vergaderjaar)", "\f\\1", t),
    "bold headings": lambda t: HEADING.sub(lambda m: f"**{m.group(1)} {m.group(2)}**", t),
    "headings with a colon": lambda t: HEADING.sub(lambda m: f"{m.group(1)} {m.group(2)}:", t),
    "upper-case headings": lambda t: HEADING.sub(lambda m: f"{m.group(1).upper()} {m.group(2)}", t),
    "Antwoord op vraag N": lambda t: re.sub(r"(?m)^Antwoord (\d+)[ \t]*$", r"Antwoord op vraag \1", t),
}


def write_variant(corpus, dest, change):
    for root, _, files in os.walk(corpus):
        if os.path.relpath(root, corpus).split(os.sep)[0] == "expected":
            continue
        for name in files:
            if name.endswith(".md"):
                continue
            src = os.path.join(root, name)
            out = os.path.join(dest, os.path.relpath(src, corpus))
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(src, encoding="utf-8", newline="") as f:
                text = f.read()
            with open(out, "w", encoding="utf-8", newline="") as f:
                f.write(change(text))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--min-fields", type=float, default=99.5)
    ap.add_argument("--only", nargs="*", help="run only these variants")
    a = ap.parse_args()
    corpus = os.path.join(a.shared, "corpus")
    names = a.only or list(VARIANTS)
    failed = []
    for name in names:
        with tempfile.TemporaryDirectory(prefix="kamervraag-variant-") as dest:
            write_variant(corpus, dest, VARIANTS[name])
            out = subprocess.run(
                [sys.executable, os.path.join(a.shared, "tools", "score.py"), "--cmd", a.cmd,
                 "--corpus", dest, "--expected", os.path.join(corpus, "expected"), "--show", "5"],
                capture_output=True, text=True)
        m = re.search(r"field accuracy ([\d.]+)% \((\d+)/(\d+) checks\), documents fully right (\d+)/(\d+)",
                      out.stdout)
        if not m:
            print(f"variants: {name}: could not read score.py's summary\n{out.stdout}{out.stderr}",
                  file=sys.stderr)
            failed.append(name)
            continue
        fields = float(m.group(1))
        print(f"variants: {name:32} fields {fields:5.1f}% ({m.group(2)}/{m.group(3)}), "
              f"documents {m.group(4)}/{m.group(5)}")
        if fields < a.min_fields:
            print(out.stdout, end="")
            failed.append(name)
    if failed:
        print(f"variants: below {a.min_fields}% of fields: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
