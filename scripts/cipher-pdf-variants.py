#!/usr/bin/python3
"""PDFs whose text layer is a cipher of glyph codes (fonts without a usable ToUnicode; pdf/cipher.ts).
ROOT=<gen60/gen62 material> python3 scripts/cipher-pdf-variants.py [PRODUCER...]
Takes every printed PDF under $ROOT/work (Chromium prints `pdf/*.pdf`, LibreOffice prints `lo-*/*.pdf`) and writes
$ROOT/docs/cipher-<producer>/rNN.pdf, keeping only outputs whose text layer does not decode (pdffonts: no ToUnicode, or
pdftotext giving mostly Latin-1/controls). Producers:
  ps2pdf    pdftops then ps2pdf (Ghostscript: Type 3 fonts, Custom encoding, glyphs named by their original ids)
  gs        gs -sDEVICE=pdfwrite -dCompatibilityLevel=1.4 via PostScript (pdftops -level2: Type 3, codes by first use)
  mutool    mutool convert -F pdf (subset Type 1 'Builtin' fonts, codes by first use per font)
PRINTS=<dir> takes the prints of scripts/pdf-printers.mjs instead (.tmp/pdf-printers/seed<N>: its chromium/,
libreoffice/ and libreoffice-docx/ PDFs, numbered r01… in that order), so seeds of values give new sets: session 46
read seed 0 (dev) and seed 900 (held out) with `decipher: true` (an unsolved cipher must be E_PDF_NO_TEXT, never
E_NOT_A_REPORT): ROOT=/tmp/cipher-dev PRINTS=.tmp/pdf-printers/seed0 python3 scripts/cipher-pdf-variants.py
"""
import os, re, subprocess, sys, glob
ROOT = os.environ['ROOT']
def run(cmd): return subprocess.run(cmd, check=True, capture_output=True, timeout=300).stdout
def undecodable(f):
    t = run(['pdftotext', f, '-']).decode('utf-8', 'replace')
    chars = [c for c in t if not c.isspace()]
    bad = [c for c in chars if not re.match(r'[\u4e00-\u9fff\x21-\x7e\u3000-\u303f\uff00-\uffef]', c)]
    return len(chars) > 30 and len(bad) > 0.25 * len(chars)
def ps2pdf(f, o):
    run(['pdftops', f, o + '.ps']); run(['ps2pdf', o + '.ps', o]); os.remove(o + '.ps')
def gs(f, o):
    run(['pdftops', '-level2', f, o + '.ps'])
    run(['gs', '-q', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-dNOPAUSE', '-dBATCH', f'-sOutputFile={o}', o + '.ps']); os.remove(o + '.ps')
def mutool(f, o): run(['mutool', 'convert', '-F', 'pdf', '-o', o, f])
PRODUCERS = {'ps2pdf': ps2pdf, 'gs': gs, 'mutool': mutool}
only = sys.argv[1:] or list(PRODUCERS)
srcs = sorted(glob.glob(f'{ROOT}/work/pdf/*.pdf') + glob.glob(f'{ROOT}/work/lo-*/r*.pdf'))
if os.environ.get('PRINTS'):
    # pdf-printers.mjs prints linked into $ROOT/work as r01, r02, … (the stems the outputs are named by).
    P = os.environ['PRINTS']; os.makedirs(f'{ROOT}/work/pdf', exist_ok=True); srcs = []
    for i, f in enumerate(sorted(glob.glob(f'{P}/chromium/*.pdf')) + sorted(glob.glob(f'{P}/libreoffice/*.pdf')) + sorted(glob.glob(f'{P}/libreoffice-docx/*.pdf'))):
        link = f'{ROOT}/work/pdf/r{i + 1:02d}.pdf'
        if not os.path.exists(link): os.symlink(os.path.abspath(f), link)
        srcs.append(link)
for name in only:
    d = f'{ROOT}/docs/cipher-{name}'; os.makedirs(d, exist_ok=True)
    for f in srcs:
        stem = re.search(r'(r\d\d)\.pdf$', f).group(1)
        o = f'{d}/{stem}.pdf'
        if os.path.exists(o): continue
        try:
            PRODUCERS[name](f, o)
            if not undecodable(o): os.remove(o)
        except Exception as e:
            if os.path.exists(o): os.remove(o)
            print('FAIL', name, f, e, file=sys.stderr)
    print(name, sorted(os.listdir(d)))
