#!/usr/bin/python3
"""pdfminer (`pdf2txt`) dumps of whole reports, with the same prints dumped by other extractors as controls (miner46, issue 15).
  HO=DIR S0=SEED node scripts/print-mix/gen.mjs           reports DIR/src/rNN.html + rNN.golden.json (40 per seed range)
  HO=DIR [STEMS=r01,r02,…] /usr/bin/python3 scripts/pdfminer-dump-kinds.py [KIND…]   → DIR/docs/<kind>/rNN.txt
  ROOT=DIR KINDS='^(pm|ctl)-' node scripts/print-mix/score.mjs DIST OUT                  scores them against the goldens
Prints (DIR/work/<print>/rNN.pdf): chrome (Chromium, A4 page: `@page{size:A4}` added), chromea5 (A5), chromehf (A4 with
Chromium's running header and footer, miner48), lodocx (LibreOffice html → docx, the
docx printed by Writer), loodt (html → odt → pdf). Kinds, for each print P:
  pm-P       `pdf2txt` with default LAParams (text boxes in pdfminer's grouping-tree order, a blank line after each box)
  pm-A-P     `pdf2txt -A` (boxes_flow applied to figures' text too)
  pm-M6-P    `pdf2txt -M 6` (char_margin 6: a row's cells further apart joined into one text line)
  pm-L02-P   `pdf2txt -L 0.2` (line_margin 0.2: fewer lines grouped into one box)
  pm-L03-P   `pdf2txt -L 0.3` (fresh49's -L 0.3 kind: lines merged into other boxes; miner50)
  pm-W1-F08-P  `pdf2txt -W 1 -F 0.8` (word_margin 1, boxes_flow 0.8: the boxes ordered more by height)
  ctl-ptt-P  plain `pdftotext`             ctl-lay-P  `pdftotext -layout`
  ctl-pypdf-P  pypdf extract_text()        ctl-pdfbox-P  PDFBox 2 ExtractText (no -sort)
The ctl- kinds are the same reports dumped by extractors that are not pdfminer: what reads pdfminer's box order must leave
them as they were. Seeds used for issue 15 (miner46): dev S0=1046000 (looked at), held out S0=1046500 (only scored). miner47 (tables 三/四 under
several LAParams): dev S0=1046000 (miner46's prints), held out S0=1047500 (only scored). miner50 (values after a pile of labels,
map/label-pile): dev /tmp/miner50/dev = a copy of miner46's S0=1046000 prints, kinds pm, pm-A, pm-M6, pm-L03 of chrome, chromea5,
lodocx; held out S0=1050500 (STEMS=r01..r10, the same kinds, only scored) and S0=1050600 with REVIEW_BLANK=1 BORDERLESS=1
(STEMS=r01..r08; pm, pm-L03, pm-M6 of chromea5). miner51 (FULL tables: every cell printed, zeros as 0): held out
`HO=/tmp/miner51/ho S0=1051500 FULL=1 node scripts/print-mix/gen.mjs`, STEMS=r01..r08, kinds pm-chromea5 pm-L03-chromea5
pm-chrome pm-L03-chrome (only scored); dev = fresh50 k2 *-full and fresh49 pdf2txt. miner52 (full-table readings chosen by
what they read whole and the identities they hold: box-pages both row lists, extract identitiesOutweigh): held out
`HO=/tmp/miner52/ho S0=1052500 FULL=1 node scripts/print-mix/gen.mjs`, STEMS=r01..r08, kinds pm-chromea5 pm-L03-chromea5
pm-chrome pm-L03-chrome pm-A-lodocx pm-M6-lodocx and the control ctl-ptt-chromea5 (only scored); dev = fresh50 k2 *-full,
fresh51 k2 (f11 f12 f15 f16 full), and the ragged-band texts of test/ragged-band (plain pdftotext, must not move)."""
import os, re, shutil, subprocess, sys, tempfile

HO = os.environ.get('HO', '/tmp/miner46/dev')
S, D, W = f'{HO}/src', f'{HO}/docs', f'{HO}/work'
STEMS = os.environ['STEMS'].split(',') if os.environ.get('STEMS') else sorted(f[:-5] for f in os.listdir(S) if re.match(r'r\d\d\.html$', f))
PDFBOX = ['java', '-cp', '/usr/share/java/pdfbox2.jar:/usr/share/java/pdfbox2-tools.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar',
          'org.apache.pdfbox.tools.ExtractText', '-encoding', 'UTF-8', '-console']
