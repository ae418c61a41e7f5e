#!/usr/bin/env python3
# pdftohtml kinds of gen60 reports for all 36 stems (p2h41): ROOT=/tmp/<you>/g60 SEED0=… python3 scripts/gen60-pdftohtml-kinds.py chrome|serif|lo
# (after /tmp/gen60/gen/gen.mjs). chrome: chrome-a4 → nf-a4 (-i -noframes), s-a4 (-s -i); lo: LibreOffice doc print → lo-s, lo-c, lo-nf.
# all 36 stems: chrome-a4 PDFs + pdftohtml kinds; lo-doc prints -s/-c.  usage: ROOT=... python3 mk.py chrome|lo
import os, sys, importlib.util, subprocess, tempfile, shutil, glob
spec = importlib.util.spec_from_file_location('md', '/tmp/gen60/gen/make-docs.py'); md = importlib.util.module_from_spec(spec); spec.loader.exec_module(md)
stems = [f'r{i:02d}' for i in range(1, 37)]
def p2h(f, *flags):
    d = tempfile.mkdtemp(dir=md.WORK); md.run(['pdftohtml', *flags, '-i', '-enc', 'UTF-8', f, f'{d}/o'])
    hs = sorted(glob.glob(f'{d}/o*.html'))
    pick = [h for h in hs if h.endswith('-html.html')] or [h for h in hs if h.endswith('o.html')] or hs
    b = open(pick[0], 'rb').read(); shutil.rmtree(d); return b
what = sys.argv[1]
if what == 'chrome':
    for s in stems:
        f = md.cpdf('chrome-a4', s)
        md.out('nf-a4', s, 'html', md.pdftohtml_noframes(f))
        md.out('s-a4', s, 'html', p2h(f, '-s'))
        print(s, flush=True)
if what == 'serif':
    for s in stems:
        f = md.cpdf('chrome-serif-067', s)
        md.out('nf-serif', s, 'html', md.pdftohtml_noframes(f))
        md.out('s-serif', s, 'html', p2h(f, '-s'))
        print(s, flush=True)
if what == 'lo':
    srcs = md.lo_doc_pdf(stems)
    for s in stems:
        md.out('lo-s', s, 'html', p2h(srcs[s], '-s'))
        md.out('lo-c', s, 'html', p2h(srcs[s], '-c'))
        md.out('lo-nf', s, 'html', md.pdftohtml_noframes(srcs[s]))
        print(s, flush=True)
