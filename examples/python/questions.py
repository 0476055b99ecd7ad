"""Print every question of the documents given on the command line, with the notes it cites.

    pip install ./bindings/python
    python examples/python/questions.py examples/tweedemonitor-2019Z16002.txt
"""

import sys

import kamervraag

docs = kamervraag.parse_many([open(p, encoding="utf-8").read() for p in sys.argv[1:]], errors="return")
for path, doc in zip(sys.argv[1:], docs):
    if isinstance(doc, kamervraag.ParseError):
        print(doc, file=sys.stderr)
        continue
    print(f"{path}: {doc.kind}, {', '.join(p.name for p in doc.submitters)} → "
          f"{', '.join(f'{o.office} {o.portfolio}' for o in doc.addressees)}")
    notes = {f.number: f for f in doc.footnotes}
    for q in doc.questions:
        print(f"  {q.numbers}: {q.text}")
        for n in q.footnotes:
            print(f"      [{n}] {notes[n].text}" if n in notes else f"      [{n}]")
