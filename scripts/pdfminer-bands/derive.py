#!/usr/bin/env python3
"""Make every document of the set from build/: copies HTML / PDF / docx into in/docs, runs the dump tools,
makes the scans, writes in/manifest.tsv.  Idempotent (skips files already made).  Run with /usr/bin/python3
(needs pypdf).  Usage: /usr/bin/python3 derive.py"""
import json, os, shutil, subprocess, glob, random, re, io, sys
from html.parser import HTMLParser

ROOT = os.environ['MROOT']
DOCS = f'{ROOT}/in/docs'
TMP = f'{ROOT}/build/tmp'
os.makedirs(TMP, exist_ok=True)
plan = json.load(open(f'{ROOT}/build/plan.json'))
R = random.Random(5454)
PDFBOX = 'java -cp /usr/share/java/pdfbox2-tools.jar:/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar org.apache.pdfbox.tools.ExtractText -encoding UTF-8'
manifest = []

def sh(cmd, **kw):
    r = subprocess.run(cmd, shell=True, capture_output=True, timeout=300, **kw)
    if r.returncode:
        print('FAIL', cmd, r.stderr[-300:], file=sys.stderr)
    return r

def pdf_of(e):
    p = f'{ROOT}/build/pdf/{e["id"]}.pdf' if e['printer'] == 'chromium' else f'{ROOT}/build/lo/pdf/{e["id"]}.pdf'
    return p if os.path.exists(p) else None

