#!/usr/bin/env python3
"""pypdf `extract_text()` dumps of whole generated reports printed two ways (hang46): Chromium A4 and
LibreOffice html -> odt -> pdf. Reports from scripts/print-mix/gen.mjs (seeded: S0, 40 stems).

  HO=/tmp/x S0=467001 python3 scripts/pypdf-print-stress.py          # HO/docs/{pypdf-chrome,pypdf-loodt}/rNN.txt
  python3 scripts/pypdf-print-stress.py score DIST [DIST2 …]        # per dist: worst/median ms, E_TIMEOUT, wrong >= 0.8, recall

Also writes PDFBox ExtractText dumps of the Chromium prints (docs/pdfbox-chrome; pypdf49). REVIEW_BLANK=1 makes every report's
table 四 all 0 printed with zeros blank (print-mix/gen.mjs), its row a line of blank cells: pypdf and PDFBox write it as a line
of spaces only (pypdf49: dev S0=491001, held-out S0=492001; `score` reports right of table 四's 15 fields too: `review`).

Score runs each dump in its own process (`timeout` 150 s) so a hang is a row, not a stuck run."""
import os, re, subprocess, sys, json, shutil, tempfile, statistics
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
HO = os.environ.get('HO', '/tmp/pypdf-print'); S = f'{HO}/src'; D = f'{HO}/docs'; P = f'{HO}/work'
PYPDF = "import sys, pypdf\nr = pypdf.PdfReader(sys.argv[1])\nsys.stdout.write('\\n'.join(p.extract_text() for p in r.pages))"
PDFBOX = ['java', '-cp', '/usr/share/java/pdfbox2.jar:/usr/share/java/pdfbox2-tools.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar', 'org.apache.pdfbox.tools.ExtractText', '-encoding', 'UTF-8', '-console']
def run(c, t=600, **kw): return subprocess.run(c, check=True, capture_output=True, timeout=t, **kw).stdout
def make():
    os.makedirs(P, exist_ok=True)
    run(['node', f'{HERE}/print-mix/gen.mjs'], env={**os.environ, 'HO': HO, 'REPO': ROOT})
    stems = sorted(f[:-5] for f in os.listdir(S) if re.match(r'r\d\d\.html$', f))
    for kind in ['pypdf-chrome', 'pypdf-loodt', 'pdfbox-chrome']: os.makedirs(f'{D}/{kind}', exist_ok=True)
    for s in stems:
        pdf = f'{P}/{s}.pdf'
        if not os.path.exists(pdf): run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={pdf}', f'{S}/{s}.html'], 240)
        open(f'{D}/pypdf-chrome/{s}.txt', 'wb').write(run(['/usr/bin/python3', '-c', PYPDF, pdf]))
        open(f'{D}/pdfbox-chrome/{s}.txt', 'wb').write(run(PDFBOX + [pdf]))
    d = f'{P}/lo'; os.makedirs(d, exist_ok=True); prof = tempfile.mkdtemp(dir=P)
    lo = ['soffice', '--headless', f'-env:UserInstallation=file://{prof}']
    run(lo + ['--convert-to', 'odt', '--outdir', d, *[f'{S}/{s}.html' for s in stems]], 1800)
    run(lo + ['--convert-to', 'pdf', '--outdir', d, *[f'{d}/{s}.odt' for s in stems]], 1800)
    shutil.rmtree(prof, ignore_errors=True)
    for s in stems:
        if os.path.exists(f'{d}/{s}.pdf'): open(f'{D}/pypdf-loodt/{s}.txt', 'wb').write(run(['/usr/bin/python3', '-c', PYPDF, f'{d}/{s}.pdf']))
CMP = r'''
import { readFileSync } from 'node:fs';
const [dist, file, gold] = process.argv.slice(2);
const m = await import(dist + '/entry.js');
const flat = (o, p = '') => Object.entries(o || {}).flatMap(([k, v]) => v && typeof v === 'object' && !Array.isArray(v) ? flat(v, p + k + '.') : [[p + k, v]]);
const g = Object.fromEntries(flat(JSON.parse(readFileSync(gold, 'utf8')).data));
const t = Date.now();
let r; try { r = await m.extract(file, { format: 'text' }); } catch (e) { console.log(JSON.stringify({ err: e.code, ms: Date.now() - t })); process.exit(0); }
const d = Object.fromEntries(flat(r.data));
let n = 0, right = 0, review = 0; const high = [];
for (const [k, v] of Object.entries(g)) { if (typeof v !== 'number') continue; n++; if (d[k] === v) { right++; if (k.startsWith('reviewLitigation.')) review++; } else if (d[k] != null && (r.fields?.[k]?.confidence ?? 0) >= 0.8) high.push(`${k}=${d[k]}(${v})@${r.fields[k].confidence}`); }
console.log(JSON.stringify({ ms: Date.now() - t, n, right, review, high }));
'''
def score(dists):
    cmp = f'{P}/cmp.mjs'; os.makedirs(P, exist_ok=True); open(cmp, 'w').write(CMP)
    for dist in dists:
        dist = os.path.abspath(dist)
        for kind in sorted(os.listdir(D)):
            rows = []
            for f in sorted(os.listdir(f'{D}/{kind}')):
                stem = f[:-4]
                try: o = json.loads(run(['timeout', '150', 'nice', 'node', cmp, dist, f'{D}/{kind}/{f}', f'{S}/{stem}.golden.json'], 200).decode().strip().splitlines()[-1])
                except subprocess.CalledProcessError: o = {'err': 'killed at 150 s', 'ms': 150000}
                o['stem'] = stem; rows.append(o); print(kind, json.dumps(o, ensure_ascii=False), flush=True)
            ms = [r['ms'] for r in rows]
            print(json.dumps({'dist': dist, 'kind': kind, 'docs': len(rows), 'worstMs': max(ms), 'medianMs': statistics.median(ms), 'errors': [r['stem'] + ':' + r['err'] for r in rows if 'err' in r], 'wrongHigh': sum(len(r.get('high', [])) for r in rows), 'right': sum(r.get('right', 0) for r in rows), 'review': sum(r.get('review', 0) for r in rows), 'of': sum(r.get('n', 0) for r in rows)}, ensure_ascii=False), flush=True)
if __name__ == '__main__':
    if sys.argv[1:2] == ['score']: score(sys.argv[2:])
    else: make()
