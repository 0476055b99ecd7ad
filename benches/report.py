#!/usr/bin/env python3
"""Run the divan benchmarks and summarise them: MB/s per dialect, the ratio to UTF-8 validation of the
same bytes, scaling with input size, and binding overheads.

    python3 benches/report.py                      # run `cargo bench`, print the summary (make bench)
    python3 benches/report.py --write benches/README.md   # also rewrite the table there (make bench-report)
    python3 benches/report.py --input divan.txt    # summarise a saved divan output instead of running it

Only the standard library is used. Divan's output is a tree of benchmarks; every timed row is followed
by one row per counter (bytes/s, then items/s), and this script reads the median column of each.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START = "<!-- bench-report:start -->"
END = "<!-- bench-report:end -->"

TIME_UNITS = {"ps": 1e-12, "ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "s": 1.0}
SI = {"": 1.0, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12}
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TREE = re.compile(r"^([ │├╰─]*)(.*)$")
NAME_AND_VALUE = re.compile(r"^(\S.*?)\s{2,}(\S.*?)\s*$")
TIME = re.compile(r"^([\d.]+)\s*(ps|ns|µs|us|ms|s)$")
RATE = re.compile(r"^([\d.]+)\s*([KMGT]?)(B|item)/s$")

# The order and labels of the throughput rows (divan sorts arguments by name).
DOCUMENTS = [
    ("tweedemonitor", "Tweedemonitor page"),
    ("kv-tk", "kv-tk questions (PDF text)"),
    ("ah-tk", "ah-tk answer (PDF text)"),
    ("original", "Word original answer (AH 604)"),
    ("mededeling", "Mededeling (PDF text)"),
    ("webpage", "tweedekamer.nl page"),
    ("ah-tk-60q", "ah-tk answer, 60 questions (generated)"),
]
SCALING = [("document", "one answer document"), ("batch", "batch of documents")]
BINDINGS = [("c_abi", "C ABI (`kv_parse` + `kv_document_free`)"), ("c_abi_copy", "C ABI, `KV_PARSE_COPY`")]


@dataclass
class Result:
    """One benchmark's median time and median throughputs."""

    seconds: float
    bytes_per_s: float | None = None
    items_per_s: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def bytes(self) -> float | None:
        return None if self.bytes_per_s is None else self.bytes_per_s * self.seconds

    @property
    def items(self) -> float | None:
        return None if self.items_per_s is None else self.items_per_s * self.seconds


def parse_time(text: str) -> float | None:
    m = TIME.match(text.strip())
    return float(m.group(1)) * TIME_UNITS[m.group(2)] if m else None


def parse_divan(output: str) -> dict[str, Result]:
    """Benchmark path (`throughput/parse/ah-tk`) → median result."""
    results: dict[str, Result] = {}
    stack: list[str] = []
    last: Result | None = None
    for raw in ANSI.sub("", output).splitlines():
        if "│" not in raw:
            continue
        prefix, rest = TREE.match(raw).groups()
        cells = rest.split("│")
        first = cells[0].strip()
        if not stack and not prefix:  # the header row: `parse   fastest │ slowest …`
            stack = [NAME_AND_VALUE.match(first).group(1) if NAME_AND_VALUE.match(first) else first]
            continue
        rate = RATE.match(first)
        if rate and last is not None and len(cells) >= 3:
            median = RATE.match(cells[2].strip())
            if median:
                value = float(median.group(1)) * SI[median.group(2)]
                if median.group(3) == "B":
                    last.bytes_per_s = value
                else:
                    last.items_per_s = value
            continue
        depth = len(prefix) // 3
        m = NAME_AND_VALUE.match(first)
        name = m.group(1) if m else first
        del stack[depth:]
        stack.append(name)
        last = None
        if m and len(cells) >= 3:
            seconds = parse_time(cells[2])
            if seconds is not None:
                last = Result(seconds)
                results["/".join(stack[1:])] = last
    return results


def fmt_rate(bytes_per_s: float | None) -> str:
    if bytes_per_s is None:
        return "–"
    mb = bytes_per_s / 1e6
    return f"{mb:,.0f}" if mb >= 100 else f"{mb:,.1f}"


def fmt_gb(bytes_per_s: float | None) -> str:
    return "–" if bytes_per_s is None else f"{bytes_per_s / 1e9:.1f}"


def fmt_count(per_s: float | None) -> str:
    if per_s is None:
        return "–"
    return f"{per_s:,.0f}" if per_s >= 10 else f"{per_s:.2g}"


def fmt_time(seconds: float) -> str:
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            value = seconds / scale
            return f"{value:.3g} {unit}" if value < 100 else f"{value:.0f} {unit}"
    raise AssertionError


def fmt_size(n: float | None) -> str:
    if n is None:
        return "–"
    if n >= 1e6:
        return f"{n / 1e6:.1f} MB"
    if n >= 1e3:
        return f"{n / 1e3:.1f} KB"
    return f"{n:.0f} B"


def fmt_ratio(parse: Result | None, base: Result | None) -> str:
    if parse is None or base is None or base.seconds <= 0:
        return "–"
    return f"{parse.seconds / base.seconds:,.0f}×"


def tables(results: dict[str, Result]) -> str:
    """The Markdown summary."""
    out: list[str] = []
    if any(k.startswith("throughput/") for k in results):
        throughput(results, out)
    if any(k.startswith("scaling/") for k in results):
        scaling(results, out)
    if any(k.startswith("bindings/rust/") for k in results):
        bindings(results, out)
    return "\n".join(out) + "\n"


