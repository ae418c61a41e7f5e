#!/usr/bin/python3
"""trust42: variants of a title losing its agency to page furniture, and of amounts whose decimals a dump cut (breaker42 drv2.py / fw.py kinds).
ROOT=<gen61 root with src/ made by /tmp/gen61/gen/gen.mjs> python3 scripts/header-title-variants.py r01,r02,…  →  $ROOT/docs/{nav,hdr16,hdr22}/rNN.pdf
(breadcrumb before the title + stale <title>; a 16 pt "<agency>政府信息公开" / 22 pt "<agency>" running header qpdf-overlaid on every page of the
LibreOffice print) and $ROOT/docs/noframes-{lo,chrome}-dec/rNN.html (pdftohtml -i -noframes with "2476.81" cut to "2476.").
Needs /tmp/gen61/gen/make-docs.py (its soffice, chromium, cpdf helpers), qpdf, pdftohtml."""
import os, re, shutil, json, sys, tempfile
import importlib.util
ROOT = os.environ['ROOT']
spec = importlib.util.spec_from_file_location('md', '/tmp/gen61/gen/make-docs.py'); md = importlib.util.module_from_spec(spec); spec.loader.exec_module(md)
S = sys.argv[1].split(',')
G = f'{ROOT}/src'; W = md.WORK
def stamp(text, pt, name):
    h = f"<html><head><meta charset=utf-8><style>@page{{size:A4;margin:0}}body{{margin:0}}div{{position:absolute;top:9mm;width:100%;text-align:center;font-size:{pt}pt;font-family:'Noto Serif CJK SC',serif}}</style></head><body><div>{text}</div></body></html>"
    open(f'{W}/{name}.html', 'w').write(h)
    md.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={W}/{name}.pdf', f'{W}/{name}.html'], timeout=180)
    return f'{W}/{name}.pdf'
def noframes(f):
    d = tempfile.mkdtemp(dir=W); md.run(['pdftohtml', '-i', '-noframes', '-enc', 'UTF-8', f, f'{d}/o']); return md.rd(f'{d}/o.html').decode('utf-8')
os.makedirs(f'{ROOT}/hsrc', exist_ok=True)
for s in S:
    h = open(f'{G}/{s}.html', encoding='utf-8').read()
    gold = json.load(open(f'{G}/{s}.golden.json'))
    y, t = gold['meta']['year'], gold['meta']['title']
    stale = t.replace(str(y), str(y - 1))
    for v in ['base', 'nav']:
        hv = h
        if v == 'nav':
            hv = re.sub(r"(font-size:22\.0pt;[^>]*>)", r"\1首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; ", hv, count=1)
            if hv == h: hv = h.replace('<body>', '<body><p>首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; 正文</p>', 1)
            hv = re.sub(r'<title>[^<]*</title>', f'<title>{stale}</title>', hv, count=1)
        open(f'{ROOT}/hsrc/{s}{v}.html', 'w', encoding='utf-8').write(hv)
names = [f'{s}{v}' for s in S for v in ['base', 'nav']]
d = f'{W}/hlo'; os.makedirs(d, exist_ok=True)
for n in names: shutil.copy(f'{ROOT}/hsrc/{n}.html', f'{d}/{n}.html')
md.soffice([f'{d}/{n}.html' for n in names], 'docx:MS Word 2007 XML', d, infilter='HTML (StarWriter)')
md.soffice([f'{d}/{n}.docx' for n in names], 'pdf:writer_pdf_Export', d)
for s in S:
    gold = json.load(open(f'{G}/{s}.golden.json')); ag = gold['meta']['agency']
    os.makedirs(f'{ROOT}/docs/nav', exist_ok=True); shutil.copy(f'{d}/{s}nav.pdf', f'{ROOT}/docs/nav/{s}.pdf')
    base = f'{d}/{s}base.pdf'
    for v, txt, pt in [('hdr22', ag, 22), ('hdr16', ag + '政府信息公开', 16)]:
        st = stamp(txt, pt, f'st-{s}-{v}')
        os.makedirs(f'{ROOT}/docs/{v}', exist_ok=True)
        md.run(['qpdf', base, '--overlay', st, '--repeat=1', '--', f'{ROOT}/docs/{v}/{s}.pdf'])
    # decimal-cut noframes of the LibreOffice print and the Chromium print
    for k, f in [('lo', base), ('chrome', md.cpdf('chrome-a4', s))]:
        body = noframes(f).split('<body', 1)
        b3 = re.sub(r'(\d+)\.\d\d(?=\D)', r'\1.', body[1])
        md.out(f'noframes-{k}-dec', s, 'html', body[0] + '<body' + b3)
    print(s, flush=True)
