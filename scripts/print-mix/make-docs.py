#!/usr/bin/env python3
"""HO/src/rNN.html (scripts/print-mix/gen.mjs) -> HO/docs/<kind>/rNN*.txt: Chromium A4 prints dumped by pdftotext -layout of a
2-up sheet (mutool, nup.js), PDFBox -sort of it, pdfminer; batch-2 edits (tables inside a two-column page, a sidebar full of
counts) as -layout, 2-up -layout and pdfminer; LibreOffice writer_web prints as -layout. Score: /tmp/breaker39/score.mjs with ROOT=HO."""
import os, re, subprocess, shutil, tempfile, sys
HO = os.environ.get('HO', '/tmp/conf40/ho'); S = f'{HO}/src'; D = f'{HO}/docs'; P = f'{HO}/work'; os.makedirs(P, exist_ok=True)
def run(c, t=300): return subprocess.run(c, check=True, capture_output=True, timeout=t).stdout
def out(kind, stem, b):
    os.makedirs(f'{D}/{kind}', exist_ok=True); open(f'{D}/{kind}/{stem}.txt', 'wb').write(b)
def chrome(src, pdf):
    if not os.path.exists(pdf): run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-pdf-header-footer',f'--print-to-pdf={pdf}',src],240)
    return pdf
def nup(pdf):
    o = pdf.replace('.pdf','-2up.pdf')
    if not os.path.exists(o): run(['mutool','run',os.path.join(os.path.dirname(os.path.abspath(__file__)), 'nup.js'),'2up',pdf,o])
    return o
lay = lambda f: run(['pdftotext','-layout',f,'-'])
PDFBOX = ['java','-cp','/usr/share/java/pdfbox2.jar:/usr/share/java/pdfbox2-tools.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar','org.apache.pdfbox.tools.ExtractText','-sort','-encoding','UTF-8','-console']
stems = sorted(f[:-5] for f in os.listdir(S) if re.match(r'r\d\d\.html$', f))
# batch-2 variants (gen2.py's edits) of every stem they apply to
for s in stems:
    h = open(f'{S}/{s}.html').read()
    v = {}
    if '<div style="column-span:all">' in h: v['inside'] = h.replace('<div style="column-span:all">','<div>')
    if '<p><b>相关信息</b></p>' in h:
        extra=''.join(f'<p>第{n}期 政务公开动态（{n*3}件）</p><p>2023-0{n}-1{n} 收到申请{n*7}件</p>' for n in range(1,6))
        v['sidenum'] = h.replace('<p><b>相关信息</b></p>','<p><b>相关信息</b></p>'+extra)
    for tag, hh in v.items():
        open(f'{S}/{s}-{tag}.html','w').write(hh); shutil.copy(f'{S}/{s}.golden.json', f'{S}/{s}-{tag}.golden.json')
only = set(sys.argv[1:])
for s in stems:
    pdf = chrome(f'{S}/{s}.html', f'{P}/{s}.pdf')
    if not only or 'a' in only:
        out('ptt-layout-2up', s, lay(nup(pdf))); out('pdfbox-sort-2up', s, run(PDFBOX + [nup(pdf)])); out('pdfminer-a4', s, run(['/usr/bin/pdf2txt', pdf]))
    for tag in ['inside', 'sidenum']:
        if not os.path.exists(f'{S}/{s}-{tag}.html'): continue
        p2 = chrome(f'{S}/{s}-{tag}.html', f'{P}/{s}-{tag}.pdf')
        out('b2-ptt-layout', f'{s}-{tag}', lay(p2)); out('b2-ptt-2up', f'{s}-{tag}', lay(nup(p2))); out('b2-pdfminer', f'{s}-{tag}', run(['/usr/bin/pdf2txt', p2]))
    print(s, flush=True)
# LibreOffice writer_web prints
d = f'{P}/lo-web'; os.makedirs(d, exist_ok=True)
ss = [s for s in stems if not os.path.exists(f'{d}/{s}.pdf')]
if ss:
    for s in ss: shutil.copy(f'{S}/{s}.html', f'{d}/{s}.html')
    prof = tempfile.mkdtemp(dir=P)
    run(['soffice','--headless',f'-env:UserInstallation=file://{prof}','--convert-to','pdf:writer_web_pdf_Export','--outdir',d,*[f'{d}/{s}.html' for s in ss]],1800)
    shutil.rmtree(prof, ignore_errors=True)
for s in stems:
    if os.path.exists(f'{d}/{s}.pdf'): out('ptt-layout-loweb', s, lay(f'{d}/{s}.pdf'))
print('done')
