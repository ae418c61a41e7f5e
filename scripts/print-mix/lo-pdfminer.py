#!/usr/bin/env python3
"""LibreOffice prints of print-mix reports dumped by pdfminer (minerl56).

  HO=DIR S0=SEED BLANK_TABLES=mix node scripts/print-mix/gen.mjs      # DIR/src/rNN.html + rNN.golden.json
  HO=DIR [STEMS=r01,r02,...] python3 scripts/print-mix/lo-pdfminer.py  # DIR/lo/rNN.pdf, DIR/dumps/rNN__pdf2txt{,-A,-L03}.txt
  nice node dist/cli/bin.js batch DIR/dumps --out OUT --workers 1 --timeout 300000
  HO=DIR python3 scripts/print-mix/lo-pdfminer.py --score OUT [OUT2]   # table fields per mode: right / W>=0.9 / W.8-.9 / W / missing

`soffice --convert-to pdf:writer_web_pdf_Export` prints the page as LibreOffice's HTML view does (Word's '&nbsp;' in an empty
cell printed as a glyph: pdfminer writes it as a box of its own, a line holding a no-break space alone), one soffice run
for all stems. Dumps: `pdf2txt` default, `-A`, `-L 0.3` (fresh55's three modes)."""
import glob, json, os, subprocess, sys, tempfile, shutil, collections

HO = os.environ.get('HO', '/tmp/minerl56/bx')
MODES = {'pdf2txt': [], 'pdf2txt-A': ['-A'], 'pdf2txt-L03': ['-L', '0.3']}

def make():
    stems = sorted(os.path.basename(p)[:-5] for p in glob.glob(f'{HO}/src/r*.html'))
    if os.environ.get('STEMS'): stems = [s for s in stems if s in os.environ['STEMS'].split(',')]
    lo, dumps = f'{HO}/lo', f'{HO}/dumps'
    os.makedirs(lo, exist_ok=True); os.makedirs(dumps, exist_ok=True)
    todo = [s for s in stems if not os.path.exists(f'{lo}/{s}.pdf')]
    if todo:
        prof = tempfile.mkdtemp()
        subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{prof}', '--convert-to', 'pdf:writer_web_pdf_Export',
                        '--outdir', lo, *[f'{HO}/src/{s}.html' for s in todo]], check=False, capture_output=True, timeout=3600)
        shutil.rmtree(prof, ignore_errors=True)
    for s in stems:
        if not os.path.exists(f'{lo}/{s}.pdf'): print('no pdf', s); continue
        for mode, args in MODES.items():
            out = f'{dumps}/{s}__{mode}.txt'
            if not os.path.exists(out):
                with open(out, 'wb') as f: f.write(subprocess.run(['pdf2txt', *args, f'{lo}/{s}.pdf'], check=True, capture_output=True, timeout=600).stdout)
    print('dumps', len(glob.glob(f'{dumps}/*.txt')))

def flat(d, p=''):
    o = {}
    for k, v in (d or {}).items():
        if isinstance(v, dict): o.update(flat(v, p + k + '.'))
        else: o[p + k] = v
    return o

def score(out):
    per = collections.defaultdict(collections.Counter); fields = {}
    for ln in open(f'{out}/results.jsonl'):
        r = json.loads(ln); name = os.path.basename(r['file'])
        stem, mode = name[:-4].split('__')
        g = flat(json.load(open(f'{HO}/src/{stem}.golden.json'))['data'])
        rep = r.get('report') or {}; d = flat(rep.get('data')); f = rep.get('fields', {})
        for k, gv in g.items():
            v = d.get(k); c = f.get(k, {}).get('confidence', 0)
            st = 'miss' if v is None and gv is not None else 'right' if v == gv else 'W9' if c >= 0.9 else 'W8' if c >= 0.8 else 'W'
            per[mode][st] += 1; per['ALL'][st] += 1; fields[(name, k)] = (st, v, gv, c)
    return per, fields

def line(c):
    n = sum(c.values()) or 1
    return f"right {c['right']:5d} {100 * c['right'] / n:5.1f}%  W>=.9 {c['W9']:3d}  W.8-.9 {c['W8']:3d}  W<.8 {c['W']:4d}  missing {c['miss']:5d}  of {n}"

if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--score':
        runs = [score(o) for o in sys.argv[2:]]
        for mode in sorted(runs[0][0]): print(f'{mode:12s}', '  ->  '.join(line(r[0][mode]) for r in runs))
        for (name, k), (st, v, gv, c) in sorted(runs[-1][1].items()):
            if st in ('W9', 'W8'): print('WRONG', name, k, v, 'golden', gv, c)
            if len(runs) > 1 and runs[0][1].get((name, k), ('',))[0] == 'right' and st != 'right': print('LOST', name, k, st, v, 'golden', gv, c)
    else:
        make()
