#!/usr/bin/env python3
"""Text dumps of tables CUT at the right page edge (cutdump42): gen61 reports of look landscape=all in Word/WPS
markup (the table wider than the portrait page its print takes) printed by Chromium (A4), LibreOffice (html → docx
→ pdf, html → Word 97 → pdf) and dumped as an archive keeps them.

  export ROOT=/tmp/<you>/g61 SEED0=<seed base>; (cd /tmp/gen61/gen && node gen.mjs)
  python3 scripts/cut-dump-variants.py [--all] [--gen /tmp/gen61/gen] [--gen60 /tmp/gen60/gen]
  cd /tmp/gen61 && KINDS='^cut-' node score.mjs DIST OUTDIR

Writes $ROOT/docs/cut-<printer>-<dump>/rNN.txt, printer ch (Chromium A4) | lo (docx) | doc97 (Word 97), dump:
layout (pdftotext -layout), shift (-layout with table 三/四's header lines moved 3–8 columns right, seeded per
report: a header the values no longer sit under), plain (pdftotext), nopgbrk (-layout -nopgbrk), mutool (mutool
draw -F txt). --all: every report, not only the cut ones (a control: the same dumps of tables on the page).
"""
import importlib.util, os, random, re, sys

def module(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(os.path.dirname(path)) + 'md', path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

opt = lambda name, default: sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
md = module(f"{opt('--gen', '/tmp/gen61/gen')}/make-docs.py")
md60 = module(f"{opt('--gen60', '/tmp/gen60/gen')}/make-docs.py")
ROOT = os.environ['ROOT']
looks = {l[:3]: l for l in open(f'{ROOT}/src/INDEX.txt', encoding='utf-8')}
cut = lambda l: 'landscape=all' in l and re.search(r'grid=(word|wps)', l)
stems = sorted(s for s, l in looks.items() if '--all' in sys.argv or cut(l))
seed0 = int(os.environ.get('SEED0', '0'))

# Header words of table 三 / 四 (and their wrapped pieces): the lines moved right in the `shift` dump.
HEADER = re.compile(r'(自然人|商业企业|科研机构|社会公益|法律服务|维持|纠正|尚未审结|本年新制作|本年制发|上一年项目|本年增)')
def shifted(text, stem):
    n = random.Random(seed0 * 100 + int(stem[1:])).randint(3, 8)
    return '\n'.join((' ' * n + l) if HEADER.search(l) else l for l in text.split('\n'))

ptt = lambda f, *o: md.run(['pdftotext', *o, f, '-']).decode('utf-8', 'replace')
DUMPS = {
    'layout': lambda f, s: ptt(f, '-layout'),
    'shift': lambda f, s: shifted(ptt(f, '-layout'), s),
    'plain': lambda f, s: ptt(f),
    'nopgbrk': lambda f, s: ptt(f, '-layout', '-nopgbrk'),
    'mutool': lambda f, s: md.mutool_txt(f).decode('utf-8', 'replace'),
}
prefix = 'cut-' if '--all' not in sys.argv else 'all-'
printers = {
    'ch': lambda: {s: md.cpdf('chrome-a4', s) for s in stems},
    'lo': lambda: md.lo_chain(stems, 'docx'),
    'doc97': lambda: md60.lo_doc_pdf(stems),
}
md60.WORK, md60.SRC = md.WORK, md.SRC
for printer in opt('--printers', 'ch,lo,doc97').split(','):
    pdfs = printers[printer]()
    for s in stems:
        for dump, fn in DUMPS.items(): md.out(f'{prefix}{printer}-{dump}', s, 'txt', fn(pdfs[s], s))
    print(printer, stems, flush=True)
