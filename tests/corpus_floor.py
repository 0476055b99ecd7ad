#!/usr/bin/env python3
"""Run ../shared/tools/score.py and fail when field accuracy or whole-document accuracy is below a floor."""
import argparse
import re
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--shared", required=True)
ap.add_argument("--cmd", required=True)
ap.add_argument("--min-fields", type=float, default=0.0)
ap.add_argument("--min-docs", type=float, default=0.0, help="percent of documents fully right")
a = ap.parse_args()
out = subprocess.run([sys.executable, f"{a.shared}/tools/score.py", "--cmd", a.cmd, "--show", "40"],
                     capture_output=True, text=True)
print(out.stdout, end="")
print(out.stderr, end="", file=sys.stderr)
m = re.search(r"field accuracy ([\d.]+)% .*documents fully right (\d+)/(\d+)", out.stdout)
if not m:
    print("corpus: could not read score.py's summary line", file=sys.stderr)
    sys.exit(1)
fields, ok, n = float(m.group(1)), int(m.group(2)), int(m.group(3))
docs = 100.0 * ok / n if n else 0.0
print(f"corpus: fields {fields:.1f}% (floor {a.min_fields}%), documents {docs:.1f}% (floor {a.min_docs}%)")
if fields < a.min_fields or docs < a.min_docs:
    print("corpus: below the floor", file=sys.stderr)
    sys.exit(1)
