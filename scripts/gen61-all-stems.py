#!/usr/bin/python3
"""Dump kinds of /tmp/gen61 (breakit61's generator) for ALL 36 reports of a ROOT, not make-docs.py's 5 stems per kind.
  ROOT=/tmp/<you>/g61 /usr/bin/python3 scripts/gen61-all-stems.py [KIND...]   (after gen61's `node gen.mjs`)
  GEN=/tmp/gen60 ROOT=… …   the same with /tmp/gen60 (breakit60's looks; its Chromium kinds only);  STEMS=r06,r21 some reports
Kinds (ROOT/docs/<kind>/rNN.txt, scored by gen61's score.mjs with KINDS='all$'):
  pdfminer-docx-all   LibreOffice html → docx → pdf, then `pdf2txt` (default LAParams)
  pdfminer-A-odt-all  LibreOffice html → odt → pdf, then `pdf2txt -A`
  pdfminer-A-all      Chromium A4 print, then `pdf2txt -A`
  pdfminer-a4-all     Chromium A4 print, then `pdf2txt` (gen60's ctl-pdfminer-a4 for all reports)
  ptt-raw-all         Chromium A4 print, then `pdftotext -raw` (values-first control)
  pdfbox-all          Chromium A4 print, then PDFBox 2 ExtractText (make-docs' pdfbox kind for all reports)
  pdfbox-sort-odt-all LibreOffice html → odt → pdf, then PDFBox ExtractText -sort
  pypdf-all           Chromium A4 print, then pypdf extract_text() (run under /usr/bin/python3)
  pypdf-lo-all        pandoc html → docx, LibreOffice → pdf, then pypdf extract_text()
Run gen61's clipped.py afterwards (columns cut at the page edge are not determinable)."""
import importlib.util, os, sys

spec = importlib.util.spec_from_file_location('md', os.environ.get('GEN', '/tmp/gen61') + '/gen/make-docs.py')
md = importlib.util.module_from_spec(spec)
spec.loader.exec_module(md)
STEMS = os.environ['STEMS'].split(',') if os.environ.get('STEMS') else [f'r{i:02d}' for i in range(1, 37)]
KINDS = {
    'pdfminer-docx-all': ('docx', ['/usr/bin/pdf2txt']),
    'pdfminer-A-odt-all': ('odt', ['/usr/bin/pdf2txt', '-A']),
    'pdfminer-A-all': ('chrome-a4', ['/usr/bin/pdf2txt', '-A']),
    'pdfminer-a4-all': ('chrome-a4', ['/usr/bin/pdf2txt']),
    'ptt-raw-all': ('chrome-a4', ['pdftotext', '-raw', '{}', '-']),
    'pdfbox-all': ('chrome-a4', lambda f: md.pdfbox(f)),
    'pdfbox-sort-odt-all': ('odt', lambda f: md.pdfbox(f, '-sort')),
    'pypdf-all': ('chrome-a4', lambda f: md.pypdf_txt(f)),
    'pypdf-lo-all': ('pandoc', lambda f: md.pypdf_txt(f)),
}
for kind in sys.argv[1:] or ['pdfminer-docx-all', 'pdfminer-A-odt-all']:
    src, cmd = KINDS[kind]
    pdfs = md.lo_chain(STEMS, src) if src in ('docx', 'odt', 'pandoc') else {s: md.cpdf(src, s) for s in STEMS}
    for s in STEMS:
        if callable(cmd):
            b = cmd(pdfs[s])
            md.out(kind, s, 'txt', b if isinstance(b, bytes) else b.encode('utf-8'))
            continue
        argv = [a.replace('{}', pdfs[s]) for a in cmd] if '{}' in cmd else [*cmd, pdfs[s]]
        md.out(kind, s, 'txt', md.run(argv))
    print(kind, flush=True)
