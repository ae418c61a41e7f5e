#!/usr/bin/env python3
"""pdftotext -layout dumps of breakit60-look reports for every report of a gen60 set (issue 15, fixed41).

  export ROOT=/tmp/<you>/g60 SEED0=<seed base>; (cd /tmp/gen60/gen && node gen.mjs)
  python3 scripts/ptt-fixed-looks.py [serif,a4,lo] [--gen /tmp/gen60/gen]
  cd /tmp/gen60 && KINDS='^all-' node score.mjs DIST OUTDIR

Writes $ROOT/docs/all-<kind>/rNN.txt for all 36 reports (make-docs.py's kinds take 5 reports each):
serif → all-fixed9-serif (-layout -fixed 9 of Chromium Noto Serif CJK at zoom .67), all-raw-serif (-raw);
a4 → all-fixed3 (-layout -fixed 3), all-layout-a4, all-raw-a4 (Chromium A4);
lo → all-layout-doc97 (-layout of soffice html → Word 97 → pdf);
chrome (bars42: breaker41's looks of Chromium A4) → all-layout-a4, all-fixed9-a4 (-layout -fixed 9), all-miner-a4 (pdf2txt),
all-plain-a4 (plain pdftotext: div/flex grids one cell a line), all-layout-gs72 (-layout of the print through gs /screen at 72 dpi).
"""
import importlib.util, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
gen = sys.argv[sys.argv.index('--gen') + 1] if '--gen' in sys.argv else '/tmp/gen60/gen'
if gen in args: args.remove(gen)
spec = importlib.util.spec_from_file_location('md', f'{gen}/make-docs.py')
md = importlib.util.module_from_spec(spec); spec.loader.exec_module(md)
kinds = (args[0] if args else 'serif,a4,lo').split(',')
stems = [f'r{i:02d}' for i in range(1, 37)]
ptt = lambda f, *o: md.run(['pdftotext', *o, f, '-'])
if 'lo' in kinds:
    for s, f in md.lo_doc_pdf(stems).items(): md.out('all-layout-doc97', s, 'txt', ptt(f, '-layout'))
for s in stems:
    if 'serif' in kinds:
        f = md.cpdf('chrome-serif-067', s)
        md.out('all-fixed9-serif', s, 'txt', ptt(f, '-layout', '-fixed', '9'))
        md.out('all-raw-serif', s, 'txt', ptt(f, '-raw'))
    if 'a4' in kinds:
        f = md.cpdf('chrome-a4', s)
        md.out('all-fixed3', s, 'txt', ptt(f, '-layout', '-fixed', '3'))
        md.out('all-layout-a4', s, 'txt', ptt(f, '-layout'))
        md.out('all-raw-a4', s, 'txt', ptt(f, '-raw'))
    if 'chrome' in kinds:
        f = md.cpdf('chrome-a4', s)
        md.out('all-layout-a4', s, 'txt', ptt(f, '-layout'))
        md.out('all-fixed9-a4', s, 'txt', ptt(f, '-layout', '-fixed', '9'))
        md.out('all-plain-a4', s, 'txt', ptt(f))
        md.out('all-miner-a4', s, 'txt', md.run(['/usr/bin/pdf2txt', f]))
        md.gs72(f)
        md.out('all-layout-gs72', s, 'txt', ptt(md.tmp('g72.pdf'), '-layout'))
    print(s, flush=True)