class Strip(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ('script', 'style', 'title'): self.skip += 1
    def handle_endtag(self, t):
        if t in ('script', 'style', 'title'): self.skip -= 1
    def handle_data(self, d):
        d = d.replace('\xa0', ' ').strip()
        if d and not self.skip: self.out.append(d)

def read_html(path):
    raw = open(path, 'rb').read()
    enc = 'gbk' if re.search(rb'charset="?gbk', raw[:600]) else 'utf-8'
    return raw.decode(enc)

def add(fname, e, category, kind, extra=''):
    manifest.append('\t'.join([fname, e['id'], category, kind, e['printer'] if category in ('pdf', 'dump-pdf', 'scan') else '-',
                               e['pinfo'] if category in ('pdf', 'dump-pdf', 'scan') else e['html'], e['density'], e['template'], extra]))

def pdf_dump(kind, pdf, e):
    base = f'{DOCS}/{e["id"]}__dump-{kind}'
    ext = {'pdftohtml-xml': '.xml', 'pdftohtml-s': '.html'}.get(kind, '.txt')
    out = base + ext
    if not os.path.exists(out):
        if kind == 'pdftotext': sh(f'pdftotext -enc UTF-8 {pdf} {out}')
        elif kind == 'pdftotext-layout': sh(f'pdftotext -enc UTF-8 -layout {pdf} {out}')
        elif kind == 'pdftotext-raw': sh(f'pdftotext -enc UTF-8 -raw {pdf} {out}')
        elif kind == 'pdftotext-fixed3': sh(f'pdftotext -enc UTF-8 -fixed 3 {pdf} {out}')
        elif kind == 'pdftohtml-xml':
            sh(f'pdftohtml -xml -i -q {pdf} {TMP}/{e["id"]}x'); shutil.move(f'{TMP}/{e["id"]}x.xml', out)
        elif kind == 'pdftohtml-s':
            sh(f'pdftohtml -s -i -q -noframes {pdf} {TMP}/{e["id"]}s')
            c = glob.glob(f'{TMP}/{e["id"]}s*.html'); shutil.move(c[0], out)
        elif kind == 'pdf2txt': sh(f'pdf2txt -o {out} {pdf}')
        elif kind == 'pdf2txt-L03': sh(f'pdf2txt -L 0.3 -o {out} {pdf}')
        elif kind == 'pdf2txt-A': sh(f'pdf2txt -A -o {out} {pdf}')
        elif kind == 'pypdf':
            import pypdf
            rd = pypdf.PdfReader(pdf)
            open(out, 'w').write('\n'.join(pg.extract_text() for pg in rd.pages))
        elif kind == 'pdfbox': sh(f'{PDFBOX} {pdf} {out}')
        elif kind == 'pdfbox-sort': sh(f'{PDFBOX} -sort {pdf} {out}')
        elif kind == 'mutool-txt': sh(f'mutool draw -q -F txt -o {out} {pdf}')
    add(os.path.basename(out), e, 'dump-pdf', kind)

def html_dump(kind, hpath, e):
    out = f'{DOCS}/{e["id"]}__dump-{kind}.txt'
    if not os.path.exists(out):
        gbk = '-gbk' in hpath
        if kind == 'w3m': sh(f'w3m -dump -cols 200 -O UTF-8 -T text/html {hpath} > {out}')
        elif kind == 'lynx':
            src = hpath
            if gbk:  # lynx mangles a GBK page into mixed U+FFFD / raw bytes here: give it UTF-8
                src = f'{TMP}/{e["id"]}.u8.html'; open(src, 'w').write(read_html(hpath).replace('charset=gbk', 'charset=utf-8'))
            sh(f'lynx -dump -width=200 -display_charset=utf-8 -nolist {src} > {out}')
        elif kind == 'html2text':
            src = hpath
            if gbk:
                src = f'{TMP}/{e["id"]}.u8.html'; open(src, 'w').write(read_html(hpath).replace('charset=gbk', 'charset=utf-8'))
            sh(f'html2text -utf8 {src} > {out}')
        elif kind == 'pandoc-plain':
            src = f'{TMP}/{e["id"]}.u8.html'; open(src, 'w').write(read_html(hpath))
            sh(f'pandoc -f html -t plain {src} -o {out}')
        elif kind == 'tagstrip':
            s = Strip(); s.feed(read_html(hpath)); open(out, 'w').write('\n'.join(s.out) + '\n')
    add(os.path.basename(out), e, 'dump-html', kind)

def jpeg_pdf(jpgs, out):
    """minimal PDF wrapping JPEG pages (ImageMagick's policy here forbids writing PDF)"""
    from struct import unpack
    objs = []; pages = []
    def size(data):
        i = 2
        while i < len(data):
            m, ln = data[i + 1], unpack('>H', data[i + 2:i + 4])[0]
            if m in (0xC0, 0xC1, 0xC2):
                h, w = unpack('>HH', data[i + 5:i + 9]); return w, h, data[i + 9]
            i += 2 + ln
    body = []
    n = len(jpgs)
    # obj 1 catalog, 2 pages, then per page: page, content, image
    kids = ' '.join(f'{3 + 3 * k} 0 R' for k in range(n))
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(f'<< /Type /Pages /Kids [{kids}] /Count {n} >>'.encode())
    for k, j in enumerate(jpgs):
        d = open(j, 'rb').read(); w, h, comp = size(d)
        dpi = 100 if '-100-' in j else 150
        pw, ph = w * 72 / dpi, h * 72 / dpi
        objs.append(f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 {5 + 3 * k} 0 R >> >> /Contents {4 + 3 * k} 0 R >>'.encode())
        cs = f'q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q'.encode()
        objs.append(b'<< /Length %d >>\nstream\n' % len(cs) + cs + b'\nendstream')
        objs.append(f'<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /{"DeviceGray" if comp == 1 else "DeviceRGB"} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(d)} >>\nstream\n'.encode() + d + b'\nendstream')
    outb = bytearray(b'%PDF-1.4\n'); offs = []
    for i, o in enumerate(objs):
        offs.append(len(outb)); outb += f'{i + 1} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(outb)
    outb += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode() + b''.join(f'{o:010d} 00000 n \n'.encode() for o in offs)
    outb += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    open(out, 'wb').write(outb)

def scan(pdf, e, k):
    dpi = [100, 150][k % 2]
    out = f'{DOCS}/{e["id"]}__scan-{dpi}dpi.pdf'
    if not os.path.exists(out):
        d = f'{TMP}/scan-{e["id"]}'; os.makedirs(d, exist_ok=True)
        sh(f'pdftoppm -r {dpi} -gray -png {pdf} {d}/p')
        jpgs = []
        for i, png in enumerate(sorted(glob.glob(f'{d}/p*.png'))):
            j = f'{d}/pg-{dpi}-{i:03d}.jpg'
            rot = R.choice([-1.2, -0.6, 0.4, 0.9, 1.5])
            sh(f'/usr/bin/convert-im6.q16 {png} -rotate {rot} -background white -flatten -attenuate {R.choice([0.3, 0.6])} +noise Gaussian '
               f'-blur 0x{R.choice([0.4, 0.7])} -colorspace Gray -quality {R.choice([35, 50, 70])} {j}')
            jpgs.append(j)
        jpeg_pdf(jpgs, out)
    add(os.path.basename(out), e, 'scan', f'scan-{dpi}dpi')

def main():
    k = 0
    part, nparts = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) > 2 else (0, 1)
    for idx, e in enumerate(plan):
        if e['scan']:
            k = sum(1 for x in plan[:idx] if x['scan'] and (pdf_of(x) is not None))
        if idx % nparts != part:
            continue
        hsrc = f'{ROOT}/build/html/{e["html"]}'
        look = e['html'].split('__')[1][:-5]
        if not os.path.exists(f'{DOCS}/{e["html"]}'):
            shutil.copy(hsrc, f'{DOCS}/{e["html"]}')
        add(e['html'], e, 'html', look)
        for hk in e['hdumps']:
            html_dump(hk, hsrc, e)
        pdf = pdf_of(e)
        if pdf:
            fn = f'{e["id"]}__{e["pinfo"]}.pdf'
            if not os.path.exists(f'{DOCS}/{fn}'):
                shutil.copy(pdf, f'{DOCS}/{fn}')
            add(fn, e, 'pdf', e['printer'])
            for pk in e['pdumps']:
                pdf_dump(pk, pdf, e)
            if e['scan']:
                scan(pdf, e, k); k += 1
        else:
            print('no pdf yet', e['id'], file=sys.stderr)
        dx = f'{ROOT}/build/lo/docx/{e["id"]}.docx'
        if e['docx'] and os.path.exists(dx) and e['id'][-1] == '8':  # a subset of the docx files as documents
            fn = f'{e["id"]}__docx-lo.docx'
            if not os.path.exists(f'{DOCS}/{fn}'):
                shutil.copy(dx, f'{DOCS}/{fn}')
            add(fn, e, 'docx', 'docx-lo')
    if nparts > 1:
        print('part', part, 'done'); return
    with open(f'{ROOT}/in/manifest.tsv', 'w') as f:
        f.write('file\tid\tcategory\tkind\tprinter\tsource\tdensity\ttemplate\textra\n' + '\n'.join(manifest) + '\n')
    print('documents', len(manifest), 'files', len(os.listdir(DOCS)))

main()
