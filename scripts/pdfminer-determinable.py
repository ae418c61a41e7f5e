#!/usr/bin/python3
"""Determinable share (a proxy oracle, miner50) of pdfminer dumps scored by scripts/print-mix/score.mjs (ROOT = the
pdfminer-dump-kinds.py HO dir, SCOREDIR = score.mjs's OUT): a table-三/四 row (a dict of numbers in the golden) counts as
determined by the stream when its values, in the golden's column order, appear exactly once as a run of number tokens
bounded by non-number text (blank lines ignored; '1,234' / '件' tolerated) and no other row of the document has the same
tuple (tables 三 and 四 only; a row of zeros shared by other rows is not determined this way, though the identities may
determine it). A lower bound of what the stream determines: rows scattered column-wise need the identities.
Usage: scripts/pdfminer-determinable.py ROOT SCOREDIR [KINDRE]  -> per kind: fields, determinable %, right % of
determinable, right % of the rest, wrong >= 0.8 among them."""
import json, os, re, sys
ROOT, SC = sys.argv[1], sys.argv[2]
KRE = re.compile(sys.argv[3] if len(sys.argv) > 3 else '.')
NUM = re.compile(r'^-?\d[\d,]*(?:\.\d+)?件?$')
def rows(d, p=''):
    if isinstance(d, dict):
        if d and all(isinstance(v, (int, float)) or v is None for v in d.values()) and len(d) >= 2:
            yield p, d
        else:
            for k, v in d.items():
                yield from rows(v, p + k + '.')
def runs(text):
    out, cur = [], []
    for tok in text.split():
        t = tok.replace('件', '')
        if NUM.match(tok) and t:
            try: cur.append(float(t.replace(',', '')))
            except ValueError: cur = []
        else:
            if cur: out.append(tuple(cur))
            cur = []
    if cur: out.append(tuple(cur))
    return out
per = {}
for f in sorted(os.listdir(f'{SC}/docs')):
    d = json.load(open(f'{SC}/docs/{f}'))
    if not KRE.search(d['kind']): continue
    g = json.load(open(f'{ROOT}/src/{d["stem"]}.golden.json'))['data']
    text = open(f'{ROOT}/docs/{d["kind"]}/{d["file"]}', encoding='utf-8', errors='replace').read()
    rs = runs(text)
    allrows = [(p, tuple(float(v) for v in r.values() if v is not None)) for p, r in rows(g) if p.split('.')[0] in ('requests', 'reviewLitigation')]
    tuples = [t for _, t in allrows]
    det = set()
    for p, t in allrows:
        if tuples.count(t) == 1 and rs.count(t) == 1 and len(t) >= 2:
            det.add(p)
    k = per.setdefault(d['kind'], dict(n=0, det=0, detRight=0, detSure=0, rest=0, restRight=0, detW=0))
    for key, v in d['verdicts']:
        if not key.startswith(('requests', 'reviewLitigation')): continue
        row = key.rsplit('.', 1)[0] + '.'
        k['n'] += 1
        ok = v in ('sure', 'right')
        if row in det:
            k['det'] += 1; k['detRight'] += ok; k['detSure'] += v == 'sure'; k['detW'] += v in ('wHigh', 'wMid')
        else:
            k['rest'] += 1; k['restRight'] += ok
print(f"{'kind':16} fields  determ%  right%|det  >=.9%|det  right%|rest  W>=.8|det")
for kind, k in sorted(per.items()):
    pc = lambda a, b: f'{100*a/b:6.1f}' if b else '     -'
    print(f"{kind:16} {k['n']:6} {pc(k['det'],k['n'])}   {pc(k['detRight'],k['det'])}     {pc(k['detSure'],k['det'])}     {pc(k['restRight'],k['rest'])}   {k['detW']}")
