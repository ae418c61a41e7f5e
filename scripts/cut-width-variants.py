#!/usr/bin/env python3
"""Tables cut at the page's right edge at several widths (trust45): a gen61 report's LibreOffice html → docx, its page
width (w:pgSz, margins kept) set to widths chosen per report, printed by LibreOffice (the wide Word tables run past the
page and lose their last columns there: NOT determinable), then dumped as text.

  export ROOT=/tmp/<you>/g61 SEED0=<seed base>; (cd /tmp/gen61/gen && node gen.mjs)
  python3 scripts/cut-width-variants.py [--widths 8400,9600,11000,12600,14400] [--per 2] [--dumps plain,mutool] [--gen /tmp/gen61/gen]
  cd /tmp/gen61 && KINDS='^cutw-' node score.mjs DIST OUTDIR

Writes $ROOT/docs/cutw-<dump>/rNN-wWWWWW.txt (dump: plain = pdftotext, mutool = mutool draw -F txt, layout = pdftotext
-layout, miner = pdf2txt) and adds to $ROOT/clipped.json (run gen61's clipped.py first: it rewrites the file) the
columns each print does not hold: table 三's / 四's header words on the page (the rule of gen61 clipped.py), and a table
whose printed numbers are under 0.6 of the golden's.
"""
import collections, importlib.util, json, os, random, re, shutil, subprocess, sys, zipfile

opt = lambda name, default: sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
spec = importlib.util.spec_from_file_location('md', f"{opt('--gen', '/tmp/gen61/gen')}/make-docs.py")
md = importlib.util.module_from_spec(spec); spec.loader.exec_module(md)
ROOT = os.environ['ROOT']
SEED0 = int(os.environ.get('SEED0', '0'))
WIDTHS = [int(w) for w in opt('--widths', '8400,9600,11000,12600,14400').split(',')]
PER = int(opt('--per', '2'))
STEMS = sorted(f[:3] for f in os.listdir(f'{ROOT}/src') if re.fullmatch(r'r\d\d\.html', f))
if os.environ.get('STEMS'): STEMS = os.environ['STEMS'].split(',')

def widen(src, dst, width):
    """The docx with every section's page width set to `width` twips (height and margins as they were)."""
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as zo:
        for item in zi.infolist():
            b = zi.read(item.filename)
            if item.filename == 'word/document.xml':
                b = re.sub(rb'(<w:pgSz w:w=")\d+', lambda m: m.group(1) + str(width).encode(), b)
            zo.writestr(item, b)

docx = md.lo_chain(STEMS, 'docx')  # makes WORK/lo-docx/rNN.docx too
d = f'{md.WORK}/cutw'; os.makedirs(d, exist_ok=True)
jobs = []
for s in STEMS:
    for w in random.Random(SEED0 * 1000 + int(s[1:])).sample(WIDTHS, PER):
        name = f'{s}-w{w}'
        if not os.path.exists(f'{d}/{name}.pdf'): widen(f'{md.WORK}/lo-docx/{s}.docx', f'{d}/{name}.docx', w)
        jobs.append(name)
need = [n for n in jobs if not os.path.exists(f'{d}/{n}.pdf')]
if need: md.soffice([f'{d}/{n}.docx' for n in need], 'pdf:writer_pdf_Export', d)

ptt = lambda f, *o: md.run(['pdftotext', *o, f, '-'])
DUMPS = {
    'plain': lambda f: ptt(f),
    'mutool': md.mutool_txt,
    'layout': lambda f: ptt(f, '-layout'),
    'miner': lambda f: md.run(['/usr/bin/pdf2txt', f]),
}
dumps = opt('--dumps', 'plain,mutool').split(',')
for n in jobs:
    for k in dumps: md.out(f'cutw-{k}', n, 'txt', DUMPS[k](f'{d}/{n}.pdf'))

# What each print does not hold (gen61 clipped.py's rules, on the print itself).
SEC = {
    'activeDisclosure': r'主\s*动\s*公\s*开\s*政\s*府\s*信\s*息\s*情\s*况',
    'requests': r'收\s*到\s*和\s*处\s*理\s*政\s*府\s*信\s*息\s*公\s*开\s*申\s*请\s*情\s*况',
    'reviewLitigation': r'政\s*府\s*信\s*息\s*公\s*开\s*行\s*政\s*复\s*议\s*、?\s*行\s*政\s*诉\s*讼\s*情\s*况',
    'end': r'存\s*在\s*的\s*主\s*要\s*问\s*题',
}
ORDER = ['activeDisclosure', 'requests', 'reviewLitigation', 'end']
COLS = ['naturalPerson', 'commercial', 'research', 'socialOrg', 'legalService', 'otherOrg', 'total']
RC = [f'reviewLitigation.{g}.{c}' for g in ['review', 'litigationDirect', 'litigationAfterReview'] for c in ['upheld', 'corrected', 'other', 'pending', 'total']]

def flat(x, p=''):
    for k, v in x.items():
        if isinstance(v, dict): yield from flat(v, p + k + '.')
        else: yield p + k, v

def section(t, k):
    m = re.search(SEC[k], t)
    if not m: return ''
    ends = [x.start() for nxt in ORDER[ORDER.index(k) + 1:] for x in [re.search(SEC[nxt], t)] if x and x.start() > m.start()]
    return t[m.start():min(ends) if ends else None]

def not_held(pdf, stem):
    t = ptt(pdf, '-raw').decode('utf-8', 'replace')
    g = json.load(open(f'{ROOT}/src/{stem}.golden.json', encoding='utf-8'))['data']
    cut = []
    for k in ORDER[:3]:
        want = collections.Counter(float(v) for _, v in flat(g[k]) if isinstance(v, (int, float)) and v != 0)
        have = collections.Counter(float(x) for x in re.findall(r'\d+(?:\.\d+)?', re.sub(r'(?<=\d),(?=\d{3})', '', section(t, k))))
        if want and sum(min(n, have[v]) for v, n in want.items()) < 0.6 * sum(want.values()): cut.append(k)
    s3 = re.split(r'本年度?新收', section(t, 'requests'))[0].replace('法人或其他组织', '')
    n3 = len(re.findall(r'自然|商业|科研|社会|法律|其他|总计|合计', s3))
    if 'requests' not in cut and 0 < n3 < 7: cut += [f're:^requests\\.[^.]+(\\.[^.]+)?\\.{c}$' for c in COLS[n3:]]
    s4 = re.split(r'\n[^\n]*\d', section(t, 'reviewLitigation'), 1)[0]
    n4 = len(re.findall(r'维持|纠正|其他|尚未|总计|合计', s4))
    if 'reviewLitigation' not in cut and 0 < n4 < 15: cut += RC[n4:]
    return cut

path = f'{ROOT}/clipped.json'
clipped = json.load(open(path, encoding='utf-8')) if os.path.exists(path) else {}
for n in jobs:
    cut = not_held(f'{d}/{n}.pdf', n[:3])
    for k in dumps:
        if cut: clipped[f'cutw-{k}/{n}.txt'] = cut
        else: clipped.pop(f'cutw-{k}/{n}.txt', None)
json.dump(clipped, open(path, 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
print(len(jobs), 'prints ×', dumps, flush=True)