PYPDF = 'import sys, pypdf; sys.stdout.write("\\n".join(p.extract_text() or "" for p in pypdf.PdfReader(sys.argv[1]).pages))'


def run(argv, t=600):
    return subprocess.run(argv, check=True, capture_output=True, timeout=t).stdout


CHROME = {'chrome': ('A4', False), 'chromea5': ('A5', False), 'chromehf': ('A4', True), 'chromeland': ('A4 landscape', False)}


def chrome(stem, p='chrome'):
    """Chromium print of the report: `chrome` A4, `chromea5` A5, `chromehf` A4 with Chromium's running header and footer
    (date + title on top, file URL + page number below: their text boxes fall among the table's)."""
    size, hf = CHROME[p]
    pdf = f'{W}/{p}/{stem}.pdf'
    if not os.path.exists(pdf):
        os.makedirs(os.path.dirname(pdf), exist_ok=True)
        html = open(f'{S}/{stem}.html', encoding='utf-8', errors='replace').read()
        src = f'{W}/{p}/{stem}.html'
        open(src, 'w', encoding='utf-8').write(re.sub(r'</head>', '<style>@page{size:%s}</style></head>' % size, html, count=1))
        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', *([] if hf else ['--no-pdf-header-footer']), f'--print-to-pdf={pdf}', src], 240)
    return pdf


def lo(to, stems):
    """html → `to` (docx / odt) → pdf with LibreOffice, all stems in two soffice runs."""
    d = f'{W}/lo{to}'
    os.makedirs(d, exist_ok=True)
    todo = [s for s in stems if not os.path.exists(f'{d}/{s}.pdf')]
    if todo:
        prof = tempfile.mkdtemp(dir=W)
        for s in todo:
            shutil.copy(f'{S}/{s}.html', f'{d}/{s}.html')
        flt = 'docx:MS Word 2007 XML' if to == 'docx' else 'odt:writerweb8_writer'
        base = ['soffice', '--headless', f'-env:UserInstallation=file://{prof}', '--convert-to']
        run(base + [flt, '--outdir', d, *[f'{d}/{s}.html' for s in todo]], 3600)
        run(base + ['pdf:writer_pdf_Export', '--outdir', d, *[f'{d}/{s}.{to}' for s in todo]], 3600)
        shutil.rmtree(prof, ignore_errors=True)
    return {s: f'{d}/{s}.pdf' for s in stems}


DUMPS = {
    'pm': lambda f: run(['/usr/bin/pdf2txt', f]),
    'pm-A': lambda f: run(['/usr/bin/pdf2txt', '-A', f]),
    'pm-M6': lambda f: run(['/usr/bin/pdf2txt', '-M', '6', f]),
    'pm-L02': lambda f: run(['/usr/bin/pdf2txt', '-L', '0.2', f]),
    'pm-L03': lambda f: run(['/usr/bin/pdf2txt', '-L', '0.3', f]),
    'pm-W1-F08': lambda f: run(['/usr/bin/pdf2txt', '-W', '1', '-F', '0.8', f]),
    'pm-V': lambda f: run(['/usr/bin/pdf2txt', '-V', f]),
    'pm-M4-W03': lambda f: run(['/usr/bin/pdf2txt', '-M', '4', '-W', '0.3', f]),
    'pm-M1-W02': lambda f: run(['/usr/bin/pdf2txt', '-M', '1', '-W', '0.2', f]),
    'ctl-ptt': lambda f: run(['pdftotext', f, '-']),
    'ctl-lay': lambda f: run(['pdftotext', '-layout', f, '-']),
    'ctl-pypdf': lambda f: run(['/usr/bin/python3', '-c', PYPDF, f]),
    'ctl-pdfbox': lambda f: run(PDFBOX + [f]),
}
PRINTS = ['chrome', 'chromea5', 'chromehf', 'chromeland', 'lodocx', 'loodt']
want = set(sys.argv[1:])
for p in PRINTS:
    if want and not any(k.endswith(f'-{p}') for k in want):
        continue
    pdfs = {s: chrome(s, p) for s in STEMS} if p in CHROME else lo(p[2:], STEMS)
    for dump, fn in DUMPS.items():
        kind = f'{dump}-{p}'
        if want and kind not in want:
            continue
        os.makedirs(f'{D}/{kind}', exist_ok=True)
        for s in STEMS:
            out = f'{D}/{kind}/{s}.txt'
            if not os.path.exists(out) and os.path.exists(pdfs[s]):
                open(out, 'wb').write(fn(pdfs[s]))
        print(kind, flush=True)