def throughput(results: dict[str, Result], out: list[str]) -> None:
    out.append("### Throughput per dialect\n")
    out.append("Median of divan's samples; a parse includes dropping the document. *× UTF-8* is how many times")
    out.append("longer the parse takes than `std::str::from_utf8` over the same bytes.\n")
    out.append("| document | size | parse | MB/s | documents/s | UTF-8 validation GB/s | × UTF-8 |")
    out.append("|---|--:|--:|--:|--:|--:|--:|")
    for name, label in DOCUMENTS:
        parse = results.get(f"throughput/parse/{name}")
        base = results.get(f"throughput/utf8/{name}")
        if parse is None:
            continue
        out.append(
            f"| {label} | {fmt_size(parse.bytes)} | {fmt_time(parse.seconds)} | {fmt_rate(parse.bytes_per_s)} "
            f"| {fmt_count(parse.items_per_s)} | {fmt_gb(base.bytes_per_s) if base else '–'} "
            f"| {fmt_ratio(parse, base)} |"
        )
    out.append("")


def scaling(results: dict[str, Result], out: list[str]) -> None:
    out.append("### Scaling\n")
    out.append("The same generated answer text at growing size (one document with ever more questions), and the")
    out.append("dialect documents concatenated into a batch and parsed one by one. Flat *ms per MB* means linear.\n")
    out.append("| input | size | parse | ms per MB | MB/s | documents/s | × UTF-8 |")
    out.append("|---|--:|--:|--:|--:|--:|--:|")
    sizes = sorted(
        {int(k.rsplit("/", 1)[1]) for k in results if k.startswith("scaling/") and k.rsplit("/", 1)[1].isdigit()}
    )
    for kind, label in SCALING:
        for size in sizes:
            parse = results.get(f"scaling/{kind}_parse/{size}")
            base = results.get(f"scaling/{kind}_utf8/{size}")
            if parse is None or not parse.bytes:
                continue
            per_mb = parse.seconds / (parse.bytes / 1e6) * 1e3
            out.append(
                f"| {label} | {fmt_size(parse.bytes)} | {fmt_time(parse.seconds)} | {per_mb:.2f} "
                f"| {fmt_rate(parse.bytes_per_s)} | {fmt_count(parse.items_per_s)} | {fmt_ratio(parse, base)} |"
            )
    out.append("")


def bindings(results: dict[str, Result], out: list[str]) -> None:
    out.append("### Binding overheads\n")
    out.append("Each binding's round trip on the same document, against the Rust API (`kamervraag::parse` + drop).\n")
    names = sorted({k.rsplit("/", 1)[1] for k in results if k.startswith("bindings/rust/")})
    out.append("| layer | " + " | ".join(f"`{n}`" for n in names) + " |")
    out.append("|---|" + "--:|" * len(names))
    out.append("| Rust API | " + " | ".join(fmt_time(results[f"bindings/rust/{n}"].seconds) for n in names) + " |")
    for key, label in BINDINGS:
        cells = []
        for n in names:
            rust, layer = results.get(f"bindings/rust/{n}"), results.get(f"bindings/{key}/{n}")
            if layer is None:
                cells.append("–")
            else:
                delta = (layer.seconds / rust.seconds - 1) * 100
                cells.append(f"{fmt_time(layer.seconds)} ({delta:+.0f} %)")
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out.append("")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        rustc = "rustc (unknown version)"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    today = datetime.date.today().isoformat()
    return f"Measured {today} at commit `{commit}` on {cpu}, {os.cpu_count()} cores, {rustc}."


def run_benches(cargo: str, extra: list[str]) -> str:
    cmd = [*shlex.split(cargo), "bench", "--locked", "-p", "kamervraag-benches", "--bench", "parse", "--", "--color", "never", *extra]
    print("$", shlex.join(cmd), file=sys.stderr, flush=True)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True, encoding="utf-8")
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        sys.stdout.write(line)
        lines.append(line)
    if proc.wait() != 0:
        sys.exit(f"report.py: cargo bench failed with status {proc.returncode}")
    return "".join(lines)


def write_readme(path: Path, summary: str, python_output: str | None) -> None:
    text = path.read_text(encoding="utf-8")
    if START not in text or END not in text:
        sys.exit(f"report.py: {path} has no {START} … {END} section")
    body = f"{START}\n\n{machine()}\n\n{summary}"
    if python_output:
        body += f"\nPython binding (`benches/python_vs_re.py`):\n\n```text\n{python_output.rstrip()}\n```\n"
    body += f"\n{END}"
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    path.write_text(head + body + tail, encoding="utf-8")
    print(f"report.py: wrote {path}", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, help="read divan's output from this file instead of running cargo bench")
    ap.add_argument("--write", type=Path, help="rewrite the report section of this Markdown file")
    ap.add_argument("--cargo", default=os.environ.get("CARGO", "cargo"), help="the cargo command")
    ap.add_argument(
        "--python-bench",
        help="a command that benchmarks the Python binding (benches/python_vs_re.py); its output goes in the report",
    )
    ap.add_argument("divan_args", nargs="*", help="extra arguments for the benchmark binary (filters, options)")
    args = ap.parse_args()

    output = args.input.read_text(encoding="utf-8") if args.input else run_benches(args.cargo, args.divan_args)
    results = parse_divan(output)
    if not results:
        sys.exit("report.py: no benchmark results found in divan's output")
    summary = tables(results)
    print("\n" + summary)
    python_output = None
    if args.python_bench:
        proc = subprocess.run(args.python_bench, shell=True, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"report.py: {args.python_bench!r} failed:\n{proc.stderr}")
        python_output = proc.stdout
        print(python_output)
    if args.write:
        write_readme(args.write, summary, python_output)


if __name__ == "__main__":
    main()
